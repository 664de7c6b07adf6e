// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Moving a database between backends (the local file and a team's server):
// every table copied in key order, in chunks that commit as they go, so that
// an interrupted copy resumes where it stopped; verified by counts and a
// checksum of the content that both backends compute alike.
#include "core/store/store.h"

#include "core/store/servercopy.h"
#include "core/store/sqlvalues.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

struct CopiedTable
{
    const char *name;
    const char *key; // its primary key, the order rows are copied and summed in
};

// In the order their references need.
constexpr CopiedTable copiedTables[] = {
    {"vehicles", "id"},
    {"uploads", "id"},
    {"upload_vehicles", "upload_id, vehicle_id"},
    {"sessions", "vehicle_id, start_time"},
    {"battery_readings", "vehicle_id, kind, read_at"},
    {"battery_health", "vehicle_id"},
    {"capacity_points", "vehicle_id, start_time"},
    {"vehicle_efficiency", "vehicle_id, charging_kind"},
    {"health_trends", "vehicle_id, axis"},
};

constexpr int copyChunk = 50000;

// A value as both backends give it back: a whole number the same whether
// it was kept as an integer or as a REAL, other numbers in their shortest
// exact form, text as it is.
QByteArray canonical(const QVariant &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (const auto whole = wholeNumber(d))
            return QByteArray::number(*whole);
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QByteArray::number(value.toLongLong());
    default:
        return value.toString().toUtf8();
    }
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    columns.sort(); // the same order on both backends, whatever the tables' own
    return columns;
}

} // namespace

std::expected<QList<Store::TableSummary>, QString> Store::contentSummary()
{
    QList<TableSummary> out;
    for (const CopiedTable &t : copiedTables) {
        const QString table = QString::fromLatin1(t.name);
        const QStringList columns = columnsOf(m_db, table);
        if (columns.isEmpty())
            return std::unexpected(u"cannot read the table %1 of %2"_s.arg(table, databasePath()));
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns.join(u", "_s), table, QString::fromLatin1(t.key))))
            return std::unexpected(u"cannot read the table %1: %2"_s.arg(table, lastError(query)));
        TableSummary summary{table, 0, {}};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (query.next()) {
            ++summary.rows;
            for (int i = 0; i < columns.size(); ++i) {
                hash.addData(canonical(query.value(i)));
                hash.addData(QByteArrayView(i + 1 < columns.size() ? "\t" : "\n"));
            }
        }
        if (query.lastError().isValid())
            return std::unexpected(u"cannot read the table %1: %2"_s.arg(table, lastError(query)));
        summary.checksum = hash.result().toHex();
        out.append(summary);
    }
    return out;
}

std::expected<void, QString> Store::copyInto(Store &target, const std::function<void(const QString &, qint64)> &progress)
{
    if (auto writable = target.checkWritable(); !writable)
        return writable;
    for (const CopiedTable &t : copiedTables) {
        const QString table = QString::fromLatin1(t.name);
        const QStringList columns = columnsOf(m_db, table);
        if (columns != columnsOf(target.m_db, table))
            return std::unexpected(u"the table %1 has other columns in %2 than in %3"_s.arg(table, databasePath(),
                                                                                           target.databasePath()));
        const QString names = columns.join(u", "_s);
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(names, table, QString::fromLatin1(t.key))))
            return std::unexpected(u"cannot read the table %1: %2"_s.arg(table, lastError(read)));
        // A row already there (a copy that was interrupted) is left as it is.
        const QString temp = u"copied_rows_"_s + table;
        const QString insert = u"INSERT INTO %1 (%2) %3 ON CONFLICT DO NOTHING"_s.arg(
            table, names,
            target.onServer() ? u"SELECT %1 FROM %2"_s.arg(names, temp)
                              : u"VALUES (%1)"_s.arg(QStringList(columns.size(), u"?"_s).join(u", "_s)));
        qint64 done = 0;
        bool more = read.next();
        while (more) {
            auto transaction = target.begin();
            if (!transaction)
                return std::unexpected(transaction.error());
            CopyRows rows;
            QSqlQuery write(target.m_db);
            if (!target.onServer() && !write.prepare(insert))
                return std::unexpected(u"cannot copy the table %1: %2"_s.arg(table, lastError(write)));
            for (int n = 0; more && n < copyChunk; ++n, more = read.next()) {
                for (int i = 0; i < columns.size(); ++i) {
                    const QVariant value = read.value(i);
                    if (target.onServer()) {
                        if (value.isNull())
                            rows.null();
                        else if (value.typeId() == QMetaType::Double) {
                            // A whole number kept as REAL (SQLite's column of
                            // Wh renamed from kWh) goes into a BIGINT as one.
                            if (const auto whole = wholeNumber(value.toDouble()))
                                rows.integer(*whole);
                            else
                                rows.real(value.toDouble());
                        }
                        else if (value.typeId() == QMetaType::QString)
                            rows.text(value.toString());
                        else
                            rows.integer(value.toLongLong());
                    } else {
                        write.bindValue(i, value);
                    }
                }
                if (target.onServer()) {
                    rows.endRow();
                } else if (!write.exec()) {
                    return std::unexpected(u"cannot copy the table %1: %2"_s.arg(table, lastError(write)));
                }
                ++done;
            }
            if (read.lastError().isValid())
                return std::unexpected(u"cannot read the table %1: %2"_s.arg(table, lastError(read)));
            if (target.onServer() && !rows.isEmpty()) {
                if (auto copied = copyIntoTemp(target.m_db, temp, table, names, rows); !copied)
                    return std::unexpected(u"cannot copy the table %1: %2"_s.arg(table, copied.error()));
                if (!write.exec(insert))
                    return std::unexpected(u"cannot copy the table %1: %2"_s.arg(table, lastError(write)));
            }
            write.finish();
            if (auto committed = transaction->commit(); !committed)
                return std::unexpected(u"cannot copy the table %1: %2"_s.arg(table, committed.error()));
            if (progress)
                progress(table, done);
        }
    }
    // A server hands out the next ids after those copied.
    if (target.onServer()) {
        QSqlQuery query(target.m_db);
        for (const char *table : {"vehicles", "uploads"}) {
            if (!query.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM %1"_s
                                .arg(QString::fromLatin1(table))))
                return std::unexpected(u"cannot set the next id of %1: %2"_s.arg(QString::fromLatin1(table), lastError(query)));
        }
    }
    return {};
}

// The mark of an unfinished copy: a table of its own, made and dropped in
// the target (both backends take the same statements).
std::expected<QString, QString> Store::copySource()
{
    auto rows = StoreSql::rows<QString>(m_db, u"SELECT source FROM copy_in_progress"_s, {}, u"cannot read the copy's mark"_s,
                                        [](const QSqlQuery &q) -> std::optional<QString> { return q.value(0).toString(); });
    if (!rows)
        return QString(); // no such table: no copy under way
    return rows->value(0);
}

std::expected<void, QString> Store::setCopySource(const QString &source)
{
    QSqlQuery query(m_db);
    if (source.isEmpty()) {
        if (!query.exec(u"DROP TABLE IF EXISTS copy_in_progress"_s))
            return std::unexpected(u"cannot clear the copy's mark: %1"_s.arg(lastError(query)));
        return {};
    }
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS copy_in_progress (source TEXT NOT NULL)"_s)
        || !query.exec(u"DELETE FROM copy_in_progress"_s))
        return std::unexpected(u"cannot mark the copy: %1"_s.arg(lastError(query)));
    query.finish();
    if (auto marked = run(m_db, u"INSERT INTO copy_in_progress (source) VALUES (?)"_s, {source}, u"cannot mark the copy"_s);
        !marked)
        return std::unexpected(marked.error());
    return {};
}
