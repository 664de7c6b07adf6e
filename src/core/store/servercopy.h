// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The server's fast write path: rows go to the server in one COPY (libpq,
// on the Qt driver's own connection, so inside its transaction) into a
// temporary table, and from there into their table in one statement,
// instead of one round trip per row. Internal to src/core/store.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <expected>
#include <optional>

namespace StoreSql {

// Rows in COPY's text format: tab between fields, \N for NULL.
class CopyRows
{
public:
    void integer(qint64 value);
    void real(double value);
    void text(const QString &value); // empty: NULL
    void null();
    void optional(const std::optional<qint64> &value);
    void optional(const std::optional<double> &value);
    void endRow();
    qsizetype rows() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    const QByteArray &data() const { return m_data; }

private:
    void separate();
    QByteArray m_data;
    qsizetype m_rows = 0;
    bool m_rowStarted = false;
};

// Copies `rows` (of `columns`, comma-separated) into the connection's
// temporary table `temp`, made LIKE `table` when missing, emptied before.
std::expected<void, QString> copyIntoTemp(const QSqlDatabase &db, const QString &temp, const QString &table,
                                          const QString &columns, const CopyRows &rows);

} // namespace StoreSql
