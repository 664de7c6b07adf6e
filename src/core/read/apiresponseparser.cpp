// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/apiresponseparser.h"

#include "core/privacy/vin.h"
#include "core/read/readlimits.h"
#include "core/read/telematickeys.h"
#include "core/read/timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Vehicle responses are small; a document this large is a charging history.
constexpr qsizetype maxVehicleResponseBytes = 4 << 20;

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

std::expected<QJsonDocument, QString> document(const QByteArray &json)
{
    if (ReadLimits::jsonNestingExceeded(json))
        return std::unexpected(u"is nested too deeply (more than %1 levels)"_s.arg(ReadLimits::maxNestingDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(u"is not JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset));
    return doc;
}

void addValue(KeyListInfo &info, const QString &key, const QJsonObject &entry, qint64 fallbackTime)
{
    const TelematicKeys::Meaning meaning = TelematicKeys::ofKey(key);
    const QString value = text(entry.value(u"value"_s));
    // A time no car could have sent a value at counts as none.
    const qint64 time = parseFlexibleTimestamp(text(entry.value(u"timestamp"_s)))
                            .and_then([](qint64 t) { return ReadLimits::isPlausibleTime(t) ? std::optional(t) : std::nullopt; })
                            .value_or(fallbackTime);
    switch (meaning.field) {
    case TelematicKeys::Field::Reading:
        if (const auto v = TelematicKeys::readingValue(value); v && time > 0)
            info.readings.append({meaning.reading, *v, time});
        break;
    case TelematicKeys::Field::Mileage:
        if (const auto v = TelematicKeys::readingValue(value)) {
            const QString unit = text(entry.value(u"unit"_s)).toLower();
            const bool miles = unit == u"mi" || unit == u"miles" || unit.endsWith(u".mi"_s);
            info.mileageKm = miles ? *v * 1.609344 : *v;
            if (miles)
                info.unitOfLength = u"mi"_s;
        }
        break;
    default:
        break;
    }
}

QString driveTrainOf(const QJsonObject &o)
{
    // driveTrain as BMW writes it ("BEV", "PHEV", "CONV"), else the
    // propulsion type, whose values differ ("BE" was seen on a live car).
    const QString driveTrain = text(o.value(u"driveTrain"_s)).trimmed().toUpper();
    if (!driveTrain.isEmpty())
        return driveTrain;
    const QString propulsion = text(o.value(u"propulsionType"_s)).trimmed().toUpper();
    if (propulsion == u"BE" || propulsion == u"BEV" || propulsion == u"ELECTRIC")
        return u"BEV"_s;
    if (propulsion == u"PHEV" || propulsion == u"PHE")
        return u"PHEV"_s;
    return propulsion;
}

} // namespace

ApiResponseParser::Kind ApiResponseParser::kindOf(const QByteArray &json)
{
    if (json.size() > maxVehicleResponseBytes)
        return Kind::ChargingHistory;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(u"telematicData"_s))
            return Kind::TelematicData;
        if (!o.contains(u"data"_s)
            && (o.contains(u"modelName"_s) || o.contains(u"driveTrain"_s) || o.contains(u"propulsionType"_s)))
            return Kind::BasicData;
    } else if (doc.isArray() && !doc.array().isEmpty()) {
        // The integration guide's form: a flat list of {name, value, unit, timestamp}.
        const QJsonObject first = doc.array().first().toObject();
        if (first.contains(u"name"_s) && first.contains(u"value"_s) && !first.contains(u"startTime"_s))
            return Kind::TelematicData;
    }
    return Kind::ChargingHistory;
}

std::expected<KeyListInfo, QString> ApiResponseParser::telematicData(const QByteArray &json, qint64 fallbackTime)
{
    auto doc = document(json);
    if (!doc)
        return std::unexpected(doc.error());
    KeyListInfo info;
    const QJsonValue data = doc->isObject() ? doc->object().value(u"telematicData"_s) : QJsonValue(doc->array());
    if (data.isObject()) {
        // The specification's and live form: {"<key>": {value, unit, timestamp}}.
        const QJsonObject map = data.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            addValue(info, it.key(), it.value().toObject(), fallbackTime);
    } else if (data.isArray()) {
        for (const QJsonValue &entry : data.toArray()) {
            const QJsonObject o = entry.toObject();
            addValue(info, text(o.value(u"name"_s)), o, fallbackTime);
        }
    } else {
        return std::unexpected(u"is a CarData API response without telematic values"_s);
    }
    info.requestTime = fallbackTime;
    return info;
}

std::expected<KeyListInfo, QString> ApiResponseParser::basicData(const QByteArray &json, qint64 fallbackTime)
{
    auto doc = document(json);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject())
        return std::unexpected(u"is not the CarData API's basic data of a vehicle"_s);
    const QJsonObject o = doc->object();
    KeyListInfo info;
    info.vin = Vin::normalized(text(o.value(u"vin"_s)));
    info.modelName = text(o.value(u"modelName"_s)).simplified();
    // The store masks a VIN in the model name, not in the drive train.
    info.driveTrain = Vin::redacted(driveTrainOf(o));
    for (const auto &[value, what] : {std::pair{&info.modelName, u"model name"_s}, std::pair{&info.driveTrain, u"drive train"_s}}) {
        if (value->size() > ReadLimits::maxTextLength)
            return std::unexpected(u"has a %1 longer than %2 characters"_s.arg(what).arg(ReadLimits::maxTextLength));
    }
    // The maximum usable energy is a basic-data value that comes as a string.
    if (const auto kwh = TelematicKeys::readingValue(text(o.value(u"hvsMaxEnergyAbsolute"_s))); kwh && fallbackTime > 0)
        info.readings.append({BatteryReadingKind::HvsMaxEnergyKwh, *kwh, fallbackTime});
    info.requestTime = fallbackTime;
    return info;
}

KeyListInfo ApiResponseParser::merged(const KeyListInfo &first, const KeyListInfo &second)
{
    KeyListInfo m = first;
    if (m.vin.isEmpty())
        m.vin = second.vin;
    if (m.modelName.isEmpty())
        m.modelName = second.modelName;
    if (m.driveTrain.isEmpty())
        m.driveTrain = second.driveTrain;
    if (m.unitOfLength.isEmpty())
        m.unitOfLength = second.unitOfLength;
    if (!m.mileageKm)
        m.mileageKm = second.mileageKm;
    m.requestTime = std::max(m.requestTime, second.requestTime);
    m.readings += second.readings;
    return m;
}
