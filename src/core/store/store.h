#pragma once

#include "core/health/capacitypoints.h"
#include "core/model/chargingsession.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// What to write for one vehicle of one file.
struct VehicleWrite
{
    QString vehicleKey;
    const ChargingHistory *history = nullptr; // may be null (KeyList only)
    const KeyListInfo *keyList = nullptr;     // may be null
    QString modelFallback; // the user's --model, used when the vehicle has no model yet
};

struct VehicleWriteResult
{
    QString vehicleKey;
    QString model; // after this write; empty when unknown
    int sessionsNew = 0;
    int sessionsDuplicate = 0;
};

struct UploadRecord
{
    QByteArray contentHash;
    QString kind; // json | archive | keylist
    qint64 bytes = 0;
    int sessionsRejected = 0;
};

struct WriteFailure
{
    QString message;
    bool cancelled = false;
};

struct VehicleSummary
{
    QString key;
    QString model;
    QString modelSource; // keylist | user | empty
    QString driveTrain;
    std::optional<double> capacityNewOverrideKwh;
    qint64 sessions = 0;
    std::optional<qint64> firstSession;
    std::optional<qint64> lastSession;
    std::optional<double> mileageKm;

    // Battery health (filled by HealthUpdater).
    std::optional<double> capacityKwh;
    std::optional<double> capacityLowKwh;
    std::optional<double> capacityHighKwh;
    std::optional<double> capacityNewKwh;
    QString capacityNewSource; // override | table | empty
    QString catalogModel;
    std::optional<double> sohPercent;
    std::optional<double> sohLowPercent;
    std::optional<double> sohHighPercent;
    int estimates = 0;
    int derivedEstimates = 0;
    QByteArray trendDate;    // JSON, see HealthUpdater::trendToJson
    QByteArray trendMileage; // JSON
    std::optional<qint64> dateOrigin;
};

// The SQLite database in the data folder. One Store is one connection, used
// only by the thread that opened it (QSqlDatabase objects must not cross
// threads); the import worker opens its own.
class Store
{
public:
    static constexpr auto databaseFileName = "cardata-health.sqlite";
    static constexpr int schemaVersion = 2;

    static std::expected<std::unique_ptr<Store>, QString> open(const QString &dataDir);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QSqlDatabase database() const { return m_db; }

    bool hasVehicles();
    bool hasUpload(const QByteArray &contentHash);
    // The vehicles an earlier import of this file touched.
    QStringList vehiclesOfUpload(const QByteArray &contentHash);

    // Writes everything one file holds in a single transaction: on any
    // failure (or cancel) nothing of the file remains.
    std::expected<QList<VehicleWriteResult>, WriteFailure> writeFile(const UploadRecord &upload,
                                                                      const QList<VehicleWrite> &vehicles,
                                                                      const std::atomic_bool *cancel = nullptr);

    QList<VehicleSummary> vehicles();
    std::optional<VehicleSummary> vehicle(const QString &key);

    std::expected<void, QString> setModel(const QString &key, const QString &model);
    std::expected<void, QString> setCapacityNewOverride(const QString &key, std::optional<double> kwh);

    // Replaces a vehicle's stored capacity points (the estimator's output).
    // Runs inside the caller's transaction, if any.
    std::expected<void, QString> replaceCapacityPoints(qint64 vehicleId, const QList<CapacityPoint> &points);

    // Deletes every row of the vehicle and makes sure the bytes are gone
    // from the database file and its WAL (secure_delete + checkpoint).
    std::expected<void, QString> forgetVehicle(const QString &key);

private:
    Store() = default;
    std::expected<void, QString> prepareStatements();
    std::expected<qint64, QString> ensureVehicle(const VehicleWrite &write, QString &modelOut);
    std::expected<void, QString> writeSessions(qint64 vehicleId, const ChargingHistory &history,
                                               VehicleWriteResult &result, const std::atomic_bool *cancel,
                                               bool &cancelled);
    QString sqliteError() const;

    QString m_dataDir;
    QString m_connectionName;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insertSession = nullptr;
    sqlite3_stmt *m_mergeSession = nullptr;
    sqlite3_stmt *m_deletePoints = nullptr;
    sqlite3_stmt *m_insertPoint = nullptr;
};
