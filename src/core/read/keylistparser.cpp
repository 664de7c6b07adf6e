// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/keylistparser.h"

#include "core/read/telematickeys.h"
#include "core/read/timestamps.h"
#include "core/privacy/vin.h"

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

using TelematicKeys::Field;
using TelematicKeys::readingValue;

TelematicKeys::Meaning meaningOf(const TelematicValue &tv)
{
    if (!tv.keyName.isEmpty()) {
        if (const auto meaning = TelematicKeys::ofKey(tv.keyName); meaning.field != Field::None)
            return meaning;
    }
    return TelematicKeys::ofLabel(tv.name);
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
        const auto meaning = meaningOf(tv);
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
