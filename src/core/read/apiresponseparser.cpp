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

#include <simdjson.h>

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
    // Only the top level's keys (or the first element's) decide, so they are
    // all that is read: every export passes through here, and building a
    // whole document for each cost an import more than its parsing. What
    // looks like a vehicle response is then read whole, as before: it must
    // be valid JSON to count as one (they are small). Anything else is left
    // to the charging-history parser, which says what is wrong.
    const Kind kind = topLevelKind(json);
    if (kind != Kind::ChargingHistory && QJsonDocument::fromJson(json).isNull())
        return Kind::ChargingHistory;
    return kind;
}

ApiResponseParser::Kind ApiResponseParser::topLevelKind(const QByteArray &json)
{
    namespace od = simdjson::ondemand;
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    od::parser parser;
    od::document doc;
    od::json_type type;
    if (parser.iterate(padded).get(doc) || doc.type().get(type))
        return Kind::ChargingHistory;
    if (type == od::json_type::object) {
        od::object object;
        if (doc.get_object().get(object))
            return Kind::ChargingHistory;
        bool data = false;
        bool vehicle = false;
        for (auto field : object) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return Kind::ChargingHistory;
            if (key == "telematicData")
                return Kind::TelematicData;
            data = data || key == "data";
            vehicle = vehicle || key == "modelName" || key == "driveTrain" || key == "propulsionType";
        }
        return !data && vehicle ? Kind::BasicData : Kind::ChargingHistory;
    }
    if (type == od::json_type::array) {
        // The integration guide's form: a flat list of {name, value, unit, timestamp}.
        od::array array;
        if (doc.get_array().get(array))
            return Kind::ChargingHistory;
        for (auto element : array) {
            od::object first;
            if (element.get_object().get(first))
                return Kind::ChargingHistory;
            bool name = false, value = false, start = false;
            for (auto field : first) {
                std::string_view key;
                if (field.unescaped_key().get(key))
                    return Kind::ChargingHistory;
                name = name || key == "name";
                value = value || key == "value";
                start = start || key == "startTime";
            }
            return name && value && !start ? Kind::TelematicData : Kind::ChargingHistory;
        }
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
