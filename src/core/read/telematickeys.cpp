// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/telematickeys.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace TelematicKeys {

Meaning ofKey(QStringView key)
{
    static const QHash<QString, Meaning> byKey = {
        {u"vehicle.drivetrain.batterymanagement.maxenergy"_s, {Field::Reading, BatteryReadingKind::MaxEnergyKwh}},
        {u"vehicle.drivetrain.electricengine.hvsmaxenergyabsolute"_s, {Field::Reading, BatteryReadingKind::HvsMaxEnergyKwh}},
        {u"vehicle.drivetrain.batterymanagement.batterysizemax"_s, {Field::Reading, BatteryReadingKind::BatterySizeMaxKwh}},
        {u"vehicle.powertrain.electric.battery.stateofhealth.displayed"_s, {Field::Reading, BatteryReadingKind::StateOfHealthPercent}},
        {u"vehicle.vehicle.travelleddistance"_s, {Field::Mileage, {}}},
    };
    return byKey.value(key.trimmed().toString().toLower());
}

Meaning ofLabel(QStringView label)
{
    // Labels as they appear in English and German archives.
    static const QHash<QString, Meaning> byLabel = {
        {u"model name"_s, {Field::ModelName, {}}},
        {u"modellname"_s, {Field::ModelName, {}}},
        {u"modellbezeichnung"_s, {Field::ModelName, {}}},
        {u"drive train"_s, {Field::DriveTrain, {}}},
        {u"antriebsart"_s, {Field::DriveTrain, {}}},
        {u"antriebsstrang"_s, {Field::DriveTrain, {}}},
        {u"mileage"_s, {Field::Mileage, {}}},
        {u"kilometerstand"_s, {Field::Mileage, {}}},
        {u"energy content of the high-voltage battery"_s, {Field::Reading, BatteryReadingKind::MaxEnergyKwh}},
        {u"energieinhalt der hochvoltbatterie"_s, {Field::Reading, BatteryReadingKind::MaxEnergyKwh}},
        {u"maximum energy content of the high-voltage battery"_s, {Field::Reading, BatteryReadingKind::HvsMaxEnergyKwh}},
        {u"maximaler energieinhalt der hochvoltbatterie"_s, {Field::Reading, BatteryReadingKind::HvsMaxEnergyKwh}},
        {u"high-voltage battery size"_s, {Field::Reading, BatteryReadingKind::BatterySizeMaxKwh}},
        {u"größe der hochvoltbatterie"_s, {Field::Reading, BatteryReadingKind::BatterySizeMaxKwh}},
        {u"health status of the high-voltage battery (soce)"_s, {Field::Reading, BatteryReadingKind::StateOfHealthPercent}},
        {u"gesundheitszustand der hochvoltbatterie (soce)"_s, {Field::Reading, BatteryReadingKind::StateOfHealthPercent}},
    };
    return byLabel.value(label.toString().simplified().toLower());
}

std::optional<double> readingValue(QString text)
{
    text = text.trimmed();
    const QString lower = text.toLower();
    if (text.isEmpty() || lower == u"null" || lower == u"-na-" || lower == u"invalid" || lower == u"n/a")
        return std::nullopt;
    text.replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace TelematicKeys
