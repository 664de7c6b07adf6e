// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "demo/fleetgenerator.h"

#include <QSet>
#include <QString>

struct BatteryModel;

namespace Demo::detail {

class Rng;
struct Layout;
struct ModelSpec;
struct Vehicle;

// Draws everything about a car before it drives: identity (VIN, KeyList
// spelling, true capacity), start of use and mileage, charging habits,
// efficiencies, ageing law and BMS error, its usual places, and its exports
// (dates and kinds, per layout). The VIN is none of vinsTaken.
void setUpVehicle(Vehicle &v, Rng &rng, const ModelSpec &spec, const BatteryModel &catalogEntry,
                  const FleetOptions &options, const Layout &layout, const QSet<QString> &vinsTaken);

} // namespace Demo::detail
