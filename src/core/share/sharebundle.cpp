// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/share/sharebundle.h"

#include "core/model/batteryreading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

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

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

// Energies to the Wh the store keeps them in.
QJsonValue energy(const std::optional<double> &kwh)
{
    return kwh ? QJsonValue(std::round(*kwh * 1000) / 1000) : QJsonValue(QJsonValue::Null);
}

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

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

    bool onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &where)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(where, u"has a field this version does not know (\"%1\")"_s.arg(it.key().left(40)));
        }
        return true;
    }

    std::optional<QDate> day(const QJsonValue &v, const QString &where)
    {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || v.toString().size() != 10 || !d.isValid() || d.year() < 2000 || d.year() > 2200) {
            fail(where, u"has no valid day (YYYY-MM-DD)"_s);
            return std::nullopt;
        }
        return d;
    }

    // A number in [low, high], or null where `nullable`.
    bool number(const QJsonValue &v, double low, double high, bool nullable, const QString &where, const QString &field,
                std::optional<double> &out)
    {
        if (v.isNull() && nullable) {
            out.reset();
            return true;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
            return fail(where, u"%1 is not a number from %2 to %3"_s.arg(field).arg(low).arg(high));
        out = v.toDouble();
        return true;
    }

    bool text(const QJsonValue &v, const QString &where, const QString &field, QString &out)
    {
        if (v.isNull()) {
            out.clear();
            return true;
        }
        if (!v.isString() || v.toString().size() > 256)
            return fail(where, u"%1 is not a text of at most 256 characters"_s.arg(field));
        out = v.toString();
        return true;
    }

    // A row of `width` values that starts with its day.
    std::optional<QJsonArray> row(const QJsonValue &v, qsizetype width, const QString &where, QDate &dayOut)
    {
        if (!v.isArray() || v.toArray().size() != width) {
            fail(where, u"is not a row of %1 values"_s.arg(width));
            return std::nullopt;
        }
        const QJsonArray values = v.toArray();
        const auto d = day(values.at(0), where);
        if (!d)
            return std::nullopt;
        dayOut = *d;
        return values;
    }

    bool session(const QJsonValue &v, const QString &where, SharedSession &s)
    {
        const auto values = row(v, ShareFormat::sessionFields().size(), where, s.day);
        if (!values)
            return false;
        const QJsonArray &row = *values;
        std::optional<double> socStart, socEnd;
        if (!number(row.at(1), 0, 2'000'000, true, where, u"mileage_km"_s, s.mileageKm)
            || !number(row.at(2), 0, 100, false, where, u"soc_start"_s, socStart)
            || !number(row.at(3), 0, 100, false, where, u"soc_end"_s, socEnd)
            || !number(row.at(4), 0, 1000, true, where, u"battery_kwh"_s, s.batteryKwh)
            || !number(row.at(5), 0, 1000, true, where, u"grid_kwh"_s, s.gridKwh))
            return false;
        s.socStart = *socStart;
        s.socEnd = *socEnd;
        if (s.mileageKm && std::fmod(*s.mileageKm, ShareFormat::mileageStepKm) != 0)
            return fail(where, u"mileage_km is not rounded to 100 km"_s);
        if (!row.at(6).isNull() && !(row.at(6).isString() && QStringList{u"ac_low"_s, u"ac"_s, u"dc"_s}.contains(row.at(6).toString())))
            return fail(where, u"kind is none of ac_low, ac, dc"_s);
        s.kind = row.at(6).toString();
        if (row.at(7).isNull())
            s.preconditioning.reset();
        else if (row.at(7).isBool())
            s.preconditioning = row.at(7).toBool();
        else
            return fail(where, u"preconditioning is not true, false or null"_s);
        return true;
    }

    bool reading(const QJsonValue &v, const QString &where, SharedReading &r)
    {
        const auto values = row(v, ShareFormat::readingFields().size(), where, r.day);
        if (!values)
            return false;
        const QJsonArray &row = *values;
        if (!row.at(1).isString() || !batteryReadingKindFromName(row.at(1).toString()))
            return fail(where, u"kind is not a battery reading this version knows"_s);
        r.kind = row.at(1).toString();
        std::optional<double> value;
        if (!number(row.at(2), 0, 1000, false, where, u"value"_s, value))
            return false;
        r.value = *value;
        return true;
    }

    bool vehicle(const QJsonValue &v, const QString &where, SharedVehicle &out)
    {
        if (!v.isObject())
            return fail(where, u"is not an object"_s);
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, {u"id"_s, u"model"_s, u"drive_train"_s, u"capacity_new_kwh"_s, u"sessions"_s, u"readings"_s}, where))
            return false;
        out.id = o.value(u"id"_s).toString();
        if (!isId(out.id))
            return fail(where, u"has no valid id"_s);
        if (!text(o.value(u"model"_s), where, u"model"_s, out.model)
            || !text(o.value(u"drive_train"_s), where, u"drive_train"_s, out.driveTrain)
            || !number(o.value(u"capacity_new_kwh"_s), 1, 300, true, where, u"capacity_new_kwh"_s, out.capacityNewKwh))
            return false;
        if (!o.value(u"sessions"_s).isArray() || !o.value(u"readings"_s).isArray())
            return fail(where, u"has no lists of sessions and readings"_s);
        const QJsonArray sessions = o.value(u"sessions"_s).toArray();
        out.sessions.resize(sessions.size());
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            if (!session(sessions.at(i), u"%1, session %2"_s.arg(where).arg(i), out.sessions[i]))
                return false;
        }
        const QJsonArray readings = o.value(u"readings"_s).toArray();
        out.readings.resize(readings.size());
        for (qsizetype i = 0; i < readings.size(); ++i) {
            if (!reading(readings.at(i), u"%1, reading %2"_s.arg(where).arg(i), out.readings[i]))
                return false;
        }
        return true;
    }
};

} // namespace

namespace {

QJsonArray sessionRow(const SharedSession &s)
{
    return QJsonArray{dayText(s.day), orNull(s.mileageKm), s.socStart, s.socEnd, energy(s.batteryKwh), energy(s.gridKwh),
                      s.kind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.kind),
                      s.preconditioning ? QJsonValue(*s.preconditioning) : QJsonValue(QJsonValue::Null)};
}

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
            // QJsonDocument writes arrays only inside a document: cut its brackets.
            const QByteArray doc = QJsonDocument(QJsonArray{sessionRow(v.sessions.first())}).toJson(QJsonDocument::Compact);
            return QString::fromUtf8(doc.mid(1, doc.size() - 2));
        }
    }
    return {};
}

QByteArray ShareBundle::toJson() const
{
    QJsonArray vehicleArray;
    for (const SharedVehicle &v : vehicles) {
        QJsonArray sessionRows;
        for (const SharedSession &s : v.sessions)
            sessionRows.append(sessionRow(s));
        QJsonArray readingRows;
        for (const SharedReading &r : v.readings)
            readingRows.append(QJsonArray{dayText(r.day), r.kind, r.value});
        vehicleArray.append(QJsonObject{
            {u"id"_s, v.id},
            {u"model"_s, v.model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.model)},
            {u"drive_train"_s, v.driveTrain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.driveTrain)},
            {u"capacity_new_kwh"_s, orNull(v.capacityNewKwh)},
            {u"sessions"_s, sessionRows},
            {u"readings"_s, readingRows},
        });
    }
    const QJsonObject root{
        {u"format"_s, QString::fromLatin1(ShareFormat::formatName)},
        {u"version"_s, ShareFormat::version},
        {u"source"_s, source},
        {u"created"_s, dayText(created)},
        {u"session_fields"_s, QJsonArray::fromStringList(ShareFormat::sessionFields())},
        {u"reading_fields"_s, QJsonArray::fromStringList(ShareFormat::readingFields())},
        {u"vehicles"_s, vehicleArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

bool ShareBundle::looksLikeBundle(QByteArrayView head)
{
    return head.contains(QByteArrayView(ShareFormat::formatName));
}

std::expected<ShareBundle, QString> ShareBundle::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(u"is damaged: not valid JSON at byte %1 (%2)"_s.arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != QLatin1StringView(ShareFormat::formatName))
        return std::unexpected(u"is not a CarData Battery Health sharing bundle"_s);
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != std::trunc(version.toDouble()) || version.toDouble() < 1)
        return std::unexpected(u"is damaged: it has no valid format version"_s);
    if (version.toDouble() > ShareFormat::version)
        return std::unexpected(u"was written by a newer version of CarData Battery Health (bundle format %1; this "
                               "version reads up to %2): update the app to import it"_s
                                   .arg(version.toInteger())
                                   .arg(ShareFormat::version));
    Reader reader;
    const auto damaged = [&reader] { return std::unexpected(QString(u"is damaged: "_s + reader.error)); };
    if (!reader.onlyKeys(root, {u"format"_s, u"version"_s, u"source"_s, u"created"_s, u"session_fields"_s,
                                u"reading_fields"_s, u"vehicles"_s}, QString()))
        return damaged();
    ShareBundle bundle;
    bundle.source = root.value(u"source"_s).toString();
    if (!isId(bundle.source))
        return std::unexpected(u"is damaged: it has no valid source id"_s);
    const auto created = reader.day(root.value(u"created"_s), u"created"_s);
    if (!created)
        return damaged();
    bundle.created = *created;
    if (root.value(u"session_fields"_s).toVariant().toStringList() != ShareFormat::sessionFields()
        || root.value(u"reading_fields"_s).toVariant().toStringList() != ShareFormat::readingFields())
        return std::unexpected(u"is damaged: its session or reading fields are not those of format %1"_s.arg(ShareFormat::version));
    if (!root.value(u"vehicles"_s).isArray())
        return std::unexpected(u"is damaged: it has no list of vehicles"_s);
    const QJsonArray vehicles = root.value(u"vehicles"_s).toArray();
    bundle.vehicles.resize(vehicles.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < vehicles.size(); ++i) {
        if (!reader.vehicle(vehicles.at(i), u"vehicle %1"_s.arg(i), bundle.vehicles[i]))
            return damaged();
        if (ids.contains(bundle.vehicles[i].id))
            return std::unexpected(u"is damaged: vehicle %1 has the id of an earlier one"_s.arg(i));
        ids.insert(bundle.vehicles[i].id);
    }
    return bundle;
}
