// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/chargingjsonparser.h"

#include "core/model/logging.h"
#include "core/privacy/vin.h"
#include "core/read/jsonvaluereader.h"
#include "core/read/readlimits.h"
#include "core/read/timestamps.h"

#include <QIODevice>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <new>
#include <string_view>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace {

using namespace JsonValueReader;

// Everything one record may carry before validation.
struct RawRecord
{
    std::optional<double> startTime, endTime, socStart, socEnd;
    std::optional<double> gridCurrent, gridOld, batteryCurrent, batteryOld;
    std::optional<double> mileage, duration;
    QString mileageUnit;
    bool mileageUnitGiven = false;
    QString firstProblem;

    void note(const QString &problem)
    {
        if (firstProblem.isEmpty())
            firstProblem = problem;
    }
};

// "KM", "km", "MILES", "MileageUnits.KM": kilometres per unit, or 0 if unknown.
double kmPerUnit(QString unit)
{
    unit = unit.trimmed();
    const qsizetype dot = unit.lastIndexOf(u'.');
    if (dot >= 0)
        unit = unit.mid(dot + 1);
    unit = unit.toUpper();
    if (unit == u"KM" || unit == u"KILOMETERS" || unit == u"KILOMETRES" || unit == u"KILOMETER")
        return 1.0;
    if (unit == u"MI" || unit == u"MILES" || unit == u"MILE")
        return 1.609344;
    return 0.0;
}

struct PowerStats
{
    double weightedPower = 0; // kW * s
    double seconds = 0;
    double powerSum = 0;
    int blocks = 0;
    double maxPower = 0;
};

void readChargingBlocks(od::value value, PowerStats &stats)
{
    od::array blocks;
    auto error = value.get_array().get(blocks);
    check(error);
    if (error)
        return;
    for (auto element : blocks) {
        od::object block;
        error = element.get_object().get(block);
        check(error);
        if (error)
            continue;
        std::optional<qint64> start;
        std::optional<qint64> end;
        std::optional<double> power;
        for (auto field : block) {
            std::string_view key;
            check(field.unescaped_key().get(key));
            const NumberRead n = readNumber(field.value(), key);
            if (n.status != Read::Ok || !std::isfinite(n.value))
                continue;
            // Block times come in the same unit as the session's, seconds or
            // milliseconds; a time that is neither leaves the block unweighted.
            if (key == "startTime")
                start = unixSecondsFromNumber(n.value);
            else if (key == "endTime")
                end = unixSecondsFromNumber(n.value);
            else if (key == "averagePowerGridKw")
                power = n.value;
        }
        if (!power || *power < 0)
            continue;
        ++stats.blocks;
        stats.powerSum += *power;
        stats.maxPower = std::max(stats.maxPower, *power);
        if (start && end && *end > *start) {
            stats.weightedPower += *power * double(*end - *start);
            stats.seconds += double(*end - *start);
        }
    }
}

QString readProvider(od::value value, RawRecord &raw)
{
    // publicChargingPoint.potentialChargingPointMatches[0].providerName;
    // the street, postal code and city beside it are never read.
    od::object point;
    auto error = value.get_object().get(point);
    check(error);
    if (error)
        return {};
    for (auto field : point) {
        std::string_view key;
        check(field.unescaped_key().get(key));
        if (key != "potentialChargingPointMatches")
            continue;
        od::array matches;
        error = field.value().get_array().get(matches);
        check(error);
        if (error)
            return {};
        for (auto element : matches) {
            od::object match;
            error = element.get_object().get(match);
            check(error);
            if (error)
                continue;
            for (auto matchField : match) {
                std::string_view matchKey;
                check(matchField.unescaped_key().get(matchKey));
                if (matchKey == "providerName") {
                    const TextRead name = readText(matchField.value(), matchKey);
                    if (!name.problem.isEmpty())
                        raw.note(name.problem);
                    if (!name.text.trimmed().isEmpty())
                        return name.text.trimmed();
                }
            }
        }
    }
    return {};
}

void readCost(od::value value, ChargingSession &session, RawRecord &raw)
{
    od::object cost;
    auto error = value.get_object().get(cost);
    check(error);
    if (error)
        return;
    for (auto field : cost) {
        std::string_view key;
        check(field.unescaped_key().get(key));
        if (key == "currency") {
            const TextRead currency = readText(field.value(), key);
            if (!currency.problem.isEmpty())
                raw.note(currency.problem);
            session.currency = currency.text.trimmed().left(8);
        } else if (key == "calculatedChargingCost") {
            const NumberRead n = readNumber(field.value(), key);
            if (n.status == Read::Ok && std::isfinite(n.value))
                session.cost = n.value;
        }
    }
}

void readRecordNumber(od::value value, std::string_view key, std::optional<double> &target, RawRecord &raw)
{
    const NumberRead n = readNumber(value, key);
    if (n.status == Read::Ok)
        target = n.value;
    else if (n.status == Read::Invalid)
        raw.note(n.problem);
}

// A number as a person would write it: 1743357600000000, not 1.7433576e+15.
QString numberText(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9.0e18)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

// Applies the validation rules; returns the reason when the record is skipped.
QString validate(const RawRecord &raw, const ChargingJsonParser::Options &options, ChargingSession &s)
{
    if (!raw.firstProblem.isEmpty())
        return raw.firstProblem;
    if (!raw.startTime)
        return u"missing required field startTime"_s;
    if (!raw.socStart)
        return u"missing required field displayedStartSoc"_s;
    if (!raw.socEnd)
        return u"missing required field displayedSoc"_s;
    if (!raw.endTime)
        return u"session still running when the export was made (no endTime)"_s;
    const std::optional<qint64> start = unixSecondsFromNumber(*raw.startTime);
    if (!start)
        return u"startTime %1 is not a Unix time in seconds or milliseconds"_s.arg(numberText(*raw.startTime));
    const std::optional<qint64> end = unixSecondsFromNumber(*raw.endTime);
    if (!end)
        return u"endTime %1 is not a Unix time in seconds or milliseconds"_s.arg(numberText(*raw.endTime));
    for (const auto &[seconds, value, name] : {std::tuple{*start, *raw.startTime, "startTime"},
                                               std::tuple{*end, *raw.endTime, "endTime"}}) {
        if (!ReadLimits::isPlausibleTime(seconds))
            return u"%1 %2 (%3) is not between %4 and %5"_s.arg(QLatin1StringView(name), numberText(value), isoUtc(seconds),
                                                               isoUtc(ReadLimits::earliestTime).left(4),
                                                               isoUtc(ReadLimits::latestTime).left(4));
    }
    if (*end < *start)
        return u"endTime is before startTime"_s;
    for (const auto &[value, name] : {std::pair{raw.socStart, "displayedStartSoc"}, std::pair{raw.socEnd, "displayedSoc"}}) {
        if (!std::isfinite(*value) || *value < 0 || *value > 100)
            return u"%1 %2 is outside 0–100"_s.arg(QLatin1StringView(name)).arg(*value);
    }

    s.startTime = *start;
    s.endTime = *end;
    s.socStart = *raw.socStart;
    s.socEnd = *raw.socEnd;

    // Current names win over the 2021 names when a file carries both.
    const std::optional<double> grid = raw.gridCurrent ? raw.gridCurrent : raw.gridOld;
    const std::optional<double> battery = raw.batteryCurrent ? raw.batteryCurrent : raw.batteryOld;
    for (const auto &[value, name] : {std::pair{grid, "grid energy"}, std::pair{battery, "battery energy"}}) {
        if (!value)
            continue;
        if (!std::isfinite(*value))
            return u"%1 is not a finite number"_s.arg(QLatin1StringView(name));
        if (*value < 0)
            return u"%1 %2 kWh is negative"_s.arg(QLatin1StringView(name)).arg(*value);
        if (*value > ReadLimits::maxSessionEnergyKwh)
            return u"%1 %2 kWh is more than %3 kWh"_s.arg(QLatin1StringView(name), numberText(*value))
                .arg(ReadLimits::maxSessionEnergyKwh);
    }
    s.energyGridKwh = grid;
    s.energyBatteryKwh = battery;

    if (raw.mileage) {
        const double factor = raw.mileageUnitGiven ? kmPerUnit(raw.mileageUnit) : options.defaultKmPerUnit;
        if (factor <= 0)
            return u"unknown mileage unit \"%1\""_s.arg(Vin::redacted(raw.mileageUnit.left(20)));
        if (!std::isfinite(*raw.mileage) || *raw.mileage < 0)
            return u"mileage %1 is negative"_s.arg(*raw.mileage);
        if (*raw.mileage * factor > ReadLimits::maxMileageKm)
            return u"mileage %1 km is more than %2 km"_s.arg(numberText(*raw.mileage * factor), numberText(ReadLimits::maxMileageKm));
        s.mileageKm = *raw.mileage * factor;
    }
    if (raw.duration) {
        if (*raw.duration < 0 || !std::isfinite(*raw.duration))
            return u"totalChargingDurationSec %1 is negative"_s.arg(*raw.duration);
        if (*raw.duration > ReadLimits::maxChargingDurationSec)
            return u"totalChargingDurationSec %1 is more than a year"_s.arg(numberText(*raw.duration));
        s.chargingDurationSec = qint64(std::llround(*raw.duration));
    }
    return {};
}

// The fields readRecord() reads.
constexpr std::array<std::string_view, 15> recordKeys{
    "startTime", "endTime", "displayedStartSoc", "displayedSoc", "energyConsumedFromPowerGridKwh",
    "calculatedEnergyChargedKwh", "energyIncreaseHvbKwh", "energyChargedKwh", "mileage", "totalChargingDurationSec",
    "mileageUnits", "isPreconditioningActivated", "chargingBlocks", "publicChargingPoint", "chargingCostInformation"};

// One session object: a session, or a rejection with its index.
void readRecord(od::object record, qsizetype index, const ChargingJsonParser::Options &options,
                ChargingHistory &history)
{
    RawRecord raw;
    ChargingSession session;
    PowerStats power;
    quint32 seen = 0;
    for (auto field : record) {
        std::string_view key;
        check(field.unescaped_key().get(key));
        // A field given twice says two things; taking either would be a guess.
        if (const auto known = std::find(recordKeys.cbegin(), recordKeys.cend(), key); known != recordKeys.cend()) {
            const quint32 bit = 1u << (known - recordKeys.cbegin());
            if (seen & bit)
                raw.note(u"%1 appears twice"_s.arg(QLatin1StringView(key)));
            seen |= bit;
        }
        od::value value = field.value();
        if (key == "startTime")
            readRecordNumber(value, key, raw.startTime, raw);
        else if (key == "endTime")
            readRecordNumber(value, key, raw.endTime, raw);
        else if (key == "displayedStartSoc")
            readRecordNumber(value, key, raw.socStart, raw);
        else if (key == "displayedSoc")
            readRecordNumber(value, key, raw.socEnd, raw);
        else if (key == "energyConsumedFromPowerGridKwh")
            readRecordNumber(value, key, raw.gridCurrent, raw);
        else if (key == "calculatedEnergyChargedKwh")
            readRecordNumber(value, key, raw.gridOld, raw);
        else if (key == "energyIncreaseHvbKwh")
            readRecordNumber(value, key, raw.batteryCurrent, raw);
        else if (key == "energyChargedKwh")
            readRecordNumber(value, key, raw.batteryOld, raw);
        else if (key == "mileage")
            readRecordNumber(value, key, raw.mileage, raw);
        else if (key == "totalChargingDurationSec")
            readRecordNumber(value, key, raw.duration, raw);
        else if (key == "mileageUnits") {
            const TextRead unit = readText(value, key);
            if (!unit.problem.isEmpty())
                raw.note(unit.problem);
            raw.mileageUnit = unit.text;
            raw.mileageUnitGiven = !raw.mileageUnit.isEmpty();
        } else if (key == "isPreconditioningActivated")
            session.preconditioning = readBool(value);
        else if (key == "chargingBlocks")
            readChargingBlocks(value, power);
        else if (key == "publicChargingPoint")
            session.provider = readProvider(value, raw);
        else if (key == "chargingCostInformation")
            readCost(value, session, raw);
        // chargingLocation, timeZone, businessErrors and anything
        // unknown are skipped without being read.
    }
    const QString problem = validate(raw, options, session);
    if (!problem.isEmpty()) {
        history.rejections.append({index, problem});
        return;
    }
    if (power.blocks > 0) {
        session.maxPowerKw = power.maxPower;
        session.avgPowerKw = power.seconds > 0 ? power.weightedPower / power.seconds
                                               : power.powerSum / power.blocks;
    } else if (session.energyGridKwh && session.chargingDurationSec && *session.chargingDurationSec > 0) {
        session.avgPowerKw = *session.energyGridKwh / (double(*session.chargingDurationSec) / 3600.0);
        session.maxPowerKw = session.avgPowerKw;
    }
    session.kind = chargingKindForPower(session.maxPowerKw);
    history.sessions.append(std::move(session));
}

// "42", "\"text\"", "true", "null": JSON, but a single value.
bool isJsonScalar(std::string_view text)
{
    try {
        simdjson::padded_string padded(text);
        od::parser parser;
        od::document doc;
        if (parser.iterate(padded).get(doc))
            return false;
        od::json_type type;
        if (doc.type().get(type))
            return false;
        bool valid = false;
        switch (type) {
        case od::json_type::number:
            valid = !doc.get_number().error();
            break;
        case od::json_type::string:
            valid = !doc.get_string().error();
            break;
        case od::json_type::boolean:
            valid = !doc.get_bool().error();
            break;
        case od::json_type::null:
            valid = doc.is_null().value_unsafe();
            break;
        default:
            return false;
        }
        // The value's token (with the white space after it) is all there is.
        std::string_view token;
        return valid && !doc.raw_json_token().get(token) && token.size() == text.size();
    } catch (const std::bad_alloc &) {
        return false;
    }
}

} // namespace

qsizetype ChargingJsonParser::paddingBytes()
{
    return simdjson::SIMDJSON_PADDING;
}

std::expected<QByteArray, QString> ChargingJsonParser::readPadded(QIODevice &device, qint64 size)
{
    if (size < 0 || size > qint64(1) << 31)
        return std::unexpected(u"is too large to read (%1 bytes)"_s.arg(size));
    QByteArray buffer;
    try {
        buffer.reserve(qsizetype(size) + paddingBytes());
        buffer.resize(qsizetype(size));
    } catch (const std::bad_alloc &) {
        return std::unexpected(u"is too large to read into memory (%1 MB)"_s.arg(size >> 20));
    }
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device.read(buffer.data() + done, size - done);
        if (n <= 0)
            return std::unexpected(u"could not be read (%1)"_s.arg(device.errorString()));
        done += n;
    }
    return buffer;
}

std::expected<ChargingHistory, QString> ChargingJsonParser::parse(const QByteArray &input, const Options &options)
{
    try {
        return parseDocument(input, options);
    } catch (const std::bad_alloc &) {
        return std::unexpected(u"is too large to read into memory (%1 MB)"_s.arg(input.size() >> 20));
    }
}

std::expected<ChargingHistory, QString> ChargingJsonParser::parseDocument(const QByteArray &input, const Options &options)
{
    if (input.size() > ReadLimits::maxJsonBytes)
        return std::unexpected(u"is %1 MB: far more than any CarData export, which may be %2 MB at most; it was not "
                               "read"_s.arg(input.size() >> 20).arg(ReadLimits::maxJsonBytes >> 20));
    // Encoding first: the commonest "wrong file" is UTF-16 from an editor,
    // with a byte order mark or without (every other byte zero).
    if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF")
        || (input.size() >= 2 && (input.at(0) == 0) != (input.at(1) == 0)))
        return std::unexpected(u"is UTF-16 text; a CarData export is UTF-8 JSON"_s);
    if (input.startsWith("PK\x03\x04") || input.startsWith("PK\x05\x06"))
        return std::unexpected(u"is a ZIP archive, not JSON: rename it to .zip to import it"_s);
    qsizetype offset = input.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (offset < input.size() && std::isspace(static_cast<unsigned char>(input.at(offset))))
        ++offset;
    if (offset >= input.size())
        return std::unexpected(u"is empty"_s);
    const char first = input.at(offset);
    if (first != '[' && first != '{') {
        const std::string_view rest(input.constData() + offset, size_t(input.size() - offset));
        if (isJsonScalar(rest))
            return std::unexpected(u"is a single JSON value (%1), not a list of charging sessions"_s.arg(
                quoted(rest, 20).simplified()));
        return std::unexpected(u"is not JSON (it starts with \"%1\")"_s.arg(quoted(rest, 12).simplified()));
    }
    // Nothing here recurses, but no export nests deeper than a few levels;
    // a document that does is not one.
    if (ReadLimits::jsonNestingExceeded(QByteArrayView(input).sliced(offset)))
        return std::unexpected(u"is nested too deeply (more than %1 levels)"_s.arg(ReadLimits::maxNestingDepth));

    QByteArray padded;
    const QByteArray *source = &input;
    if (input.capacity() - input.size() < paddingBytes()) {
        padded.reserve(input.size() + paddingBytes());
        padded.append(input);
        source = &padded;
    }
    const simdjson::padded_string_view view(source->constData() + offset,
                                            size_t(source->size() - offset),
                                            size_t(source->capacity() - offset));

    thread_local od::parser parser;
    ChargingHistory history;
    try {
        od::document doc;
        check(parser.iterate(view).get(doc));
        od::json_type type = od::json_type::null;
        check(doc.type().get(type));
        od::array records;
        const bool topLevelArray = type == od::json_type::array;
        if (type == od::json_type::object) {
            od::object top;
            check(doc.get_object().get(top));
            int dataFields = 0;
            bool isSession = false;
            for (auto field : top) {
                std::string_view key;
                check(field.unescaped_key().get(key));
                dataFields += key == "data";
                isSession |= key == "startTime" || key == "endTime" || key == "displayedStartSoc" || key == "displayedSoc";
            }
            if (dataFields > 1)
                return std::unexpected(u"has two \"data\" lists; which one holds the sessions cannot be told"_s);
            const bool hasData = dataFields > 0;
            doc.rewind();
            check(doc.get_object().get(top));
            if (!hasData && isSession) {
                // One session on its own, not in a list (saved so by tools
                // that export a single charge): a history of one record.
                readRecord(top, 0, options, history);
                history.records = 1;
                const char *rest = nullptr;
                if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
                    return std::unexpected(u"is not valid JSON: unexpected content after the charging session"_s);
                qCDebug(lcParse) << "parsed a single session," << history.rejections.size() << "rejected";
                return history;
            }
            od::value data;
            const auto error = top.find_field_unordered("data").get(data);
            if (error == simdjson::NO_SUCH_FIELD)
                return std::unexpected(u"is a JSON object without a \"data\" array; expected a list of charging sessions"_s);
            check(error);
            if (data.get_array().get(records))
                return std::unexpected(u"has a \"data\" field that is not a list of charging sessions"_s);
        } else if (type == od::json_type::array) {
            check(doc.get_array().get(records));
        } else {
            return std::unexpected(u"is not a list of charging sessions"_s);
        }

        qsizetype index = -1;
        for (auto element : records) {
            ++index;
            if (index >= ReadLimits::maxRecords)
                continue; // counted for the message, not read
            od::object record;
            const auto error = element.get_object().get(record);
            check(error);
            if (error) {
                history.rejections.append({index, u"record is not a JSON object"_s});
                continue;
            }
            readRecord(record, index, options, history);
        }
        history.records = index + 1;
        if (history.records > ReadLimits::maxRecords)
            return std::unexpected(u"holds %1 records, more than the %2 a charging history may hold (no car charges "
                                   "that often); it was not read"_s.arg(history.records).arg(ReadLimits::maxRecords));
        // Content after the top-level array (two documents glued together,
        // a half-overwritten file) means the file is not what it claims.
        const char *rest = nullptr;
        if (topLevelArray && doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
            return std::unexpected(u"is not valid JSON: unexpected content after the list of sessions"_s);
    } catch (const BrokenDocument &broken) {
        if (broken.code == simdjson::UTF8_ERROR)
            return std::unexpected(u"is not valid UTF-8 text; a CarData export is UTF-8 JSON"_s);
        if (broken.code == simdjson::MEMALLOC || broken.code == simdjson::CAPACITY)
            return std::unexpected(u"is too large to read into memory (%1 MB)"_s.arg(input.size() >> 20));
        if (const qsizetype nul = input.indexOf('\0'); nul >= 0)
            return std::unexpected(u"is not valid JSON: it holds a NUL byte (at byte %1)"_s.arg(nul));
        return std::unexpected(u"is not valid JSON (%1)"_s.arg(QString::fromUtf8(simdjson::error_message(broken.code))));
    }
    qCDebug(lcParse) << "parsed" << history.sessions.size() << "sessions," << history.rejections.size() << "rejected";
    return history;
}
