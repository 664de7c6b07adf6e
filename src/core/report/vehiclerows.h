// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/vehiclesummary.h"

#include <QJsonObject>

#include <optional>

// A vehicle as the lists show it: `vehicles --json` and the app's vehicle
// table share these.
namespace VehicleRows {

// One object of `vehicles --json`.
QJsonObject json(const VehicleSummary &v);

// Capacity change per `distanceKm` (10,000 km or mi, in km) at the end of
// the fitted range, or per year when there is no mileage trend; in % of the
// capacity when new if known, else kWh. nullopt when the data span too
// little to say.
struct TrendRate
{
    double value = 0;
    bool percent = false;
    bool perYear = false;
};
std::optional<TrendRate> trendRate(const VehicleSummary &v, double distanceKm);

} // namespace VehicleRows
