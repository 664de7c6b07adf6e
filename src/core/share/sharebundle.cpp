// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/share/sharebundle.h"

#include "core/model/batteryreading.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <simdjson.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ShareFormat {

QStringList sessionFields()
{
    return {u"day"_s,      u"mileage_km"_s, u"soc_start"_s, u"soc_end"_s,
            u"battery_kwh"_s, u"grid_kwh"_s,   u"kind"_s,      u"preconditioning"_s};
}

QStringList readingFields()
{
    return {u"day"_s, u"kind"_s, u"value"_s};
}

} // namespace ShareFormat

namespace {

// Ids are 128 bits of an HMAC, in hex.
bool isId(const QString &text)
{
    static const QRegularExpression hex(u"^[0-9a-f]{32}$"_s);
    return hex.match(text).hasMatch();
}

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

namespace dom = simdjson::dom;
// A value, or why there is none (a missing field, a row too short).
using Value = simdjson::simdjson_result<dom::element>;

QString textOf(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The reader of a bundle: every value checked, the first problem kept with
// where it is.
class Reader
{
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where.isEmpty() ? what : where + u": "_s + what;
        return false;
    }

    bool onlyKeys(dom::object o, const QStringList &allowed, const QString &where)
    {
        for (const dom::key_value_pair field : o) {
            const QString key = textOf(field.key);
            if (!allowed.contains(key))
                return fail(where, u"has a field this version does not know (\"%1\")"_s.arg(key.left(40)));
        }
        return true;
    }

    std::optional<QDate> day(Value v, const QString &where)
    {
        std::string_view text;
        const QDate d = v.get_string().get(text) ? QDate() : QDate::fromString(textOf(text), Qt::ISODate);
        if (text.size() != 10 || !d.isValid() || d.year() < 2000 || d.year() > 2200) {
            fail(where, u"has no valid day (YYYY-MM-DD)"_s);
            return std::nullopt;
        }
        return d;
    }

    // A number in [low, high], or null where `nullable`.
    bool number(Value v, double low, double high, bool nullable, const QString &where, const QString &field,
                std::optional<double> &out)
    {
        if (v.is_null() && nullable) {
            out.reset();
            return true;
        }
        double d = 0;
        if (!v.is_number() || v.get_double().get(d) || !std::isfinite(d) || d < low || d > high)
            return fail(where, u"%1 is not a number from %2 to %3"_s.arg(field).arg(low).arg(high));
        out = d;
        return true;
    }

    bool text(Value v, const QString &where, const QString &field, QString &out)
    {
        if (v.is_null()) {
            out.clear();
            return true;
        }
        std::string_view t; // (a missing field is no text either)
        if (v.get_string().get(t) || textOf(t).size() > 256)
            return fail(where, u"%1 is not a text of at most 256 characters"_s.arg(field));
        out = textOf(t);
        return true;
    }

    // A row of `width` values that starts with its day.
    std::optional<dom::array> row(Value v, qsizetype width, const QString &where, QDate &dayOut)
    {
        dom::array values;
        if (v.get_array().get(values) || qsizetype(values.size()) != width) {
            fail(where, u"is not a row of %1 values"_s.arg(width));
            return std::nullopt;
        }
        const auto d = day(values.at(0), where);
        if (!d)
            return std::nullopt;
        dayOut = *d;
        return values;
    }

    bool session(Value v, const QString &where, SharedSession &s)
    {
        const auto values = row(v, ShareFormat::sessionFields().size(), where, s.day);
        if (!values)
            return false;
        const auto at = [&values](size_t i) { return values->at(i); };
        std::optional<double> socStart, socEnd;
        if (!number(at(1), 0, 2'000'000, true, where, u"mileage_km"_s, s.mileageKm)
            || !number(at(2), 0, 100, false, where, u"soc_start"_s, socStart)
            || !number(at(3), 0, 100, false, where, u"soc_end"_s, socEnd)
            || !number(at(4), 0, 1000, true, where, u"battery_kwh"_s, s.batteryKwh)
            || !number(at(5), 0, 1000, true, where, u"grid_kwh"_s, s.gridKwh))
            return false;
        s.socStart = *socStart;
        s.socEnd = *socEnd;
        if (s.mileageKm && std::fmod(*s.mileageKm, ShareFormat::mileageStepKm) != 0)
            return fail(where, u"mileage_km is not rounded to 100 km"_s);
        std::string_view kind;
        if (!at(6).is_null()
            && (at(6).get_string().get(kind) || !(kind == "ac_low" || kind == "ac" || kind == "dc")))
            return fail(where, u"kind is none of ac_low, ac, dc"_s);
        s.kind = textOf(kind);
        bool preconditioning = false;
        if (at(7).is_null())
            s.preconditioning.reset();
        else if (!at(7).get_bool().get(preconditioning))
            s.preconditioning = preconditioning;
        else
            return fail(where, u"preconditioning is not true, false or null"_s);
        return true;
    }

    bool reading(Value v, const QString &where, SharedReading &r)
    {
        const auto values = row(v, ShareFormat::readingFields().size(), where, r.day);
        if (!values)
            return false;
        std::string_view kind;
        if (values->at(1).get_string().get(kind) || !batteryReadingKindFromName(textOf(kind)))
            return fail(where, u"kind is not a battery reading this version knows"_s);
        r.kind = textOf(kind);
        std::optional<double> value;
        if (!number(values->at(2), 0, 1000, false, where, u"value"_s, value))
            return false;
        r.value = *value;
        return true;
    }

    bool vehicle(Value v, const QString &where, SharedVehicle &out)
    {
        dom::object o;
        if (v.get_object().get(o))
            return fail(where, u"is not an object"_s);
        if (!onlyKeys(o, {u"id"_s, u"model"_s, u"drive_train"_s, u"capacity_new_kwh"_s, u"sessions"_s, u"readings"_s}, where))
            return false;
        std::string_view id;
        out.id = o["id"].get_string().get(id) ? QString() : textOf(id);
        if (!isId(out.id))
            return fail(where, u"has no valid id"_s);
        if (!text(o["model"], where, u"model"_s, out.model)
            || !text(o["drive_train"], where, u"drive_train"_s, out.driveTrain)
            || !number(o["capacity_new_kwh"], 1, 300, true, where, u"capacity_new_kwh"_s, out.capacityNewKwh))
            return false;
        dom::array sessions, readings;
        if (o["sessions"].get_array().get(sessions) || o["readings"].get_array().get(readings))
            return fail(where, u"has no lists of sessions and readings"_s);
        out.sessions.resize(qsizetype(sessions.size()));
        qsizetype i = 0;
        for (dom::element s : sessions) {
            if (!session(Value(std::move(s)), u"%1, session %2"_s.arg(where).arg(i), out.sessions[i]))
                return false;
            ++i;
        }
        out.readings.resize(qsizetype(readings.size()));
        i = 0;
        for (dom::element r : readings) {
            if (!reading(Value(std::move(r)), u"%1, reading %2"_s.arg(where).arg(i), out.readings[i]))
                return false;
            ++i;
        }
        return true;
    }
};

} // namespace

namespace {

// The bundle's JSON, written as it goes: a 1,000-car bundle is 300,000
// rows, which a JSON tree would hold several times over.
class Writer
{
public:
    QByteArray out;

    Writer &raw(QByteArrayView text)
    {
        out.append(text);
        return *this;
    }
    Writer &number(double d)
    {
        // Whole numbers without a fraction or exponent; others shortest.
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15)
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return *this;
    }
    Writer &number(const std::optional<double> &d) { return d ? number(*d) : raw("null"); }
    // Energies to the Wh the store keeps them in.
    Writer &energy(const std::optional<double> &kwh)
    {
        return kwh ? number(std::round(*kwh * 1000) / 1000) : raw("null");
    }
    Writer &text(const QString &t)
    {
        out.append('"');
        for (const char c : t.toUtf8()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (uchar(c) < 0x20) {
                out.append("\\u00").append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        return *this;
    }
    Writer &textOrNull(const QString &t) { return t.isEmpty() ? raw("null") : text(t); }
    Writer &names(const QStringList &list)
    {
        raw("[");
        for (qsizetype i = 0; i < list.size(); ++i)
            (i ? raw(",") : *this).text(list.at(i));
        return raw("]");
    }
    Writer &session(const SharedSession &s)
    {
        raw("[").text(dayText(s.day)).raw(",").number(s.mileageKm).raw(",").number(s.socStart).raw(",").number(s.socEnd);
        raw(",").energy(s.batteryKwh).raw(",").energy(s.gridKwh).raw(",").textOrNull(s.kind).raw(",");
        return raw(s.preconditioning ? (*s.preconditioning ? "true" : "false") : "null").raw("]");
    }
};

} // namespace

qsizetype ShareBundle::sessionCount() const
{
    qsizetype n = 0;
    for (const SharedVehicle &v : vehicles)
        n += v.sessions.size();
    return n;
}

qsizetype ShareBundle::readingCount() const
{
    qsizetype n = 0;
    for (const SharedVehicle &v : vehicles)
        n += v.readings.size();
    return n;
}

QString ShareBundle::sampleSessionRow() const
{
    for (const SharedVehicle &v : vehicles) {
        if (!v.sessions.isEmpty()) {
            Writer w;
            w.session(v.sessions.first());
            return QString::fromUtf8(w.out);
        }
    }
    return {};
}

QByteArray ShareBundle::toJson() const
{
    // Keys in the order of their names, as the format describes them.
    Writer w;
    w.out.reserve(64 + sessionCount() * 56 + vehicles.size() * 200);
    w.raw("{\"created\":").text(dayText(created));
    w.raw(",\"format\":").text(QString::fromLatin1(ShareFormat::formatName));
    w.raw(",\"reading_fields\":").names(ShareFormat::readingFields());
    w.raw(",\"session_fields\":").names(ShareFormat::sessionFields());
    w.raw(",\"source\":").text(source);
    w.raw(",\"version\":").number(ShareFormat::version);
    w.raw(",\"vehicles\":[");
    for (qsizetype i = 0; i < vehicles.size(); ++i) {
        const SharedVehicle &v = vehicles.at(i);
        w.raw(i ? ",{" : "{").raw("\"capacity_new_kwh\":").number(v.capacityNewKwh);
        w.raw(",\"drive_train\":").textOrNull(v.driveTrain);
        w.raw(",\"id\":").text(v.id);
        w.raw(",\"model\":").textOrNull(v.model);
        w.raw(",\"readings\":[");
        for (qsizetype r = 0; r < v.readings.size(); ++r) {
            const SharedReading &reading = v.readings.at(r);
            w.raw(r ? ",[" : "[").text(dayText(reading.day)).raw(",").text(reading.kind).raw(",").number(reading.value).raw("]");
        }
        w.raw("],\"sessions\":[");
        for (qsizetype n = 0; n < v.sessions.size(); ++n)
            (n ? w.raw(",") : w).session(v.sessions.at(n));
        w.raw("]}");
    }
    w.raw("]}\n");
    return std::move(w.out);
}

std::expected<ShareBundle, QString> ShareBundle::parse(const QByteArray &json)
{
    // simdjson's DOM: a tape a few times the bundle's size, where Qt's JSON
    // tree took over ten (and four times the time).
    dom::parser parser;
    dom::element document;
    if (const auto error = parser.parse(json.constData(), size_t(json.size())).get(document))
        return std::unexpected(u"is damaged: not valid JSON (%1)"_s.arg(QString::fromUtf8(simdjson::error_message(error))));
    dom::object root;
    std::string_view format;
    if (document.get_object().get(root) || root["format"].get_string().get(format) || format != ShareFormat::formatName)
        return std::unexpected(u"is not a CarData Battery Health sharing bundle"_s);
    int64_t version = 0;
    if (root["version"].get_int64().get(version) || version < 1)
        return std::unexpected(u"is damaged: it has no valid format version"_s);
    if (version > ShareFormat::version)
        return std::unexpected(u"was written by a newer version of CarData Battery Health (bundle format %1; this "
                               "version reads up to %2): update the app to import it"_s
                                   .arg(version)
                                   .arg(ShareFormat::version));
    Reader reader;
    const auto damaged = [&reader] { return std::unexpected(QString(u"is damaged: "_s + reader.error)); };
    if (!reader.onlyKeys(root, {u"format"_s, u"version"_s, u"source"_s, u"created"_s, u"session_fields"_s,
                                u"reading_fields"_s, u"vehicles"_s}, QString()))
        return damaged();
    ShareBundle bundle;
    std::string_view source;
    bundle.source = root["source"].get_string().get(source) ? QString() : textOf(source);
    if (!isId(bundle.source))
        return std::unexpected(u"is damaged: it has no valid source id"_s);
    const auto day = reader.day(root["created"], u"created"_s);
    if (!day)
        return damaged();
    bundle.created = *day;
    const auto names = [&root](const char *key) {
        QStringList list;
        dom::array array;
        if (root[key].get_array().get(array))
            return QStringList{u"(none)"_s};
        for (const dom::element e : array) {
            std::string_view name;
            list.append(e.get_string().get(name) ? u"(not a name)"_s : textOf(name));
        }
        return list;
    };
    if (names("session_fields") != ShareFormat::sessionFields() || names("reading_fields") != ShareFormat::readingFields())
        return std::unexpected(u"is damaged: its session or reading fields are not those of format %1"_s.arg(ShareFormat::version));
    dom::array vehicles;
    if (root["vehicles"].get_array().get(vehicles))
        return std::unexpected(u"is damaged: it has no list of vehicles"_s);
    bundle.vehicles.resize(qsizetype(vehicles.size()));
    QSet<QString> ids;
    qsizetype i = 0;
    for (dom::element v : vehicles) {
        if (!reader.vehicle(Value(std::move(v)), u"vehicle %1"_s.arg(i), bundle.vehicles[i]))
            return damaged();
        if (ids.contains(bundle.vehicles[i].id))
            return std::unexpected(u"is damaged: vehicle %1 has the id of an earlier one"_s.arg(i));
        ids.insert(bundle.vehicles[i].id);
        ++i;
    }
    return bundle;
}
