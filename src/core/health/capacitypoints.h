// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/efficiencymodel.h"
#include "core/model/capacitypoint.h"
#include "core/model/vehiclehealth.h"

#include <QList>

#include <cmath>
#include <functional>
#include <optional>

struct PointFilter
{
    // Displayed SoC is an integer: each end is off by up to half a point,
    // so delta SoC carries sqrt(2/12) = 0.41 points of error. Below 10
    // points that alone is > 4 % per session: such sessions say little.
    double minDeltaSoc = 10;
    double socSigma = 0.408;
    // Battery-side energy as BMW measures it: ~0.5 % per session.
    double batteryEnergySigma = 0.005;
    // Plausible capacity relative to the reference (capacity when new, or
    // the vehicle's own median): wider than any real ageing or calibration
    // error, narrower than unit mix-ups and broken records.
    double plausibleLow = 0.55;
    double plausibleHigh = 1.25;
};

// Turns sessions into capacity points (see core/model/capacitypoint.h):
// filters what says too little or is implausible, and derives battery
// energy from grid energy where the session lacks it.
class CapacityPoints
{
public:
    // efficiency(kind) gives the efficiency for grid-only sessions, at the
    // kind's reference power; overheadKw is the car's fixed draw while it
    // charges, which moves it to each session's power.
    // referenceKwh: capacity when new if known; otherwise the median of the
    // vehicle's own points is used for the plausibility band.
    static QList<CapacityPoint> compute(const QList<SessionForHealth> &sessions,
                                        const std::function<Efficiency(ChargingKind)> &efficiency,
                                        std::optional<double> referenceKwh, const PointFilter &filter,
                                        PointCounts *counts = nullptr,
                                        double overheadKw = EfficiencyModel::overheadKw);
};
