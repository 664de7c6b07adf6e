// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/keylistparser.h"

#include "core/read/readlimits.h"
#include "core/read/telematickeys.h"
#include "core/read/timestamps.h"
#include "core/privacy/vin.h"

#include <QXmlStreamReader>

#include <cmath>
#include <new>

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

// The text of the element the reader is at, its children's included, and
// the reader left at its end element. Nesting is counted on from `depth`.
std::optional<QString> elementText(QXmlStreamReader &reader, int depth)
{
    QString text;
    const int own = depth;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (++depth > ReadLimits::maxNestingDepth)
                return std::nullopt;
        } else if (reader.isEndElement()) {
            if (depth-- == own)
                return text;
        } else if (reader.isCharacters()) {
            text += reader.text();
        }
    }
    return text; // the reader's error says what ended it
}

// A time a reading can be placed at: one of the accepted shapes, and a year
// in which a car could have sent it.
std::optional<qint64> placedTime(QStringView text)
{
    const auto time = parseFlexibleTimestamp(text);
    if (time && ReadLimits::isPlausibleTime(*time))
        return time;
    return std::nullopt;
}

} // namespace

std::expected<KeyListInfo, QString> KeyListParser::parse(const QByteArray &xml)
{
    try {
        return parseDocument(xml);
    } catch (const std::bad_alloc &) {
        return std::unexpected(u"is too large to read into memory (%1 MB)"_s.arg(xml.size() >> 20));
    }
}

std::expected<KeyListInfo, QString> KeyListParser::parseDocument(const QByteArray &xml)
{
    if (xml.size() > ReadLimits::maxKeyListBytes)
        return std::unexpected(u"is %1 MB: far more than any CarData KeyList, which may be %2 MB at most; it was not "
                               "read"_s.arg(xml.size() >> 20).arg(ReadLimits::maxKeyListBytes >> 20));
    if (xml.trimmed().isEmpty())
        return std::unexpected(u"is empty"_s);
    QXmlStreamReader reader(xml);
    KeyListInfo info;
    bool sawRoot = false;
    QString requestDate;
    int depth = 0; // of the element the reader is in
    qsizetype values = 0;
    const auto tooDeep = [&] {
        return std::unexpected(u"is nested too deeply (more than %1 levels)"_s.arg(ReadLimits::maxNestingDepth));
    };
    const auto tooLong = [&](const QString &what) {
        return std::unexpected(u"has a %1 longer than %2 characters (line %3)"_s.arg(what)
                                   .arg(ReadLimits::maxTextLength)
                                   .arg(reader.lineNumber()));
    };

    while (!reader.atEnd()) {
        reader.readNext();
        // A KeyList declares no entities; a document type declaration is
        // where billion-laughs and external entities would come from, and
        // nothing of it is read.
        if (reader.isDTD())
            return std::unexpected(u"declares a document type (<!DOCTYPE>), which no CarData KeyList does; it was not "
                                   "read"_s);
        if (reader.isEndElement())
            --depth;
        if (!reader.isStartElement())
            continue;
        if (++depth > ReadLimits::maxNestingDepth)
            return tooDeep();
        const QStringView element = reader.name();
        if (!sawRoot) {
            if (element != u"customerArchiveContent")
                return std::unexpected(u"is XML but not a CarData KeyList (root element <%1>)"_s.arg(element));
            sawRoot = true;
            const QXmlStreamAttributes attributes = reader.attributes();
            info.vin = Vin::normalized(attributes.value(u"vin"_s));
            info.unitOfLength = attributes.value(u"unitOfLength"_s).toString().trimmed().left(ReadLimits::maxTextLength);
            info.chargingHistoryFileName = attributes.value(u"chargingHistoryFileName"_s).toString().trimmed();
            requestDate = attributes.value(u"requestDate"_s).toString();
            continue;
        }
        if (element != u"telematicValue")
            continue;
        if (++values > ReadLimits::maxKeyListValues)
            return std::unexpected(u"holds more than %1 values, far more than any CarData KeyList; it was not read"_s.arg(
                ReadLimits::maxKeyListValues));
        TelematicValue tv;
        while (reader.readNextStartElement()) {
            if (depth + 1 > ReadLimits::maxNestingDepth)
                return tooDeep();
            const QString child = reader.name().toString();
            const auto text = elementText(reader, depth + 1);
            if (!text)
                return tooDeep();
            if (child == u"name")
                tv.name = *text;
            else if (child == u"telematicKeyName")
                tv.keyName = *text;
            else if (child == u"value")
                tv.value = *text;
            else if (child == u"unit")
                tv.unit = *text;
            else if (child == u"fetchTimestamp")
                tv.fetchTimestamp = *text;
            else if (child == u"valueTimestamp")
                tv.valueTimestamp = *text;
        }
        --depth; // the reader is at the telematicValue's end element
        const auto meaning = meaningOf(tv);
        switch (meaning.field) {
        case Field::None:
            break;
        case Field::ModelName:
            info.modelName = tv.value.simplified();
            if (info.modelName.size() > ReadLimits::maxTextLength)
                return tooLong(u"model name"_s);
            break;
        case Field::DriveTrain:
            // The store masks a VIN in the model name, not in the drive train.
            info.driveTrain = Vin::redacted(tv.value.simplified());
            if (info.driveTrain.size() > ReadLimits::maxTextLength)
                return tooLong(u"drive train"_s);
            break;
        case Field::Mileage:
            if (const auto km = readingValue(tv.value)) {
                const QString unit = tv.unit.trimmed().toLower();
                info.mileageKm = (unit == u"mi" || unit == u"miles") ? *km * 1.609344 : *km;
            }
            break;
        case Field::Reading:
            if (const auto value = readingValue(tv.value)) {
                const auto when = placedTime(tv.valueTimestamp)
                                      .or_else([&] { return placedTime(tv.fetchTimestamp); })
                                      .or_else([&] { return placedTime(requestDate); });
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
    info.requestTime = placedTime(requestDate).value_or(0);
    // Readings without any timestamp fall back to the request date; a reading
    // that cannot be placed in time at all is useless and dropped.
    for (BatteryReading &reading : info.readings) {
        if (reading.time == 0)
            reading.time = info.requestTime;
    }
    info.readingsWithoutTime = int(info.readings.removeIf([](const BatteryReading &r) { return r.time == 0; }));
    return info;
}
