// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

// The car's own view of its battery, as its KeyList (and BMW's API) report
// it: a measured health signal with its own error, not the truth.
enum class BatteryReadingKind {
    MaxEnergyKwh,         // batteryManagement.maxEnergy
    HvsMaxEnergyKwh,      // electricEngine.hvsMaxEnergyAbsolute
    BatterySizeMaxKwh,    // batteryManagement.batterySizeMax
    StateOfHealthPercent, // stateOfHealth.displayed
};

QString batteryReadingKindName(BatteryReadingKind kind);
std::optional<BatteryReadingKind> batteryReadingKindFromName(QStringView name);

struct BatteryReading
{
    BatteryReadingKind kind = BatteryReadingKind::MaxEnergyKwh;
    double value = 0;
    qint64 time = 0; // Unix seconds, UTC
};
