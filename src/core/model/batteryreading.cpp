// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/batteryreading.h"

using namespace Qt::StringLiterals;

QString batteryReadingKindName(BatteryReadingKind kind)
{
    switch (kind) {
    case BatteryReadingKind::MaxEnergyKwh:
        return u"max_energy_kwh"_s;
    case BatteryReadingKind::HvsMaxEnergyKwh:
        return u"hvs_max_energy_kwh"_s;
    case BatteryReadingKind::BatterySizeMaxKwh:
        return u"battery_size_max_kwh"_s;
    case BatteryReadingKind::StateOfHealthPercent:
        return u"soh_percent"_s;
    }
    return {};
}

std::optional<BatteryReadingKind> batteryReadingKindFromName(QStringView name)
{
    for (BatteryReadingKind kind : {BatteryReadingKind::MaxEnergyKwh, BatteryReadingKind::HvsMaxEnergyKwh,
                                    BatteryReadingKind::BatterySizeMaxKwh, BatteryReadingKind::StateOfHealthPercent}) {
        if (name == batteryReadingKindName(kind))
            return kind;
    }
    return std::nullopt;
}
