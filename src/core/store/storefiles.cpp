// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The store's side of an import: vehicles, sessions, KeyList readings and
// the record of which file was imported, one transaction per file.
#include "core/store/store.h"

#include "core/privacy/vin.h"

#include "core/store/sqlvalues.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// One statement per session: a new one is inserted; a known one (an
// overlapping export) is merged: fill what was missing, prefer what the
// newer file says, and never let an absent value erase one we had (exports
// since mid-2025 lack battery-side energy). The WHERE skips the write when
// the merge would change nothing, as for the overlap of a newer export.
constexpr const char *upsertSessionSql =
    "INSERT INTO sessions AS s (vehicle_id, start_time, end_time, soc_start, soc_end, energy_grid_wh, "
    "energy_battery_wh, mileage_km, charging_duration_s, avg_power_w, max_power_w, charging_kind, "
    "provider, cost_cents, currency, preconditioning) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
    "ON CONFLICT (vehicle_id, start_time) DO UPDATE SET end_time = ?3, soc_start = ?4, soc_end = ?5, "
    "energy_grid_wh = COALESCE(?6, s.energy_grid_wh), energy_battery_wh = COALESCE(?7, s.energy_battery_wh), "
    "mileage_km = COALESCE(?8, s.mileage_km), charging_duration_s = COALESCE(?9, s.charging_duration_s), "
    "avg_power_w = COALESCE(?10, s.avg_power_w), max_power_w = COALESCE(?11, s.max_power_w), "
    "charging_kind = COALESCE(?12, s.charging_kind), provider = COALESCE(?13, s.provider), "
    "cost_cents = COALESCE(?14, s.cost_cents), currency = COALESCE(?15, s.currency), "
    "preconditioning = COALESCE(?16, s.preconditioning) "
    "WHERE s.end_time IS NOT ?3 OR s.soc_start IS NOT ?4 OR s.soc_end IS NOT ?5 "
    "OR s.energy_grid_wh IS NOT COALESCE(?6, s.energy_grid_wh) "
    "OR s.energy_battery_wh IS NOT COALESCE(?7, s.energy_battery_wh) "
    "OR s.mileage_km IS NOT COALESCE(?8, s.mileage_km) "
    "OR s.charging_duration_s IS NOT COALESCE(?9, s.charging_duration_s) "
    "OR s.avg_power_w IS NOT COALESCE(?10, s.avg_power_w) OR s.max_power_w IS NOT COALESCE(?11, s.max_power_w) "
    "OR s.charging_kind IS NOT COALESCE(?12, s.charging_kind) OR s.provider IS NOT COALESCE(?13, s.provider) "
    "OR s.cost_cents IS NOT COALESCE(?14, s.cost_cents) OR s.currency IS NOT COALESCE(?15, s.currency) "
    "OR s.preconditioning IS NOT COALESCE(?16, s.preconditioning)";

// A re-estimate mostly finds the points it had (an overlapping export, a
// vehicle left pending): those rows are left as they are.
constexpr const char *upsertPointSql =
    "INSERT INTO capacity_points AS p (vehicle_id, start_time, mileage_km, capacity_wh, sigma_wh, delta_soc, derived, "
    "outlier, charging_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (vehicle_id, start_time) DO UPDATE SET mileage_km = ?3, capacity_wh = ?4, sigma_wh = ?5, "
    "delta_soc = ?6, derived = ?7, outlier = ?8, charging_kind = ?9 "
    "WHERE p.mileage_km IS NOT ?3 OR p.capacity_wh IS NOT ?4 OR p.sigma_wh IS NOT ?5 OR p.delta_soc IS NOT ?6 "
    "OR p.derived IS NOT ?7 OR p.outlier IS NOT ?8 OR p.charging_kind IS NOT ?9";

void bindSession(sqlite3_stmt *stmt, qint64 vehicleId, const ChargingSession &s)
{
    sqlite3_bind_int64(stmt, 1, vehicleId);
    sqlite3_bind_int64(stmt, 2, s.startTime);
    sqlite3_bind_int64(stmt, 3, s.endTime);
    sqlite3_bind_double(stmt, 4, s.socStart);
    sqlite3_bind_double(stmt, 5, s.socEnd);
    bindScaled(stmt, 6, s.energyGridKwh, perKilo);
    bindScaled(stmt, 7, s.energyBatteryKwh, perKilo);
    bindOptional(stmt, 8, s.mileageKm);
    if (s.chargingDurationSec)
        sqlite3_bind_int64(stmt, 9, *s.chargingDurationSec);
    else
        sqlite3_bind_null(stmt, 9);
    bindScaled(stmt, 10, s.avgPowerKw, perKilo);
    bindScaled(stmt, 11, s.maxPowerKw, perKilo);
    bindText(stmt, 12, chargingKindName(s.kind));
    bindText(stmt, 13, Vin::redacted(s.provider)); // free text: a VIN typed into it is masked
    bindScaled(stmt, 14, s.cost, perHundredth);
    bindText(stmt, 15, s.currency);
    if (s.preconditioning)
        sqlite3_bind_int(stmt, 16, *s.preconditioning ? 1 : 0);
    else
        sqlite3_bind_null(stmt, 16);
}

} // namespace

std::expected<void, QString> Store::prepareStatements()
{
    // The session write is the one hot path: the C API avoids QVariant
    // boxing per bound value, which costs ~1.7x on large imports.
    // So is writing the estimator's points: one row per session.
    if (sqlite3_prepare_v3(m_handle, upsertSessionSql, -1, SQLITE_PREPARE_PERSISTENT, &m_upsertSession, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle, "SELECT COUNT(*) FROM sessions WHERE vehicle_id = ?1", -1,
                              SQLITE_PREPARE_PERSISTENT, &m_countSessions, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle, "DELETE FROM capacity_points WHERE vehicle_id = ?1", -1, SQLITE_PREPARE_PERSISTENT,
                              &m_deletePoints, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle, upsertPointSql, -1, SQLITE_PREPARE_PERSISTENT, &m_upsertPoint, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle, "SELECT COUNT(*) FROM capacity_points WHERE vehicle_id = ?1", -1,
                              SQLITE_PREPARE_PERSISTENT, &m_countPoints, nullptr) != SQLITE_OK)
        return std::unexpected(u"Cannot prepare the session and capacity-point statements: %1"_s.arg(sqliteError()));
    return {};
}

std::expected<bool, QString> Store::hasUpload(const QByteArray &contentHash)
{
    auto q = run(m_db, u"SELECT 1 FROM uploads WHERE content_hash = ?"_s, {QString::fromLatin1(contentHash)},
                 u"cannot look up earlier imports"_s);
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}

std::expected<QStringList, QString> Store::vehiclesOfUpload(const QByteArray &contentHash)
{
    const auto row = [](const QSqlQuery &q) -> std::optional<QString> {
        return q.value(0).toString();
    };
    return rows<QString>(m_db,
                     u"SELECT v.key FROM uploads u JOIN upload_vehicles uv ON uv.upload_id = u.id "
                     "JOIN vehicles v ON v.id = uv.vehicle_id WHERE u.content_hash = ? ORDER BY v.key"_s,
                     {QString::fromLatin1(contentHash)}, u"cannot look up earlier imports"_s, row);
}

std::expected<qint64, QString> Store::ensureVehicle(const VehicleWrite &write, VehicleWriteResult &result)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO vehicles (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s))
        return std::unexpected(lastError(query));
    query.addBindValue(write.vehicleKey);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec())
        return std::unexpected(lastError(query));
    if (query.numRowsAffected() > 0)
        result.changed = true; // a vehicle first seen
    if (!query.prepare(u"SELECT id, model, model_source FROM vehicles WHERE key = ?"_s))
        return std::unexpected(lastError(query));
    query.addBindValue(write.vehicleKey);
    if (!query.exec() || !query.next())
        return std::unexpected(lastError(query));
    const qint64 id = query.value(0).toLongLong();
    QString model = query.value(1).toString();
    const QString source = query.value(2).toString();
    query.finish();

    // Model precedence: a choice the user made stays; otherwise the car's own
    // KeyList; the import's --model only fills a gap.
    QString newModel;
    QString newSource;
    // Free text, VIN-shaped strings masked.
    if (write.keyList && !write.keyList->modelName.isEmpty() && source != u"user") {
        newModel = Vin::redacted(write.keyList->modelName);
        newSource = u"keylist"_s;
    } else if (model.isEmpty() && !write.modelFallback.trimmed().isEmpty()) {
        newModel = Vin::redacted(write.modelFallback.simplified());
        newSource = u"user"_s;
    }
    if (!newModel.isEmpty() && (newModel != model || newSource != source)) {
        if (!query.prepare(u"UPDATE vehicles SET model = ?, model_source = ? WHERE id = ?"_s))
            return std::unexpected(lastError(query));
        query.addBindValue(newModel);
        query.addBindValue(newSource);
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(lastError(query));
        model = newModel;
        result.changed = true; // its model's prior applies from now on
    }
    if (write.keyList && !write.keyList->driveTrain.isEmpty()) {
        if (!query.prepare(u"UPDATE vehicles SET drive_train = ? WHERE id = ?"_s))
            return std::unexpected(lastError(query));
        query.addBindValue(Vin::redacted(write.keyList->driveTrain)); // free text, as the model
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(lastError(query));
    }
    result.model = model;
    return id;
}

std::expected<void, QString> Store::writeSessions(qint64 vehicleId, const ChargingHistory &history,
                                                  VehicleWriteResult &result, const std::atomic_bool *cancel,
                                                  bool &cancelled)
{
    // New and known sessions are told apart by the vehicle's count before
    // and after: one statement per session either way.
    auto before = countOf(m_countSessions, vehicleId);
    if (!before)
        return std::unexpected(u"cannot count the sessions: %1"_s.arg(before.error()));
    qsizetype done = 0;
    int written = 0;
    for (const ChargingSession &session : history.sessions) {
        if (cancel && (++done % 1024) == 0 && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return {};
        }
        sqlite3_reset(m_upsertSession);
        bindSession(m_upsertSession, vehicleId, session);
        if (sqlite3_step(m_upsertSession) != SQLITE_DONE)
            return std::unexpected(u"cannot store session %1: %2"_s.arg(session.startTime).arg(sqliteError()));
        written += sqlite3_changes(m_handle);
    }
    sqlite3_reset(m_upsertSession);
    auto after = countOf(m_countSessions, vehicleId);
    if (!after)
        return std::unexpected(u"cannot count the sessions: %1"_s.arg(after.error()));
    const int added = int(*after - *before);
    result.sessionsNew += added;
    result.sessionsDuplicate += int(history.sessions.size()) - added;
    result.changed = result.changed || written > 0;
    return {};
}

std::expected<qint64, QString> Store::countOf(sqlite3_stmt *count, qint64 vehicleId)
{
    sqlite3_reset(count);
    sqlite3_bind_int64(count, 1, vehicleId);
    if (sqlite3_step(count) != SQLITE_ROW) {
        const QString error = sqliteError();
        sqlite3_reset(count);
        return std::unexpected(error);
    }
    const qint64 n = sqlite3_column_int64(count, 0);
    sqlite3_reset(count);
    return n;
}

std::expected<void, QString> Store::writeReadings(qint64 vehicleId, const QList<BatteryReading> &readings)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO battery_readings (vehicle_id, kind, read_at, value) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (vehicle_id, kind, read_at) DO UPDATE SET value = excluded.value"_s))
        return std::unexpected(u"cannot store a battery reading: %1"_s.arg(lastError(query)));
    for (const BatteryReading &reading : readings) {
        query.addBindValue(vehicleId);
        query.addBindValue(batteryReadingKindName(reading.kind));
        query.addBindValue(reading.time);
        query.addBindValue(reading.value);
        if (!query.exec())
            return std::unexpected(u"cannot store a battery reading: %1"_s.arg(lastError(query)));
    }
    return {};
}

std::expected<void, QString> Store::recordUpload(const UploadRecord &upload, const QList<VehicleWriteResult> &results,
                                                 const QList<qint64> &vehicleIds)
{
    int sessionsNew = 0;
    int sessionsDuplicate = 0;
    for (const VehicleWriteResult &r : results) {
        sessionsNew += r.sessionsNew;
        sessionsDuplicate += r.sessionsDuplicate;
    }
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO uploads (content_hash, kind, bytes, imported_at, sessions_new, sessions_duplicate, "
                       "sessions_rejected) VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(u"cannot record the upload: %1"_s.arg(lastError(query)));
    query.addBindValue(QString::fromLatin1(upload.contentHash));
    query.addBindValue(upload.kind);
    query.addBindValue(upload.bytes);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(sessionsNew);
    query.addBindValue(sessionsDuplicate);
    query.addBindValue(upload.sessionsRejected);
    if (!query.exec())
        return std::unexpected(u"cannot record the upload: %1"_s.arg(lastError(query)));
    const qint64 uploadId = query.lastInsertId().toLongLong();
    if (!query.prepare(u"INSERT OR IGNORE INTO upload_vehicles (upload_id, vehicle_id) VALUES (?, ?)"_s))
        return std::unexpected(u"cannot record the upload: %1"_s.arg(lastError(query)));
    for (qint64 vehicleId : vehicleIds) {
        query.addBindValue(uploadId);
        query.addBindValue(vehicleId);
        if (!query.exec())
            return std::unexpected(u"cannot record the upload: %1"_s.arg(lastError(query)));
    }
    return {};
}

std::expected<QList<VehicleWriteResult>, WriteFailure> Store::writeFile(const UploadRecord &upload,
                                                                         const QList<VehicleWrite> &vehicles,
                                                                         const std::atomic_bool *cancel)
{
    auto transaction = begin();
    if (!transaction)
        return std::unexpected(WriteFailure{transaction.error()});
    // Another process may have stored this very file while it was read.
    auto known = hasUpload(upload.contentHash);
    if (!known)
        return std::unexpected(WriteFailure{known.error()});
    if (*known)
        return std::unexpected(WriteFailure{u"imported meanwhile by another process"_s, false, true});

    QList<VehicleWriteResult> results;
    QList<qint64> vehicleIds;
    for (const VehicleWrite &write : vehicles) {
        VehicleWriteResult result;
        result.vehicleKey = write.vehicleKey;
        auto id = ensureVehicle(write, result);
        if (!id)
            return std::unexpected(WriteFailure{u"cannot store the vehicle: %1"_s.arg(id.error())});
        if (write.history) {
            bool cancelled = false;
            if (auto written = writeSessions(*id, *write.history, result, cancel, cancelled); !written)
                return std::unexpected(WriteFailure{written.error()});
            if (cancelled)
                return std::unexpected(WriteFailure{u"import cancelled"_s, true});
        }
        if (write.keyList) {
            if (auto written = writeReadings(*id, write.keyList->readings); !written)
                return std::unexpected(WriteFailure{written.error()});
            result.changed = true; // its readings and model, taken as new
        }
        vehicleIds.append(*id);
        results.append(result);
    }
    if (auto recorded = recordUpload(upload, results, vehicleIds); !recorded)
        return std::unexpected(WriteFailure{recorded.error()});
    // The estimates of the vehicles whose data changed are out of date from
    // this commit on, until stored anew; what the vehicle list shows of
    // their sessions is brought up to date with them.
    for (qsizetype i = 0; i < vehicleIds.size(); ++i) {
        if (!results.at(i).changed)
            continue;
        const qint64 id = vehicleIds.at(i);
        auto marked = run(m_db,
                          u"UPDATE vehicles SET estimate_stale = 1, "
                          "(session_count, first_session, last_session, max_mileage_km) = (SELECT COUNT(*), "
                          "MIN(start_time), MAX(start_time), MAX(mileage_km) FROM sessions s WHERE s.vehicle_id = ?) "
                          "WHERE id = ?"_s,
                          {id, id}, u"cannot mark the estimates out of date"_s);
        if (!marked)
            return std::unexpected(WriteFailure{marked.error()});
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(WriteFailure{committed.error()});
    return results;
}
