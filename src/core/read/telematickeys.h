// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/batteryreading.h"

#include <QString>

#include <optional>

// What a BMW telematic key (or its label in a KeyList) means to the app,
// shared by the KeyList parser and the parser of saved CarData API
// responses, which name the same values the same way.
namespace TelematicKeys {

enum class Field { None, ModelName, DriveTrain, Mileage, Reading };

struct Meaning
{
    Field field = Field::None;
    BatteryReadingKind reading = BatteryReadingKind::MaxEnergyKwh;
};

// By technical key, e.g. "vehicle.drivetrain.batteryManagement.maxEnergy"
// (case does not matter).
Meaning ofKey(QStringView key);
// By a KeyList's English or German label.
Meaning ofLabel(QStringView label);

// A reading's text as a positive number; "0", "null", "-NA-", "INVALID"
// and friends mean absent. A German decimal comma is accepted.
std::optional<double> readingValue(QString text);

} // namespace TelematicKeys
