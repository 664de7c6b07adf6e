// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/capacitypoint.h"
#include "core/model/efficiency.h"
#include "core/model/trendmodel.h"

#include <QList>
#include <QString>

#include <cmath>
#include <optional>

// How a vehicle's sessions fared on their way to capacity points.
struct PointCounts
{
    int sessions = 0;
    int tooSmall = 0;       // delta SoC below the minimum
    int noEnergy = 0;       // neither usable energy
    int implausible = 0;    // outside the plausible band
    int preconditioned = 0; // grid-only with preconditioning (heating in the grid energy)
};

struct KindEfficiency
{
    ChargingKind kind = ChargingKind::Unknown;
    EfficiencyStats own; // learned from this vehicle alone (for group priors)
    Efficiency used;     // what grid-only sessions of this kind were scaled with
};

// What battery readings (the BMS's own capacity or displayed SoH) say about
// the scale of grid-derived capacities: log(reading / derived trend) and its
// variance. One vehicle's, or pooled over several.
struct ScaleEvidence
{
    double logRatio = 0;
    double variance = 0;
    int readings = 0;
    int vehicles = 0;
};

// How the efficiency of a vehicle's grid-only sessions was calibrated: the
// change of scale, and what each source weighed in it (the weights sum to 1).
struct EfficiencyCalibration
{
    double shift = 0;                // relative: 0.02 scales derived capacities up by 2 %
    double sigmaRelative = 0;        // what remains uncertain of the scale
    double weightPrior = 1;          // the published ranges, or other cars' battery-side energy
    double weightFleetReadings = 0;  // other cars' readings (its model's, else the fleet's)
    double weightOwnReadings = 0;    // this car's readings
    double weightCapacityNew = 0;    // its capacity when new, for a history that starts new
    int readingsUsed = 0;
    int fleetVehicles = 0;           // cars behind weightFleetReadings
};

// Everything the estimator concludes about one vehicle; the store keeps it,
// the reports show it.
struct VehicleHealth
{
    QList<CapacityPoint> points; // usable points, outliers flagged
    PointCounts counts;
    QList<KindEfficiency> efficiencies;

    std::optional<TrendModel> byMileage; // x: odometer km
    std::optional<TrendModel> byDate;    // x: days since dateOrigin
    qint64 dateOrigin = 0;
    qint64 lastTime = 0;
    double lastMileageKm = NAN;

    // Usable capacity now (at the last session), with a 90 % interval.
    std::optional<double> capacityKwh;
    std::optional<double> capacityLowKwh;
    std::optional<double> capacityHighKwh;
    double systematicKwh = 0; // part of the uncertainty shared by derived points

    std::optional<double> capacityNewKwh;
    QString capacityNewSource; // "override", "table" or empty
    QString catalogModel;      // the table entry used

    std::optional<double> sohPercent;
    std::optional<double> sohLowPercent;
    std::optional<double> sohHighPercent;

    int estimates = 0;        // points used by the trend
    int derivedEstimates = 0; // of which derived from grid energy
    // True when some derived point leaned on a model/fleet/literature prior:
    // such a vehicle must be recomputed when other vehicles teach the prior.
    bool usesPriorEfficiency = false;

    // This car's own evidence on the scale of its uncalibrated derived
    // trend (its readings, and its capacity when new if its history starts
    // new), when its derived points rest on the published ranges alone:
    // what other cars of its model pool.
    std::optional<ScaleEvidence> readingEvidence;
    // How its derived points were calibrated; nullopt when none is derived.
    std::optional<EfficiencyCalibration> calibration;
    // The car's fixed draw while AC charging (kW) as its derived points at
    // different powers show it, with its standard error; nullopt when they
    // do not span enough powers to say.
    std::optional<double> overheadKw;
    double overheadSigmaKw = 0;
    // The overhead its derived points were computed with, when a fit moved
    // it from the published one (reported or not): the calibrated pass
    // must use the same.
    std::optional<double> pointsOverheadKw;
};
