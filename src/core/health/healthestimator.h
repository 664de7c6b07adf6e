// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/capacitypoints.h"
#include "core/health/efficiencymodel.h"
#include "core/health/trendfit.h"
#include "core/model/batteryreading.h"
#include "core/model/vehiclehealth.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Everything the estimator needs to know about one vehicle.
struct VehicleHealthInput
{
    QList<SessionForHealth> sessions;
    QString model;
    std::optional<double> capacityNewOverrideKwh;
    // The efficiency prior for this vehicle's model (model, then fleet, then
    // the published ranges); its own sessions refine it.
    std::function<Efficiency(ChargingKind)> efficiencyPrior;
    // The car's own battery readings (KeyList, BMW CarData online): evidence
    // on the scale of its grid-derived points, with an error of their own.
    QList<BatteryReading> readings;
    // The readings of other cars of its model (else the fleet), pooled,
    // this car's own left out.
    std::optional<ScaleEvidence> fleetReadings;
};

class HealthEstimator
{
public:
    static constexpr double intervalLevel = 0.90;
    // The Student-t factor of a two-sided intervalLevel interval: the one
    // place that turns standard errors into the intervals everyone shows.
    static double intervalQuantile(int dof);

    // firstPass: what ownEvidence() gave for the same input and the default
    // filter, to save computing it again.
    static VehicleHealth estimate(const VehicleHealthInput &input, const PointFilter &filter = {},
                                  const VehicleHealth *firstPass = nullptr);

    // The sessions that carry both energies, as efficiency samples.
    static QList<EfficiencyModel::Sample> efficiencySamples(const QList<SessionForHealth> &sessions);

    // What the estimator assumes of a battery reading: a per-car systematic
    // error (BMW documents none; what a BMS reports is its own estimate) and
    // a per-reading one (rounding, SoC-dependent estimation). Readings more
    // than readingPlausible (relative) off the derived trend are left out.
    static constexpr double readingBiasSigma = 0.02;
    static constexpr double readingNoiseSigma = 0.01;
    static constexpr double readingPlausible = 0.15;

    static TrendOptions mileageTrendOptions();
    static TrendOptions dateTrendOptions();

    // What estimate() offers other cars of its model to pool (its
    // readingEvidence), without the calibrated pass.
    // firstPassOut receives the uncalibrated pass when one was needed.
    static std::optional<ScaleEvidence> ownEvidence(const VehicleHealthInput &input,
                                                    std::optional<VehicleHealth> *firstPassOut = nullptr);

    // This car's readings against the trend of its derived points.
    static std::optional<ScaleEvidence> readingEvidence(const VehicleHealthInput &input, const VehicleHealth &h);
    // A history that starts new (first point below youngKm): the trend
    // there against the capacity when new less the early loss expected by
    // then. Assumes a new battery within capacityNewSigma of the table.
    static std::optional<ScaleEvidence> newCapacityEvidence(const VehicleHealth &h);
    static constexpr double youngKm = 3000;
    static constexpr double capacityNewSigma = 0.015;

private:
    struct Calibrated
    {
        EfficiencyCalibration calibration;
        double priorVariance = 0; // of the scale before the readings, relative²
        bool literatureBased = false; // the derived points rest on the published ranges alone
    };
    static QList<KindEfficiency> baseEfficiencies(const VehicleHealthInput &input);
    static VehicleHealth estimateWith(const VehicleHealthInput &input, const QList<KindEfficiency> &efficiencies,
                                      const PointFilter &filter, double overheadKw);
    // The uncalibrated estimate, with the car's own overhead where its
    // derived points show it.
    static VehicleHealth firstPass(const VehicleHealthInput &input, const QList<KindEfficiency> &efficiencies,
                                   const PointFilter &filter);
    struct OverheadFit
    {
        double kw = 0;
        double sigmaKw = 0;
        bool informative = false; // the points say more than the prior
    };
    // How the derived AC points' residuals from the date trend change with
    // power, read as the car's fixed draw while charging, shrunk towards
    // `overhead` with EfficiencyModel::overheadSigmaKw.
    static std::optional<OverheadFit> fitOverhead(const VehicleHealth &h, double overhead);
    static std::optional<Calibrated> calibrate(const VehicleHealthInput &input, const VehicleHealth &h);
    static std::optional<ScaleEvidence> combinedEvidence(const std::optional<ScaleEvidence> &a,
                                                         const std::optional<ScaleEvidence> &b);
};
