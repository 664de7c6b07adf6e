// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/chargingsession.h"
#include "core/model/efficiency.h"

#include <QList>
#include <QString>

// Charging efficiency (battery-side energy / grid energy) per charging kind.
// Exports since mid-2025 lack battery-side energy; capacity can then only be
// derived from grid energy, and the efficiency sets its absolute scale. Each
// vehicle's efficiency is learned from its own sessions that carry both
// energies (older exports included); where those are few or none, a prior
// from vehicles of the same model, then the fleet, then the published
// ranges takes over, weighted by how much each side knows.
class EfficiencyModel
{
public:
    // The kinds that have their own efficiency (Unknown is treated as AC).
    static constexpr ChargingKind kinds[] = {ChargingKind::AcLow, ChargingKind::Ac, ChargingKind::Dc};

    // Published ranges: losses of 5-10 % on an 11 kW wallbox, 14-24 % from
    // a 2.3 kW socket, a few % on DC. The centre, with two uncertainties:
    // how much one car differs from another (half the range as 2 sigma,
    // carSigmaRelative) and how far the published centre itself may be from
    // a real fleet's chargers (centreSigmaRelative, the same for every car,
    // which no number of grid-only sessions reveals). sigmaMean holds both.
    static Efficiency literature(ChargingKind kind);
    static double carSigmaRelative(ChargingKind kind);
    static constexpr double centreSigmaRelative = 0.025;

    // Losses that depend on power. Part of what an AC charge loses is a
    // roughly fixed draw while the car charges (its cooling and
    // electronics, the charger's standby), so the share lost grows like 1/P.
    // The published centres (0.925 on an 11 kW wallbox, 0.81 from a 2.3 kW
    // socket) are what a fixed overheadKw of 0.35 kW on a 95.5 % charger
    // gives; that is the only place it comes from. Every AC efficiency
    // (learned, pooled, published) is held at its kind's referenceKw with
    // that overhead, and powerFactor() moves it to a session's own power and
    // a car's own overhead: a 3.7 kW socket loses less than a 2.3 kW one, a
    // 7.4 kW wallbox more than an 11 kW one, and a car that draws more while
    // it charges loses more at low power. A car's overhead moves its
    // efficiency everywhere but at 11 kW. DC and sessions of unknown power
    // are not moved.
    static constexpr double overheadKw = 0.35;
    static constexpr double anchorKw = 11.0;
    // How much one car's overhead may differ from overheadKw (1 sigma): an
    // assumption; no source gives the spread.
    static constexpr double overheadSigmaKw = 0.2;
    static double referenceKw(ChargingKind kind);
    static double powerFactor(ChargingKind kind, std::optional<double> kw, double overhead = overheadKw);
    // d log(powerFactor) / d overhead, at `overhead`.
    static double powerSlope(ChargingKind kind, double kw, double overhead);

    // Robust mean and scatter of battery/grid over the usable sessions of one
    // vehicle and kind (preconditioning and implausible ratios left out).
    struct Sample
    {
        ChargingKind kind = ChargingKind::Unknown;
        double gridKwh = 0;
        double batteryKwh = 0;
        bool preconditioning = false;
        std::optional<double> kw; // the session's average power
    };
    static EfficiencyStats learn(const QList<Sample> &samples, ChargingKind kind);

    // A prior for a group (a model, the fleet) from its vehicles' learned
    // means: the median, with the between-vehicle spread as uncertainty.
    // Needs two vehicles with enough sessions; otherwise returns fallback.
    static Efficiency pooled(const QList<EfficiencyStats> &vehicles, const Efficiency &fallback, Efficiency::Source source);

    // Precision-weighted combination of a vehicle's own data with its prior.
    static Efficiency combine(const EfficiencyStats &own, const Efficiency &prior);

    // Minimum sessions for a vehicle's own mean to count in a group prior.
    static constexpr int minSamplesForPool = 5;
};
