// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One of the store's frequent statements (a session or point write, the
// estimator's reads), prepared on its first use and kept, on either
// backend: through SQLite's C API for the local file (no QVariant per
// value: ~1.7x on large imports), through the Qt driver for a server.
// Internal to src/core/store.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <expected>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace StoreSql {

enum class ColumnType { Null, Integer, Real, Text, Other };

class Statement
{
public:
    Statement() = default;
    ~Statement() { finalize(); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Prepares `sql` on the first call (on `lite` when it is set, else on
    // `db`); later calls keep what was prepared. `sql` numbers its
    // parameters as ?1, ?2, … (one may appear several times); for a
    // server they become $1, $2, ….
    std::expected<void, QString> prepare(const char *sql, sqlite3 *lite, const QSqlDatabase &db);
    bool prepared() const { return m_stmt || m_query; }
    void finalize();

    // Parameters, numbered from 1 as in the SQL.
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, const QString &text); // empty: NULL
    void bindOptional(int index, const std::optional<qint64> &value);
    void bindOptional(int index, const std::optional<double> &value);

    // A write: runs to the end. The number of rows it changed is changes().
    std::expected<void, QString> exec();
    int changes() const { return m_changes; }
    // A read: select(), then next() until it says false, then error().
    std::expected<void, QString> select();
    bool next();
    QString error() const { return m_error; }
    // Ready for the next binding; call after every exec or read.
    void reset();

    // The current row's columns, numbered from 0.
    ColumnType type(int column) const;
    bool isNull(int column) const { return type(column) == ColumnType::Null; }
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;

private:
    void setValue(int index, const QVariant &value); // a server's parameter
    sqlite3 *m_lite = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query;
    QVariantList m_values;
    QString m_error;
    int m_changes = 0;
};

// The statements a Store keeps for its connection's life.
struct KeptStatements
{
    Statement upsertSession;
    Statement storedSessions;
    Statement deletePoints;
    Statement upsertPoint;
    Statement storedPoints;
    Statement healthSessions;
    Statement capacityPoints;
};

// A read through a kept statement: binds, steps to the end mapping each
// row, resets.
template<typename T, typename Bind, typename Map>
std::expected<QList<T>, QString> readAll(Statement &stmt, const char *sql, sqlite3 *lite, const QSqlDatabase &db,
                                         const QString &failure, Bind bind, Map map)
{
    if (auto prepared = stmt.prepare(sql, lite, db); !prepared)
        return std::unexpected(failure + QStringLiteral(": ") + prepared.error());
    bind(stmt);
    QList<T> result;
    if (auto selected = stmt.select(); !selected) {
        stmt.reset();
        return std::unexpected(failure + QStringLiteral(": ") + selected.error());
    }
    while (stmt.next())
        result.append(map(stmt));
    const QString error = stmt.error();
    stmt.reset();
    if (!error.isEmpty())
        return std::unexpected(failure + QStringLiteral(": ") + error);
    return result;
}

} // namespace StoreSql
