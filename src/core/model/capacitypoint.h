// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/chargingsession.h"

#include <cmath>
#include <optional>

// One session turned into a usable-capacity estimate:
//   capacity = battery energy x 100 / delta SoC.
// Battery energy is measured, or derived from grid energy x efficiency.
struct CapacityPoint
{
    qint64 time = 0;
    double mileageKm = NAN; // NaN when the export has no mileage
    double capacityKwh = 0;
    double sigmaKwh = 0; // standard error of this point
    double deltaSoc = 0;
    bool derived = false;
    bool outlier = false; // set by the trend fit
    ChargingKind kind = ChargingKind::Unknown;
    double powerKw = NAN; // the session's average power, NaN when unknown
};

// The fields of a stored session that the estimator reads.
struct SessionForHealth
{
    qint64 startTime = 0;
    double mileageKm = NAN;
    double socStart = 0;
    double socEnd = 0;
    std::optional<double> gridKwh;
    std::optional<double> batteryKwh;
    ChargingKind kind = ChargingKind::Unknown;
    bool preconditioning = false;
    // Grid energy over charging time (the blocks' time-weighted power):
    // fixed losses cost more at low power.
    std::optional<double> avgPowerKw;
};
