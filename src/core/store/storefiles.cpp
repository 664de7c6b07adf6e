// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The store's side of an import: vehicles, sessions, KeyList readings and
// the record of which file was imported, one transaction per file.
#include "core/store/store.h"

#include "core/privacy/vin.h"

#include "core/model/logging.h"

#include "core/store/sqlvalues.h"
#include "core/store/servercopy.h"
#include "core/store/statement.h"

#include <QDateTime>
#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

// A new session is inserted; a known one (an overlapping export) is
// merged: fill what was missing, prefer what the newer file says, and never
// let an absent value erase one we had (exports since mid-2025 lack
// battery-side energy). The WHERE skips the write when
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
    "WHERE s.end_time IS DISTINCT FROM ?3 OR s.soc_start IS DISTINCT FROM ?4 OR s.soc_end IS DISTINCT FROM ?5 "
    "OR s.energy_grid_wh IS DISTINCT FROM COALESCE(?6, s.energy_grid_wh) "
    "OR s.energy_battery_wh IS DISTINCT FROM COALESCE(?7, s.energy_battery_wh) "
    "OR s.mileage_km IS DISTINCT FROM COALESCE(?8, s.mileage_km) "
    "OR s.charging_duration_s IS DISTINCT FROM COALESCE(?9, s.charging_duration_s) "
    "OR s.avg_power_w IS DISTINCT FROM COALESCE(?10, s.avg_power_w) OR s.max_power_w IS DISTINCT FROM COALESCE(?11, s.max_power_w) "
    "OR s.charging_kind IS DISTINCT FROM COALESCE(?12, s.charging_kind) OR s.provider IS DISTINCT FROM COALESCE(?13, s.provider) "
    "OR s.cost_cents IS DISTINCT FROM COALESCE(?14, s.cost_cents) OR s.currency IS DISTINCT FROM COALESCE(?15, s.currency) "
    "OR s.preconditioning IS DISTINCT FROM COALESCE(?16, s.preconditioning)";

// A re-estimate mostly finds the points it had (an overlapping export, a
// vehicle left pending): those rows are left as they are.
constexpr const char *upsertPointSql =
    "INSERT INTO capacity_points AS p (vehicle_id, start_time, mileage_km, capacity_wh, sigma_wh, delta_soc, derived, "
    "outlier, charging_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (vehicle_id, start_time) DO UPDATE SET mileage_km = ?3, capacity_wh = ?4, sigma_wh = ?5, "
    "delta_soc = ?6, derived = ?7, outlier = ?8, charging_kind = ?9 "
    "WHERE p.mileage_km IS DISTINCT FROM ?3 OR p.capacity_wh IS DISTINCT FROM ?4 OR p.sigma_wh IS DISTINCT FROM ?5 OR p.delta_soc IS DISTINCT FROM ?6 "
    "OR p.derived IS DISTINCT FROM ?7 OR p.outlier IS DISTINCT FROM ?8 OR p.charging_kind IS DISTINCT FROM ?9";

constexpr const char *deletePointsSql = "DELETE FROM capacity_points WHERE vehicle_id = ?1";

// A session as its row holds it (whole Wh, W and cents; an absent text as
// NULL), so that what the upsert would store can be worked out without it.
struct SessionRow
{
    qint64 startTime = 0;
    qint64 endTime = 0;
    double socStart = 0;
    double socEnd = 0;
    std::optional<qint64> gridWh;
    std::optional<qint64> batteryWh;
    std::optional<double> mileageKm;
    std::optional<qint64> durationS;
    std::optional<qint64> avgPowerW;
    std::optional<qint64> maxPowerW;
    std::optional<QString> kind;
    std::optional<QString> provider;
    std::optional<qint64> costCents;
    std::optional<QString> currency;
    std::optional<qint64> preconditioning;

    static SessionRow of(const ChargingSession &s)
    {
        const auto scaled = [](const std::optional<double> &value, double scale) -> std::optional<qint64> {
            if (value && std::isfinite(*value))
                return std::llround(*value * scale);
            return std::nullopt;
        };
        const auto text = [](const QString &t) { return t.isEmpty() ? std::nullopt : std::optional<QString>(t); };
        SessionRow r;
        r.startTime = s.startTime;
        r.endTime = s.endTime;
        r.socStart = s.socStart;
        r.socEnd = s.socEnd;
        r.gridWh = scaled(s.energyGridKwh, perKilo);
        r.batteryWh = scaled(s.energyBatteryKwh, perKilo);
        if (s.mileageKm && !std::isnan(*s.mileageKm))
            r.mileageKm = s.mileageKm;
        r.durationS = s.chargingDurationSec;
        r.avgPowerW = scaled(s.avgPowerKw, perKilo);
        r.maxPowerW = scaled(s.maxPowerKw, perKilo);
        r.kind = text(chargingKindName(s.kind));
        r.provider = text(Vin::redacted(s.provider)); // free text: a VIN typed into it is masked
        r.costCents = scaled(s.cost, perHundredth);
        r.currency = text(s.currency);
        if (s.preconditioning)
            r.preconditioning = *s.preconditioning ? 1 : 0;
        return r;
    }

    // nullopt when a stored value is not of the kind this row holds (a
    // fraction where whole units belong): then only the upsert can say
    // what changes.
    static std::optional<SessionRow> read(const Statement &q)
    {
        bool exact = true;
        const auto whole = [&](int column) -> std::optional<qint64> {
            switch (q.type(column)) {
            case ColumnType::Null:
                return std::nullopt;
            case ColumnType::Integer:
                return q.integer(column);
            case ColumnType::Real: // a column declared REAL before whole units
                if (const auto whole = wholeNumber(q.real(column)))
                    return whole;
                break;
            default:
                break;
            }
            exact = false;
            return std::nullopt;
        };
        const auto real = [&](int column) -> std::optional<double> {
            const ColumnType type = q.type(column);
            if (type == ColumnType::Null)
                return std::nullopt;
            if (type != ColumnType::Real && type != ColumnType::Integer)
                exact = false;
            return q.real(column);
        };
        const auto text = [&](int column) -> std::optional<QString> {
            const ColumnType type = q.type(column);
            if (type == ColumnType::Null)
                return std::nullopt;
            if (type != ColumnType::Text)
                exact = false;
            return q.text(column);
        };
        SessionRow r;
        r.startTime = q.integer(0);
        const auto end = whole(1);
        const auto socStart = real(2);
        const auto socEnd = real(3);
        if (!end || !socStart || !socEnd)
            return std::nullopt;
        r.endTime = *end;
        r.socStart = *socStart;
        r.socEnd = *socEnd;
        r.gridWh = whole(4);
        r.batteryWh = whole(5);
        r.mileageKm = real(6);
        r.durationS = whole(7);
        r.avgPowerW = whole(8);
        r.maxPowerW = whole(9);
        r.kind = text(10);
        r.provider = text(11);
        r.costCents = whole(12);
        r.currency = text(13);
        r.preconditioning = whole(14);
        return exact ? std::optional(r) : std::nullopt;
    }

    // What the upsert stores when this newer row meets the stored one:
    // times and SoC from the newer; elsewhere what it has, else what was.
    SessionRow mergedOnto(const SessionRow &stored) const
    {
        SessionRow m = *this;
        const auto keep = [](auto &mine, const auto &theirs) {
            if (!mine)
                mine = theirs;
        };
        keep(m.gridWh, stored.gridWh);
        keep(m.batteryWh, stored.batteryWh);
        keep(m.mileageKm, stored.mileageKm);
        keep(m.durationS, stored.durationS);
        keep(m.avgPowerW, stored.avgPowerW);
        keep(m.maxPowerW, stored.maxPowerW);
        keep(m.kind, stored.kind);
        keep(m.provider, stored.provider);
        keep(m.costCents, stored.costCents);
        keep(m.currency, stored.currency);
        keep(m.preconditioning, stored.preconditioning);
        return m;
    }

    void bind(Statement &stmt, qint64 vehicleId) const
    {
        stmt.bindInt(1, vehicleId);
        stmt.bindInt(2, startTime);
        stmt.bindInt(3, endTime);
        stmt.bindReal(4, socStart);
        stmt.bindReal(5, socEnd);
        stmt.bindOptional(6, gridWh);
        stmt.bindOptional(7, batteryWh);
        stmt.bindOptional(8, mileageKm);
        stmt.bindOptional(9, durationS);
        stmt.bindOptional(10, avgPowerW);
        stmt.bindOptional(11, maxPowerW);
        stmt.bindText(12, kind.value_or(QString()));
        stmt.bindText(13, provider.value_or(QString()));
        stmt.bindOptional(14, costCents);
        stmt.bindText(15, currency.value_or(QString()));
        stmt.bindOptional(16, preconditioning);
    }

    // The same, as a row for the server's COPY (sessionColumns).
    void copy(CopyRows &out, qint64 vehicleId) const
    {
        out.integer(vehicleId);
        out.integer(startTime);
        out.integer(endTime);
        out.real(socStart);
        out.real(socEnd);
        out.optional(gridWh);
        out.optional(batteryWh);
        out.optional(mileageKm);
        out.optional(durationS);
        out.optional(avgPowerW);
        out.optional(maxPowerW);
        out.text(kind.value_or(QString()));
        out.text(provider.value_or(QString()));
        out.optional(costCents);
        out.text(currency.value_or(QString()));
        out.optional(preconditioning);
        out.endRow();
    }

    bool operator==(const SessionRow &) const = default;
};

const QString sessionColumns = u"vehicle_id, start_time, end_time, soc_start, soc_end, energy_grid_wh, "
                               "energy_battery_wh, mileage_km, charging_duration_s, avg_power_w, max_power_w, "
                               "charging_kind, provider, cost_cents, currency, preconditioning"_s;

// The server's merge of copied sessions: the rows were merged with what was
// read, and COALESCE keeps what another member stored meanwhile.
const QString mergeCopiedSessionsSql =
    u"INSERT INTO sessions AS s ("_s + sessionColumns + u") SELECT "_s + sessionColumns
    + u" FROM copied_sessions ON CONFLICT (vehicle_id, start_time) DO UPDATE SET end_time = excluded.end_time, "
      "soc_start = excluded.soc_start, soc_end = excluded.soc_end, "
      "energy_grid_wh = COALESCE(excluded.energy_grid_wh, s.energy_grid_wh), "
      "energy_battery_wh = COALESCE(excluded.energy_battery_wh, s.energy_battery_wh), "
      "mileage_km = COALESCE(excluded.mileage_km, s.mileage_km), "
      "charging_duration_s = COALESCE(excluded.charging_duration_s, s.charging_duration_s), "
      "avg_power_w = COALESCE(excluded.avg_power_w, s.avg_power_w), "
      "max_power_w = COALESCE(excluded.max_power_w, s.max_power_w), "
      "charging_kind = COALESCE(excluded.charging_kind, s.charging_kind), "
      "provider = COALESCE(excluded.provider, s.provider), cost_cents = COALESCE(excluded.cost_cents, s.cost_cents), "
      "currency = COALESCE(excluded.currency, s.currency), "
      "preconditioning = COALESCE(excluded.preconditioning, s.preconditioning)"_s;

constexpr const char *storedSessionsSql =
    "SELECT start_time, end_time, soc_start, soc_end, energy_grid_wh, energy_battery_wh, mileage_km, "
    "charging_duration_s, avg_power_w, max_power_w, charging_kind, provider, cost_cents, currency, preconditioning "
    "FROM sessions WHERE vehicle_id = ?1 AND start_time BETWEEN ?2 AND ?3";

} // namespace

std::expected<void, QString> Store::prepareStatements()
{
    // The session write is the one hot path, and writing the estimator's
    // points (one row per session) the next: prepared once, kept.
    for (const auto &[stmt, sql] : {std::pair{&m_hot->upsertSession, upsertSessionSql},
                                    std::pair{&m_hot->deletePoints, deletePointsSql},
                                    std::pair{&m_hot->upsertPoint, upsertPointSql}}) {
        if (auto prepared = stmt->prepare(sql, m_handle, m_db); !prepared)
            return std::unexpected(u"Cannot prepare the session and capacity-point statements: %1"_s.arg(prepared.error()));
    }
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
    auto inserted = runKept(u"INSERT INTO vehicles (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s,
                         {write.vehicleKey, QDateTime::currentSecsSinceEpoch()});
    if (!inserted)
        return std::unexpected(inserted.error());
    if ((*inserted)->numRowsAffected() > 0)
        result.changed = true; // a vehicle first seen
    auto found = runKept(u"SELECT id, model, model_source FROM vehicles WHERE key = ?"_s, {write.vehicleKey});
    if (!found)
        return std::unexpected(found.error());
    QSqlQuery &query = **found;
    if (!query.next())
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
        if (auto updated = runKept(u"UPDATE vehicles SET model = ?, model_source = ? WHERE id = ?"_s, {newModel, newSource, id});
            !updated)
            return std::unexpected(updated.error());
        model = newModel;
        result.changed = true; // its model's prior applies from now on
    }
    if (write.keyList && !write.keyList->driveTrain.isEmpty()) {
        // Free text, as the model.
        if (auto updated = runKept(u"UPDATE vehicles SET drive_train = ? WHERE id = ?"_s,
                                {Vin::redacted(write.keyList->driveTrain), id});
            !updated)
            return std::unexpected(updated.error());
    }
    result.model = model;
    return id;
}

std::expected<void, QString> Store::writeSessions(qint64 vehicleId, const ChargingHistory &history,
                                                  VehicleWriteResult &result, const std::atomic_bool *cancel,
                                                  bool &cancelled)
{
    if (history.sessions.isEmpty())
        return {};
    // The stored sessions in the file's time range, read in one query: a
    // known session whose merge would change nothing (most of a newer,
    // overlapping export) costs no statement of its own. A session not
    // stored is new; one stored (or met earlier in this file) is known.
    qint64 from = history.sessions.first().startTime;
    qint64 to = from;
    for (const ChargingSession &session : history.sessions) {
        from = std::min(from, session.startTime);
        to = std::max(to, session.startTime);
    }
    using StoredRow = std::pair<qint64, std::optional<SessionRow>>;
    const auto rows = readAll<StoredRow>(
        m_hot->storedSessions, storedSessionsSql, m_handle, m_db, u"cannot read the stored sessions"_s,
        [vehicleId, from, to](Statement &q) {
            q.bindInt(1, vehicleId);
            q.bindInt(2, from);
            q.bindInt(3, to);
        },
        [](const Statement &q) { return StoredRow(q.integer(0), SessionRow::read(q)); });
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, std::optional<SessionRow>> stored;
    stored.reserve(rows->size());
    for (const StoredRow &row : *rows)
        stored.insert(row.first, row.second);

    qsizetype done = 0;
    int written = 0;
    // On a server the rows to write are gathered (each start once, as the
    // merges in order leave it) and sent in one COPY.
    QHash<qint64, SessionRow> toCopy;
    QList<qint64> copyOrder;
    for (const ChargingSession &session : history.sessions) {
        if (cancel && (++done % 1024) == 0 && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return {};
        }
        const SessionRow row = SessionRow::of(session);
        const auto known = stored.find(row.startTime);
        std::optional<SessionRow> after = row;
        if (known == stored.end()) {
            ++result.sessionsNew;
        } else {
            ++result.sessionsDuplicate;
            if (*known) {
                after = row.mergedOnto(**known);
                if (*after == **known)
                    continue; // the merge would change nothing
            } else {
                after.reset(); // only the database can merge this one
            }
        }
        if (onServer() && after) {
            if (!toCopy.contains(row.startTime))
                copyOrder.append(row.startTime);
            toCopy.insert(row.startTime, *after);
            stored.insert(row.startTime, after);
            continue;
        }
        Statement &upsert = m_hot->upsertSession;
        row.bind(upsert, vehicleId);
        const auto done = upsert.exec();
        upsert.reset();
        if (!done)
            return std::unexpected(u"cannot store session %1: %2"_s.arg(session.startTime).arg(done.error()));
        written += upsert.changes();
        stored.insert(row.startTime, after);
    }
    if (!toCopy.isEmpty()) {
        CopyRows rows;
        for (const qint64 start : std::as_const(copyOrder))
            toCopy.value(start).copy(rows, vehicleId);
        if (auto copied = copyIntoTemp(m_db, u"copied_sessions"_s, u"sessions"_s, sessionColumns, rows); !copied)
            return std::unexpected(u"cannot store the sessions: %1"_s.arg(copied.error()));
        if (auto merged = runKept(mergeCopiedSessionsSql, {}); !merged)
            return std::unexpected(u"cannot store the sessions: %1"_s.arg(merged.error()));
        written += int(rows.rows());
    }
    result.changed = result.changed || written > 0;
    return {};
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

std::expected<bool, QString> Store::recordUpload(const UploadRecord &upload, const QList<VehicleWriteResult> &results,
                                                 const QList<qint64> &vehicleIds)
{
    int sessionsNew = 0;
    int sessionsDuplicate = 0;
    for (const VehicleWriteResult &r : results) {
        sessionsNew += r.sessionsNew;
        sessionsDuplicate += r.sessionsDuplicate;
    }
    // A file another writer stored meanwhile (a team member importing the
    // same export at the same moment) conflicts here: nothing is returned.
    auto kept = keptQuery(u"INSERT INTO uploads (content_hash, kind, bytes, imported_at, sessions_new, "
                          "sessions_duplicate, sessions_rejected) VALUES (?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (content_hash) DO NOTHING RETURNING id"_s);
    if (!kept)
        return std::unexpected(u"cannot record the upload: %1"_s.arg(kept.error()));
    QSqlQuery &query = **kept;
    query.addBindValue(QString::fromLatin1(upload.contentHash));
    query.addBindValue(upload.kind);
    query.addBindValue(upload.bytes);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(sessionsNew);
    query.addBindValue(sessionsDuplicate);
    query.addBindValue(upload.sessionsRejected);
    if (!query.exec())
        return std::unexpected(u"cannot record the upload: %1"_s.arg(lastError(query)));
    if (!query.next()) {
        const QString error = query.lastError().isValid() ? lastError(query) : QString();
        query.finish();
        if (!error.isEmpty())
            return std::unexpected(u"cannot record the upload: %1"_s.arg(error));
        return false;
    }
    const qint64 uploadId = query.value(0).toLongLong();
    query.finish();
    const QString sql = u"INSERT INTO upload_vehicles (upload_id, vehicle_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s;
    for (qint64 vehicleId : vehicleIds) {
        if (auto linked = runKept(sql, {uploadId, vehicleId}); !linked)
            return std::unexpected(u"cannot record the upload: %1"_s.arg(linked.error()));
    }
    return true;
}

std::expected<QList<VehicleWriteResult>, WriteFailure> Store::writeFile(const UploadRecord &upload,
                                                                         const QList<VehicleWrite> &vehicles,
                                                                         const std::atomic_bool *cancel)
{
    // On a server, members write at once: when the server picks this
    // file's transaction to undo a deadlock (or a serialization conflict),
    // it is rolled back whole and written again, up to three times.
    for (int attempt = 1;; ++attempt) {
        auto written = writeFileOnce(upload, vehicles, cancel);
        if (written || attempt == 3 || !onServer() || !isUndoneConflict(written.error().message))
            return written;
        qCWarning(lcStore).noquote() << "writing a file again after:" << written.error().message;
    }
}

std::expected<QList<VehicleWriteResult>, WriteFailure> Store::writeFileOnce(const UploadRecord &upload,
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
    const auto recorded = recordUpload(upload, results, vehicleIds);
    if (!recorded)
        return std::unexpected(WriteFailure{recorded.error()});
    if (!*recorded)
        return std::unexpected(WriteFailure{u"imported meanwhile by another process"_s, false, true});
    // The estimates of the vehicles whose data changed are out of date from
    // this commit on, until stored anew; what the vehicle list shows of
    // their sessions is brought up to date with them.
    for (qsizetype i = 0; i < vehicleIds.size(); ++i) {
        if (!results.at(i).changed)
            continue;
        const qint64 id = vehicleIds.at(i);
        auto marked = runKept(u"UPDATE vehicles SET estimate_stale = 1, "
                              "(session_count, first_session, last_session, max_mileage_km) = (SELECT COUNT(*), "
                              "MIN(start_time), MAX(start_time), MAX(mileage_km) FROM sessions s "
                              "WHERE s.vehicle_id = ?) WHERE id = ?"_s,
                              {id, id});
        if (!marked)
            return std::unexpected(WriteFailure{u"cannot mark the estimates out of date: %1"_s.arg(marked.error())});
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(WriteFailure{committed.error(), false, false, StoreTransaction::outcomeUnknown(committed.error())});
    return results;
}
