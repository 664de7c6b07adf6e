// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Conversions between the store's typed values and SQL, shared by the
// store's source files. Internal to src/core/store.

#include <QSqlError>
#include <QSqlQuery>
#include <QList>
#include <QString>
#include <QVariant>

#include <cmath>
#include <expected>
#include <optional>

namespace StoreSql {

inline std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

inline std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

inline double doubleOrNan(const QVariant &v)
{
    return v.isNull() ? NAN : v.toDouble();
}

// A double that holds a whole number exactly (as SQLite's REAL columns of
// whole Wh do), as that number.
inline std::optional<qint64> wholeNumber(double d)
{
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15)
        return qint64(d);
    return std::nullopt;
}

inline QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

inline QVariant nullableNumber(double v)
{
    return std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v);
}

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// SQLite's (or PostgreSQL's) own words ("database is locked", "disk I/O error"); Qt's text()
// appends its driver's ("Unable to fetch row"), which tells a person nothing.
// SQLite's words that mean a cause outside the program: what they mean for
// the person reading them, and whether every further write will fail the
// same way (the disk, the file or its permissions), so that an import
// stops instead of failing file after file.
struct SqliteMeaning
{
    const char16_t *words;
    const char16_t *meaning;
    bool stopsWriting;
};

inline const SqliteMeaning *sqliteMeaning(QStringView sqliteText)
{
    static constexpr SqliteMeaning meanings[] = {
        {u"database or disk is full", u"the disk is full: free some space and try again", true},
        {u"disk I/O error", u"the disk could not be written (full, removed or failing): check it and try again", true},
        {u"database disk image is malformed", u"the database file is damaged: move it aside and import the exports again", true},
        {u"file is not a database", u"the database file is damaged: move it aside and import the exports again", true},
        {u"attempt to write a readonly database", u"the database can only be read here (a read-only file, folder or disk)", true},
        {u"database is locked", u"another program kept the database busy for more than 10 seconds: try again when it has finished", false},
        {u"unable to open database file", u"check that the data folder exists and belongs to you", true},
        // A database server's (PostgreSQL's) words for a connection that went.
        {u"server closed the connection unexpectedly",
         u"the connection to the database server was lost: nothing of what was being written was kept; try again "
         "when the server is back", true},
        {u"terminating connection due to administrator command",
         u"the database server was shut down: nothing of what was being written was kept; try again when it is "
         "back", true},
        {u"no connection to the server",
         u"the connection to the database server was lost: try again when the server is back", true},
        {u"could not receive data from server",
         u"the connection to the database server was lost: nothing of what was being written was kept; try again "
         "when the server is back", true},
    };
    for (const SqliteMeaning &m : meanings) {
        if (sqliteText.contains(QStringView(m.words)))
            return &m;
    }
    return nullptr;
}

inline QString explained(const QString &sqliteText)
{
    if (const SqliteMeaning *m = sqliteMeaning(sqliteText))
        return sqliteText + u" (" + QStringView(m->meaning) + u')';
    return sqliteText;
}

// PostgreSQL's words come as "ERROR:  what\nDETAIL: …\nCONTEXT: …\n(code)":
// what matters is the first line, without its severity.
inline QString firstLineOfServerText(QString text)
{
    text = text.section(u'\n', 0, 0).trimmed();
    for (const QString &severity : {QStringLiteral("ERROR:"), QStringLiteral("FATAL:")}) {
        if (text.startsWith(severity))
            return text.mid(severity.size()).trimmed();
    }
    return text;
}

inline QString errorText(const QSqlError &error)
{
    const QString database = firstLineOfServerText(error.databaseText());
    return explained(database.isEmpty() ? error.text().trimmed() : database);
}

inline QString lastError(const QSqlQuery &query)
{
    return errorText(query.lastError());
}

// Prepares `sql`, binds `values` in order and runs it, forward only. On
// failure the message is "<failure>: <SQLite's words>", whichever step
// failed (a failed prepare must not show up as "Parameter count mismatch").
inline std::expected<QSqlQuery, QString> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                             const QString &failure)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::unexpected(failure + u": " + lastError(query));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(failure + u": " + lastError(query));
    return query;
}

// run(), then one value per row: `map` turns the current row into a T, or
// into nullopt for a row to leave out.
template<typename T, typename Map>
std::expected<QList<T>, QString> rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                                      const QString &failure, Map map)
{
    auto query = run(db, sql, values, failure);
    if (!query)
        return std::unexpected(query.error());
    QList<T> result;
    while (query->next()) {
        if (std::optional<T> row = map(*query))
            result.append(std::move(*row));
    }
    if (query->lastError().isValid())
        return std::unexpected(failure + u": " + lastError(*query));
    return result;
}

// An INSERT that replaces the row of the same key, in the SQL both
// backends speak: `columns` are all given, the first `keyColumns` of them
// are the key. The rows are the bound values, or those of the table `from`.
inline QString replacingInsert(const QString &table, const QStringList &columns, qsizetype keyColumns,
                               const QString &from = {})
{
    QStringList placeholders;
    QStringList updates;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        placeholders.append(QStringLiteral("?"));
        if (i >= keyColumns)
            updates.append(columns.at(i) + QStringLiteral(" = excluded.") + columns.at(i));
    }
    const QString names = columns.join(QStringLiteral(", "));
    const QString rows = from.isEmpty() ? QString(QStringLiteral("VALUES (") + placeholders.join(QStringLiteral(", ")) + u')')
                                        : QString(QStringLiteral("SELECT ") + names + QStringLiteral(" FROM ") + from);
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + names + QStringLiteral(") ") + rows
        + QStringLiteral(" ON CONFLICT (") + columns.mid(0, keyColumns).join(QStringLiteral(", "))
        + QStringLiteral(") DO UPDATE SET ") + updates.join(QStringLiteral(", "));
}

// Energies and capacities are kept in whole Wh, powers in W, costs in
// hundredths (schema 8): 2-3 bytes each on disk where a REAL with a
// fraction takes 8. Wh is finer than any export states an energy, or than
// any estimate could tell a capacity.
inline constexpr double perKilo = 1000.0;
inline constexpr double perHundredth = 100.0;

} // namespace StoreSql
