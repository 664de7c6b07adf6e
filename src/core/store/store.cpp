#include "core/store/store.h"

#include "core/model/logging.h"
#include "core/store/storeschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QAtomicInteger<quint64> connectionCounter;

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString lastError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// Column order shared by the insert and the merge statement (?1..?16).
constexpr const char *insertSessionSql =
    "INSERT INTO sessions (vehicle_id, start_time, end_time, soc_start, soc_end, energy_grid_kwh, "
    "energy_battery_kwh, mileage_km, charging_duration_s, avg_power_kw, max_power_kw, charging_kind, "
    "provider, cost, currency, preconditioning) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
    "ON CONFLICT (vehicle_id, start_time) DO NOTHING";

// An overlapping export: fill what was missing, prefer what the newer file
// says, and never let an absent value erase one we had (exports since
// mid-2025 lack battery-side energy).
constexpr const char *mergeSessionSql =
    "UPDATE sessions SET end_time = ?3, soc_start = ?4, soc_end = ?5, "
    "energy_grid_kwh = COALESCE(?6, energy_grid_kwh), energy_battery_kwh = COALESCE(?7, energy_battery_kwh), "
    "mileage_km = COALESCE(?8, mileage_km), charging_duration_s = COALESCE(?9, charging_duration_s), "
    "avg_power_kw = COALESCE(?10, avg_power_kw), max_power_kw = COALESCE(?11, max_power_kw), "
    "charging_kind = COALESCE(?12, charging_kind), provider = COALESCE(?13, provider), "
    "cost = COALESCE(?14, cost), currency = COALESCE(?15, currency), "
    "preconditioning = COALESCE(?16, preconditioning) "
    "WHERE vehicle_id = ?1 AND start_time = ?2";

void bindOptional(sqlite3_stmt *stmt, int index, const std::optional<double> &value)
{
    if (value)
        sqlite3_bind_double(stmt, index, *value);
    else
        sqlite3_bind_null(stmt, index);
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindSession(sqlite3_stmt *stmt, qint64 vehicleId, const ChargingSession &s)
{
    sqlite3_bind_int64(stmt, 1, vehicleId);
    sqlite3_bind_int64(stmt, 2, s.startTime);
    sqlite3_bind_int64(stmt, 3, s.endTime);
    sqlite3_bind_double(stmt, 4, s.socStart);
    sqlite3_bind_double(stmt, 5, s.socEnd);
    bindOptional(stmt, 6, s.energyGridKwh);
    bindOptional(stmt, 7, s.energyBatteryKwh);
    bindOptional(stmt, 8, s.mileageKm);
    if (s.chargingDurationSec)
        sqlite3_bind_int64(stmt, 9, *s.chargingDurationSec);
    else
        sqlite3_bind_null(stmt, 9);
    bindOptional(stmt, 10, s.avgPowerKw);
    bindOptional(stmt, 11, s.maxPowerKw);
    bindText(stmt, 12, chargingKindName(s.kind));
    bindText(stmt, 13, s.provider);
    bindOptional(stmt, 14, s.cost);
    bindText(stmt, 15, s.currency);
    if (s.preconditioning)
        sqlite3_bind_int(stmt, 16, *s.preconditioning ? 1 : 0);
    else
        sqlite3_bind_null(stmt, 16);
}

// Rolls back unless committed; keeps every early return honest.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open || !m_db.commit())
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

std::expected<std::unique_ptr<Store>, QString> Store::open(const QString &dataDir)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return std::unexpected(u"Qt's SQLite driver is missing (on Debian: apt install libqt6sql6-sqlite)"_s);
    QDir dir(dataDir);
    if (!dir.mkpath(u"."_s))
        return std::unexpected(u"Cannot create the data folder %1"_s.arg(QDir::toNativeSeparators(dataDir)));
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = dir.absolutePath();
    store->m_connectionName = u"cardata-%1-%2"_s.arg(quintptr(QThread::currentThreadId())).arg(++connectionCounter);
    store->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connectionName);
    store->m_db.setDatabaseName(store->databasePath());
    store->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!store->m_db.open())
        return std::unexpected(u"Cannot open the database %1: %2"_s.arg(store->databasePath(), store->m_db.lastError().text()));

    // Only the owner may read the database (the folder is 0700 as well).
    QFile::setPermissions(store->databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSqlQuery query(store->m_db);
    // WAL: readers (the GUI) never block the import writer. secure_delete:
    // forgetting a vehicle overwrites its bytes instead of leaving them in
    // free pages.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA secure_delete = ON"_s}) {
        if (!query.exec(pragma))
            return std::unexpected(u"Cannot set up the database %1 (%2): %3"_s.arg(store->databasePath(), pragma, lastError(query)));
    }
    query.finish();
    if (auto migrated = migrateSchema(store->m_db, schemaVersion); !migrated)
        return std::unexpected(u"Cannot use the database %1: %2"_s.arg(store->databasePath(), migrated.error()));

    const QVariant handle = store->m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.data())
        return std::unexpected(u"The SQLite driver does not expose its connection handle"_s);
    store->m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (auto prepared = store->prepareStatements(); !prepared)
        return std::unexpected(prepared.error());
    return store;
}

Store::~Store()
{
    sqlite3_finalize(m_insertSession);
    sqlite3_finalize(m_mergeSession);
    sqlite3_finalize(m_deletePoints);
    sqlite3_finalize(m_insertPoint);
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::databasePath() const
{
    return QDir(m_dataDir).filePath(QString::fromLatin1(databaseFileName));
}

QString Store::sqliteError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_handle));
}

std::expected<void, QString> Store::prepareStatements()
{
    // The session write is the one hot path: the C API avoids QVariant
    // boxing per bound value, which costs ~1.7x on large imports.
    // So is writing the estimator's points: one row per session.
    if (sqlite3_prepare_v3(m_handle, insertSessionSql, -1, SQLITE_PREPARE_PERSISTENT, &m_insertSession, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle, mergeSessionSql, -1, SQLITE_PREPARE_PERSISTENT, &m_mergeSession, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle, "DELETE FROM capacity_points WHERE vehicle_id = ?1", -1, SQLITE_PREPARE_PERSISTENT,
                              &m_deletePoints, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_handle,
                              "INSERT INTO capacity_points (vehicle_id, start_time, mileage_km, capacity_kwh, sigma_kwh, "
                              "delta_soc, derived, outlier, charging_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              -1, SQLITE_PREPARE_PERSISTENT, &m_insertPoint, nullptr) != SQLITE_OK)
        return std::unexpected(u"Cannot prepare the session and capacity-point statements: %1"_s.arg(sqliteError()));
    return {};
}

bool Store::hasVehicles()
{
    QSqlQuery query(m_db);
    return query.exec(u"SELECT 1 FROM vehicles LIMIT 1"_s) && query.next();
}

bool Store::hasUpload(const QByteArray &contentHash)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM uploads WHERE content_hash = ?"_s);
    query.addBindValue(QString::fromLatin1(contentHash));
    return query.exec() && query.next();
}

QStringList Store::vehiclesOfUpload(const QByteArray &contentHash)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT v.key FROM uploads u JOIN upload_vehicles uv ON uv.upload_id = u.id "
                  "JOIN vehicles v ON v.id = uv.vehicle_id WHERE u.content_hash = ? ORDER BY v.key"_s);
    query.addBindValue(QString::fromLatin1(contentHash));
    QStringList keys;
    if (query.exec()) {
        while (query.next())
            keys.append(query.value(0).toString());
    }
    return keys;
}

std::expected<qint64, QString> Store::ensureVehicle(const VehicleWrite &write, QString &modelOut)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO vehicles (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s);
    query.addBindValue(write.vehicleKey);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec())
        return std::unexpected(lastError(query));
    query.prepare(u"SELECT id, model, model_source FROM vehicles WHERE key = ?"_s);
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
    if (write.keyList && !write.keyList->modelName.isEmpty() && source != u"user") {
        newModel = write.keyList->modelName;
        newSource = u"keylist"_s;
    } else if (model.isEmpty() && !write.modelFallback.trimmed().isEmpty()) {
        newModel = write.modelFallback.simplified();
        newSource = u"user"_s;
    }
    if (!newModel.isEmpty() && (newModel != model || newSource != source)) {
        query.prepare(u"UPDATE vehicles SET model = ?, model_source = ? WHERE id = ?"_s);
        query.addBindValue(newModel);
        query.addBindValue(newSource);
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(lastError(query));
        model = newModel;
    }
    if (write.keyList && !write.keyList->driveTrain.isEmpty()) {
        query.prepare(u"UPDATE vehicles SET drive_train = ? WHERE id = ?"_s);
        query.addBindValue(write.keyList->driveTrain);
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(lastError(query));
    }
    modelOut = model;
    return id;
}

std::expected<void, QString> Store::writeSessions(qint64 vehicleId, const ChargingHistory &history,
                                                  VehicleWriteResult &result, const std::atomic_bool *cancel,
                                                  bool &cancelled)
{
    qsizetype done = 0;
    for (const ChargingSession &session : history.sessions) {
        if (cancel && (++done % 1024) == 0 && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return {};
        }
        sqlite3_reset(m_insertSession);
        bindSession(m_insertSession, vehicleId, session);
        if (sqlite3_step(m_insertSession) != SQLITE_DONE)
            return std::unexpected(u"cannot store session %1: %2"_s.arg(session.startTime).arg(sqliteError()));
        if (sqlite3_changes(m_handle) > 0) {
            ++result.sessionsNew;
            continue;
        }
        sqlite3_reset(m_mergeSession);
        bindSession(m_mergeSession, vehicleId, session);
        if (sqlite3_step(m_mergeSession) != SQLITE_DONE)
            return std::unexpected(u"cannot merge session %1: %2"_s.arg(session.startTime).arg(sqliteError()));
        ++result.sessionsDuplicate;
    }
    sqlite3_reset(m_insertSession);
    sqlite3_reset(m_mergeSession);
    return {};
}

std::expected<QList<VehicleWriteResult>, WriteFailure> Store::writeFile(const UploadRecord &upload,
                                                                         const QList<VehicleWrite> &vehicles,
                                                                         const std::atomic_bool *cancel)
{
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return std::unexpected(WriteFailure{u"cannot start a transaction: %1"_s.arg(m_db.lastError().text())});

    QList<VehicleWriteResult> results;
    QList<qint64> vehicleIds;
    for (const VehicleWrite &write : vehicles) {
        VehicleWriteResult result;
        result.vehicleKey = write.vehicleKey;
        auto id = ensureVehicle(write, result.model);
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
            QSqlQuery query(m_db);
            query.prepare(u"INSERT INTO battery_readings (vehicle_id, kind, read_at, value) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (vehicle_id, kind, read_at) DO UPDATE SET value = excluded.value"_s);
            for (const BatteryReading &reading : write.keyList->readings) {
                query.addBindValue(*id);
                query.addBindValue(batteryReadingKindName(reading.kind));
                query.addBindValue(reading.time);
                query.addBindValue(reading.value);
                if (!query.exec())
                    return std::unexpected(WriteFailure{u"cannot store a battery reading: %1"_s.arg(lastError(query))});
            }
        }
        vehicleIds.append(*id);
        results.append(result);
    }

    int sessionsNew = 0;
    int sessionsDuplicate = 0;
    for (const VehicleWriteResult &r : std::as_const(results)) {
        sessionsNew += r.sessionsNew;
        sessionsDuplicate += r.sessionsDuplicate;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO uploads (content_hash, kind, bytes, imported_at, sessions_new, sessions_duplicate, "
                  "sessions_rejected) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(QString::fromLatin1(upload.contentHash));
    query.addBindValue(upload.kind);
    query.addBindValue(upload.bytes);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(sessionsNew);
    query.addBindValue(sessionsDuplicate);
    query.addBindValue(upload.sessionsRejected);
    if (!query.exec())
        return std::unexpected(WriteFailure{u"cannot record the upload: %1"_s.arg(lastError(query))});
    const qint64 uploadId = query.lastInsertId().toLongLong();
    query.prepare(u"INSERT OR IGNORE INTO upload_vehicles (upload_id, vehicle_id) VALUES (?, ?)"_s);
    for (qint64 vehicleId : std::as_const(vehicleIds)) {
        query.addBindValue(uploadId);
        query.addBindValue(vehicleId);
        if (!query.exec())
            return std::unexpected(WriteFailure{u"cannot record the upload: %1"_s.arg(lastError(query))});
    }
    if (!transaction.commit())
        return std::unexpected(WriteFailure{u"cannot commit: %1"_s.arg(m_db.lastError().text())});
    return results;
}

namespace {
const QString vehicleSummarySql =
    u"SELECT v.key, v.model, v.model_source, v.drive_train, v.capacity_new_override_kwh, "
    "(SELECT COUNT(*) FROM sessions s WHERE s.vehicle_id = v.id), "
    "(SELECT MIN(start_time) FROM sessions s WHERE s.vehicle_id = v.id), "
    "(SELECT MAX(start_time) FROM sessions s WHERE s.vehicle_id = v.id), "
    "(SELECT MAX(mileage_km) FROM sessions s WHERE s.vehicle_id = v.id), "
    "h.capacity_kwh, h.capacity_low_kwh, h.capacity_high_kwh, h.capacity_new_kwh, h.capacity_new_source, "
    "h.catalog_model, h.soh_percent, h.soh_low_percent, h.soh_high_percent, h.estimates, h.derived_estimates, "
    "h.trend_date, h.trend_mileage, h.date_origin "
    "FROM vehicles v LEFT JOIN battery_health h ON h.vehicle_id = v.id "_s;

VehicleSummary summaryFrom(const QSqlQuery &query)
{
    VehicleSummary v;
    v.key = query.value(0).toString();
    v.model = query.value(1).toString();
    v.modelSource = query.value(2).toString();
    v.driveTrain = query.value(3).toString();
    v.capacityNewOverrideKwh = optionalDouble(query.value(4));
    v.sessions = query.value(5).toLongLong();
    v.firstSession = optionalInt(query.value(6));
    v.lastSession = optionalInt(query.value(7));
    v.mileageKm = optionalDouble(query.value(8));
    v.capacityKwh = optionalDouble(query.value(9));
    v.capacityLowKwh = optionalDouble(query.value(10));
    v.capacityHighKwh = optionalDouble(query.value(11));
    v.capacityNewKwh = optionalDouble(query.value(12));
    v.capacityNewSource = query.value(13).toString();
    v.catalogModel = query.value(14).toString();
    v.sohPercent = optionalDouble(query.value(15));
    v.sohLowPercent = optionalDouble(query.value(16));
    v.sohHighPercent = optionalDouble(query.value(17));
    v.estimates = query.value(18).toInt();
    v.derivedEstimates = query.value(19).toInt();
    v.trendDate = query.value(20).toByteArray();
    v.trendMileage = query.value(21).toByteArray();
    v.dateOrigin = optionalInt(query.value(22));
    return v;
}
} // namespace

QList<VehicleSummary> Store::vehicles()
{
    QList<VehicleSummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(vehicleSummarySql + u"ORDER BY v.model IS NULL, v.model, v.key"_s)) {
        qCWarning(lcStore) << "cannot list vehicles:" << lastError(query);
        return result;
    }
    while (query.next())
        result.append(summaryFrom(query));
    return result;
}

std::optional<VehicleSummary> Store::vehicle(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(vehicleSummarySql + u"WHERE v.key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return summaryFrom(query);
}

std::expected<void, QString> Store::setModel(const QString &key, const QString &model)
{
    QSqlQuery query(m_db);
    const QString cleaned = model.simplified();
    query.prepare(u"UPDATE vehicles SET model = ?, model_source = ? WHERE key = ?"_s);
    query.addBindValue(cleaned.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cleaned));
    query.addBindValue(cleaned.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u"user"_s));
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(lastError(query));
    if (query.numRowsAffected() == 0)
        return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
    return {};
}

std::expected<void, QString> Store::setCapacityNewOverride(const QString &key, std::optional<double> kwh)
{
    if (kwh && !(*kwh > 0 && *kwh < 1000))
        return std::unexpected(u"capacity when new must be between 0 and 1000 kWh"_s);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE vehicles SET capacity_new_override_kwh = ? WHERE key = ?"_s);
    query.addBindValue(kwh ? QVariant(*kwh) : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(lastError(query));
    if (query.numRowsAffected() == 0)
        return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
    return {};
}

std::expected<void, QString> Store::replaceCapacityPoints(qint64 vehicleId, const QList<CapacityPoint> &points)
{
    sqlite3_reset(m_deletePoints);
    sqlite3_bind_int64(m_deletePoints, 1, vehicleId);
    if (sqlite3_step(m_deletePoints) != SQLITE_DONE)
        return std::unexpected(sqliteError());
    sqlite3_reset(m_deletePoints);
    for (const CapacityPoint &p : points) {
        sqlite3_reset(m_insertPoint);
        sqlite3_bind_int64(m_insertPoint, 1, vehicleId);
        sqlite3_bind_int64(m_insertPoint, 2, p.time);
        bindOptional(m_insertPoint, 3, std::isnan(p.mileageKm) ? std::nullopt : std::optional<double>(p.mileageKm));
        sqlite3_bind_double(m_insertPoint, 4, p.capacityKwh);
        sqlite3_bind_double(m_insertPoint, 5, p.sigmaKwh);
        sqlite3_bind_double(m_insertPoint, 6, p.deltaSoc);
        sqlite3_bind_int(m_insertPoint, 7, p.derived ? 1 : 0);
        sqlite3_bind_int(m_insertPoint, 8, p.outlier ? 1 : 0);
        bindText(m_insertPoint, 9, chargingKindName(p.kind));
        if (sqlite3_step(m_insertPoint) != SQLITE_DONE) {
            const QString error = sqliteError();
            sqlite3_reset(m_insertPoint);
            return std::unexpected(error);
        }
    }
    sqlite3_reset(m_insertPoint);
    return {};
}

std::expected<void, QString> Store::forgetVehicle(const QString &key)
{
    {
        Transaction transaction(m_db);
        if (!transaction.isOpen())
            return std::unexpected(m_db.lastError().text());
        QSqlQuery query(m_db);
        // Foreign keys cascade to sessions, readings, health and upload links.
        query.prepare(u"DELETE FROM vehicles WHERE key = ?"_s);
        query.addBindValue(key);
        if (!query.exec())
            return std::unexpected(lastError(query));
        if (query.numRowsAffected() == 0)
            return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
        // Files that held only this vehicle may be imported again later.
        if (!query.exec(u"DELETE FROM uploads WHERE id NOT IN (SELECT upload_id FROM upload_vehicles)"_s))
            return std::unexpected(lastError(query));
        if (!transaction.commit())
            return std::unexpected(m_db.lastError().text());
    }
    // The WAL still holds the pages as they were before the delete: copy the
    // overwritten pages into the database and cut the WAL to zero bytes.
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK) {
        return std::unexpected(u"the vehicle was deleted, but another program holds the database open, so its old "
                               "bytes may remain in the write-ahead log until that program closes (%1)"_s
                                   .arg(sqliteError()));
    }
    qCInfo(lcStore) << "forgot a vehicle; WAL checkpointed and truncated";
    return {};
}
