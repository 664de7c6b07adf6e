// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/keylistparser.h"

#include "core/read/timestamps.h"
#include "core/privacy/vin.h"

#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct TelematicValue
{
    QString name;
    QString keyName;
    QString value;
    QString unit;
    QString fetchTimestamp;
    QString valueTimestamp;
};

enum class Field { None, ModelName, DriveTrain, Mileage, Reading };

struct Meaning
{
    Field field = Field::None;
    BatteryReadingKind reading = BatteryReadingKind::MaxEnergyKwh;
};

Meaning meaningOf(const TelematicValue &tv)
{
    static const QHash<QString, Meaning> byKey = {
        {u"vehicle.drivetrain.batterymanagement.maxenergy"_s, {Field::Reading, BatteryReadingKind::MaxEnergyKwh}},
        {u"vehicle.drivetrain.electricengine.hvsmaxenergyabsolute"_s, {Field::Reading, BatteryReadingKind::HvsMaxEnergyKwh}},
        {u"vehicle.drivetrain.batterymanagement.batterysizemax"_s, {Field::Reading, BatteryReadingKind::BatterySizeMaxKwh}},
        {u"vehicle.powertrain.electric.battery.stateofhealth.displayed"_s, {Field::Reading, BatteryReadingKind::StateOfHealthPercent}},
        {u"vehicle.vehicle.travelleddistance"_s, {Field::Mileage, {}}},
    };
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
    if (!tv.keyName.isEmpty()) {
        const auto it = byKey.constFind(tv.keyName.trimmed().toLower());
        if (it != byKey.constEnd())
            return *it;
    }
    return byLabel.value(tv.name.simplified().toLower());
}

// Readings are strings; "0", "null", "-NA-", "INVALID" and friends mean absent.
std::optional<double> readingValue(QString text)
{
    text = text.trimmed();
    const QString lower = text.toLower();
    if (text.isEmpty() || lower == u"null" || lower == u"-na-" || lower == u"invalid" || lower == u"n/a")
        return std::nullopt;
    text.replace(u',', u'.'); // German decimal comma
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

std::expected<KeyListInfo, QString> KeyListParser::parse(const QByteArray &xml)
{
    if (xml.trimmed().isEmpty())
        return std::unexpected(u"is empty"_s);
    QXmlStreamReader reader(xml);
    KeyListInfo info;
    bool sawRoot = false;
    QString requestDate;

    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QStringView element = reader.name();
        if (!sawRoot) {
            if (element != u"customerArchiveContent")
                return std::unexpected(u"is XML but not a CarData KeyList (root element <%1>)"_s.arg(element));
            sawRoot = true;
            const QXmlStreamAttributes attributes = reader.attributes();
            info.vin = Vin::normalized(attributes.value(u"vin"_s));
            info.unitOfLength = attributes.value(u"unitOfLength"_s).toString().trimmed();
            info.chargingHistoryFileName = attributes.value(u"chargingHistoryFileName"_s).toString().trimmed();
            requestDate = attributes.value(u"requestDate"_s).toString();
            continue;
        }
        if (element != u"telematicValue")
            continue;
        TelematicValue tv;
        while (reader.readNextStartElement()) {
            const QString child = reader.name().toString();
            const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            if (child == u"name")
                tv.name = text;
            else if (child == u"telematicKeyName")
                tv.keyName = text;
            else if (child == u"value")
                tv.value = text;
            else if (child == u"unit")
                tv.unit = text;
            else if (child == u"fetchTimestamp")
                tv.fetchTimestamp = text;
            else if (child == u"valueTimestamp")
                tv.valueTimestamp = text;
        }
        const Meaning meaning = meaningOf(tv);
        switch (meaning.field) {
        case Field::None:
            break;
        case Field::ModelName:
            info.modelName = tv.value.simplified();
            break;
        case Field::DriveTrain:
            info.driveTrain = tv.value.simplified();
            break;
        case Field::Mileage:
            if (const auto km = readingValue(tv.value)) {
                const QString unit = tv.unit.trimmed().toLower();
                info.mileageKm = (unit == u"mi" || unit == u"miles") ? *km * 1.609344 : *km;
            }
            break;
        case Field::Reading:
            if (const auto value = readingValue(tv.value)) {
                const auto when = parseFlexibleTimestamp(tv.valueTimestamp)
                                      .or_else([&] { return parseFlexibleTimestamp(tv.fetchTimestamp); })
                                      .or_else([&] { return parseFlexibleTimestamp(requestDate); });
                info.readings.append({meaning.reading, *value, when.value_or(0)});
            }
            break;
        }
    }
    if (reader.hasError()) {
        return std::unexpected(u"is not well-formed XML (line %1: %2)"_s.arg(reader.lineNumber()).arg(reader.errorString()));
    }
    if (!sawRoot)
        return std::unexpected(u"is empty"_s);
    info.requestTime = parseFlexibleTimestamp(requestDate).value_or(0);
    // Readings without any timestamp fall back to the request date; a reading
    // that cannot be placed in time at all is useless and dropped.
    for (BatteryReading &reading : info.readings) {
        if (reading.time == 0)
            reading.time = info.requestTime;
    }
    info.readings.removeIf([](const BatteryReading &r) { return r.time == 0; });
    return info;
}
