// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/servercopy.h"

#include "core/store/sqlvalues.h"

#include <QLocale>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace StoreSql {

void CopyRows::separate()
{
    if (m_rowStarted)
        m_data += '\t';
    m_rowStarted = true;
}

void CopyRows::integer(qint64 value)
{
    separate();
    m_data += QByteArray::number(value);
}

void CopyRows::real(double value)
{
    separate();
    // The shortest text that reads back as the same double.
    m_data += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void CopyRows::text(const QString &value)
{
    if (value.isEmpty()) {
        null();
        return;
    }
    separate();
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            m_data += "\\\\";
            break;
        case '\t':
            m_data += "\\t";
            break;
        case '\n':
            m_data += "\\n";
            break;
        case '\r':
            m_data += "\\r";
            break;
        default:
            m_data += c;
        }
    }
}

void CopyRows::null()
{
    separate();
    m_data += "\\N";
}

void CopyRows::optional(const std::optional<qint64> &value)
{
    if (value)
        integer(*value);
    else
        null();
}

void CopyRows::optional(const std::optional<double> &value)
{
    if (value)
        real(*value);
    else
        null();
}

void CopyRows::endRow()
{
    m_data += '\n';
    m_rowStarted = false;
    ++m_rows;
}

namespace {

// libpq's words, explained as the Qt driver's are (a lost connection, …).
QString serverError(const char *message)
{
    return explained(firstLineOfServerText(QString::fromUtf8(message)));
}

} // namespace

std::expected<void, QString> copyIntoTemp(const QSqlDatabase &db, const QString &temp, const QString &table,
                                          const QString &columns, const CopyRows &rows)
{
    const QVariant handle = db.driver()->handle();
    // libpq's PGconn is its struct pg_conn.
    if ((qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0) || !handle.data())
        return std::unexpected(u"the PostgreSQL driver does not expose its connection (%1)"_s.arg(QString::fromLatin1(handle.typeName())));
    PGconn *conn = *static_cast<PGconn *const *>(handle.data());

    // A temporary table lives as long as the connection, seen by it alone:
    // made on first use (again after a rollback undid that), emptied before
    // each (not at commit: a write outside a transaction commits the COPY
    // before the statement that reads it). Emptied by TRUNCATE: rows
    // deleted stay in a temporary table (no autovacuum reaches it), and
    // every later merge would read them all again (a 1M import took 146 s
    // instead of 37). One round trip: the last statement is the COPY.
    const QString ready = u"CREATE TEMP TABLE IF NOT EXISTS %1 (LIKE %2); TRUNCATE %1"_s.arg(temp, table);
    PGresult *started = PQexec(conn, (ready + u"; COPY %1 (%2) FROM STDIN"_s.arg(temp, columns)).toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return std::unexpected(serverError(PQerrorMessage(conn)));
    const QByteArray &data = rows.data();
    constexpr qsizetype chunk = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; at < data.size() && sent; at += chunk)
        sent = PQputCopyData(conn, data.constData() + at, int(std::min(chunk, data.size() - at))) == 1;
    if (PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent") != 1)
        return std::unexpected(serverError(PQerrorMessage(conn)));
    QString error;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = serverError(PQresultErrorMessage(result));
        PQclear(result);
    }
    if (!error.isEmpty())
        return std::unexpected(error);
    return {};
}

} // namespace StoreSql
