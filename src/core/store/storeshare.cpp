// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Vehicles shared by other owners (docs/sharing.md): which bundle id a
// shared vehicle came under, from which source, and how new its data is.
#include "core/store/sqlvalues.h"
#include "core/store/store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSql;

std::expected<std::optional<Store::SharedVehicleRecord>, QString> Store::sharedVehicle(const QString &shareId)
{
    auto query = run(m_db, u"SELECT key, shared_at FROM vehicles WHERE share_id = ?"_s, {shareId},
                     u"cannot look up a shared vehicle"_s);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<SharedVehicleRecord>();
    return SharedVehicleRecord{query->value(0).toString(), query->value(1).toLongLong()};
}

std::expected<void, QString> Store::markShared(const QString &key, const QString &shareId, const QString &source,
                                               qint64 sharedAt)
{
    auto query = run(m_db, u"UPDATE vehicles SET share_id = ?, share_source = ?, shared_at = ? WHERE key = ?"_s,
                     {shareId, source, sharedAt, key}, u"cannot mark a shared vehicle"_s);
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return std::unexpected(u"cannot mark a shared vehicle: no vehicle %1"_s.arg(key));
    return {};
}

namespace {

std::expected<QStringList, QString> keys(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values, u"cannot read the vehicles"_s);
    if (!query)
        return std::unexpected(query.error());
    QStringList result;
    while (query->next())
        result.append(query->value(0).toString());
    return result;
}

} // namespace

std::expected<QStringList, QString> Store::ownVehicleKeys()
{
    return keys(m_db, u"SELECT key FROM vehicles WHERE share_id IS NULL ORDER BY key"_s, {});
}

std::expected<QStringList, QString> Store::sharedVehiclesOf(const QString &source)
{
    return keys(m_db, u"SELECT key FROM vehicles WHERE share_source = ? ORDER BY key"_s, {source});
}
