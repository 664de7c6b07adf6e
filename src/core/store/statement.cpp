// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/statement.h"

#include "core/store/sqlvalues.h"

#include <sqlite3.h>

namespace StoreSql {

namespace {

// ?7 -> $7: the server's numbered parameters.
QString serverParameters(const char *sql)
{
    QString out = QString::fromUtf8(sql);
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out.at(i) == u'?' && out.at(i + 1).isDigit())
            out[i] = u'$';
    }
    return out;
}

QString liteError(sqlite3 *db)
{
    return explained(QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

std::expected<void, QString> Statement::prepare(const char *sql, sqlite3 *lite, const QSqlDatabase &db)
{
    if (m_stmt || m_query)
        return {};
    if (lite) {
        if (sqlite3_prepare_v3(lite, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            m_stmt = nullptr;
            return std::unexpected(liteError(lite));
        }
        m_lite = lite;
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(serverParameters(sql)))
        return std::unexpected(lastError(query));
    m_query.emplace(std::move(query));
    return {};
}

void Statement::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_lite = nullptr;
    m_query.reset();
    m_values.clear();
}

void Statement::setValue(int index, const QVariant &value)
{
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
}

void Statement::bindNull(int index)
{
    if (m_stmt) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    setValue(index, QVariant());
}

void Statement::bindInt(int index, qint64 value)
{
    if (m_stmt) {
        sqlite3_bind_int64(m_stmt, index, value);
        return;
    }
    setValue(index, QVariant(value));
}

void Statement::bindReal(int index, double value)
{
    if (m_stmt) {
        sqlite3_bind_double(m_stmt, index, value);
        return;
    }
    setValue(index, QVariant(value));
}

void Statement::bindText(int index, const QString &text)
{
    if (text.isEmpty()) {
        bindNull(index);
        return;
    }
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    setValue(index, QVariant(text));
}

void Statement::bindOptional(int index, const std::optional<qint64> &value)
{
    if (value)
        bindInt(index, *value);
    else
        bindNull(index);
}

void Statement::bindOptional(int index, const std::optional<double> &value)
{
    if (value)
        bindReal(index, *value);
    else
        bindNull(index);
}

std::expected<void, QString> Statement::select()
{
    m_error.clear();
    if (m_stmt)
        return {};
    if (!m_query)
        return std::unexpected(QStringLiteral("the statement is not prepared"));
    for (qsizetype i = 0; i < m_values.size(); ++i)
        m_query->bindValue(int(i), m_values.at(i));
    if (!m_query->exec())
        return std::unexpected(lastError(*m_query));
    return {};
}

bool Statement::next()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = liteError(m_lite);
        return false;
    }
    if (!m_query || m_query->next())
        return m_query.has_value();
    if (m_query->lastError().isValid())
        m_error = lastError(*m_query);
    return false;
}

std::expected<void, QString> Statement::exec()
{
    m_changes = 0;
    if (auto selected = select(); !selected)
        return selected;
    if (m_stmt) {
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            return std::unexpected(liteError(m_lite));
        m_changes = sqlite3_changes(m_lite);
        return {};
    }
    m_changes = m_query->numRowsAffected();
    return {};
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return;
    }
    if (m_query)
        m_query->finish();
    m_values.clear();
}

ColumnType Statement::type(int column) const
{
    if (m_stmt) {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL:
            return ColumnType::Null;
        case SQLITE_INTEGER:
            return ColumnType::Integer;
        case SQLITE_FLOAT:
            return ColumnType::Real;
        case SQLITE_TEXT:
            return ColumnType::Text;
        default:
            return ColumnType::Other;
        }
    }
    const QVariant value = m_query->value(column);
    if (value.isNull())
        return ColumnType::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return ColumnType::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return ColumnType::Real;
    case QMetaType::QString:
        return ColumnType::Text;
    default:
        return ColumnType::Other;
    }
}

qint64 Statement::integer(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : m_query->value(column).toDouble();
}

QString Statement::text(int column) const
{
    if (m_stmt) {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    return m_query->value(column).toString();
}

} // namespace StoreSql
