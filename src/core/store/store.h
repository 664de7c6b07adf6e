// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/batteryreading.h"
#include "core/model/capacitypoint.h"
#include "core/model/chargingsession.h"
#include "core/model/efficiency.h"
#include "core/model/keylistinfo.h"
#include "core/model/vehiclehealth.h"
#include "core/model/vehiclesummary.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>
#include <map>
#include <memory>
#include <optional>

struct sqlite3;
class StoreTransaction;
namespace StoreSql {
struct KeptStatements;
}

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
    // Anything of the vehicle written: a new session, a known one with
    // new values, battery readings, a model. False when the file only
    // repeated what was stored; its estimate then needs no recompute.
    bool changed = false;
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
    bool alreadyImported = false; // another writer stored the same file first
    // The connection to a server went while it committed: the file may be
    // stored, whole, or not at all; importing it again tells.
    bool perhapsKept = false;
};

// A vehicle as the estimator needs to know it.
struct VehicleRef
{
    qint64 id = 0;
    QString key;
    QString model;
    std::optional<double> capacityNewOverrideKwh;
    qint64 sessions = 0; // as counted with the vehicle: a size hint
};

// A vehicle's own efficiency statistics of one charging kind, with its model
// (to pool them into a model's prior).
struct OwnEfficiency
{
    QString model;
    ChargingKind kind = ChargingKind::Unknown;
    EfficiencyStats stats;
};

// The database: the SQLite file in the data folder, or the PostgreSQL
// server the data folder names (DatabaseChoice). The only place in the
// project that speaks SQL. One Store is one connection, used only by the thread that
// opened it (QSqlDatabase objects must not cross threads); the import worker
// opens its own. Every method reports a database error as a message instead
// of returning an empty answer.
class Store
{
public:
    static constexpr auto databaseFileName = "cardata-health.sqlite";
    static constexpr int schemaVersion = 9;
    // How long a write waits for another writer before it gives up.
    static constexpr int busyTimeoutMs = 10000;

    // readOnly: for viewing only, even where the file could be written.
    static std::expected<std::unique_ptr<Store>, QString> open(const QString &dataDir, bool readOnly = false);
    // The data folder's own file, or the server at `url`, whatever the
    // folder's choice (moving a database between them).
    static std::expected<std::unique_ptr<Store>, QString> openFile(const QString &dataDir, bool readOnly = false);
    // The password: `password`, else the URL's, else the one the desktop
    // keychain keeps for the server, else libpq's (~/.pgpass, PGPASSFILE).
    // The server undid the whole transaction to end a deadlock or a
    // serialization conflict with another member: running it again from
    // its start may succeed.
    static bool isUndoneConflict(const QString &error);
    // A transaction is open on this store (nested writes join it).
    bool inTransaction() const { return m_transactionDepth > 0; }
    static std::expected<std::unique_ptr<Store>, QString> openServer(const QString &dataDir, const QString &url,
                                                                      bool readOnly = false,
                                                                      const QString &password = {});
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString dataDir() const { return m_dataDir; }
    // Opened for reading only (the file, folder or disk cannot be written):
    // every write fails with checkWritable()'s message.
    bool readOnly() const { return m_readOnly; }
    // Changes whenever the database changed: committed by another
    // connection (SQLite's data_version) or written through this one.
    // Equal stamps: nothing to read again.
    std::expected<QPair<qint64, qint64>, QString> changeStamp();
    std::expected<void, QString> checkWritable() const;
    // A failure whose cause (a full disk, a damaged or read-only file) will
    // fail every further write the same way.
    static bool failureStopsWriting(const QString &message);
    // The local file's path, or the server's address (without a password).
    QString databasePath() const;
    // On a PostgreSQL server (DatabaseChoice), not the local file.
    bool onServer() const { return m_handle == nullptr; }
    // The name of this Store's QSqlDatabase connection, for tests that
    // inspect or sabotage the database on the very same connection (and
    // thread). Nothing in src/ outside the store uses it.
    QString connectionName() const { return m_connectionName; }

    // Everything written between begin and commit is one transaction; a
    // StoreTransaction that is not committed rolls back when it goes. Inside
    // an open transaction, begin() starts a nested one (a savepoint), so
    // that an operation can make several steps all-or-nothing.
    std::expected<StoreTransaction, QString> begin();

    // On a server: whether `checkValue` is the check value of the team key
    // it was set up with (TeamKey). The first writer's key is taken as the
    // team's; false: another key, with which every car would be stored twice.
    std::expected<bool, QString> matchTeamKey(const QString &checkValue);
    // The check value kept there; empty: no team key set yet.
    std::expected<QString, QString> teamCheckValue();

    // --- vehicles ----------------------------------------------------------
    std::expected<bool, QString> hasVehicles();
    // All vehicles, ordered by model (unknown last) and key.
    std::expected<QList<VehicleSummary>, QString> vehicles();
    // nullopt: no such vehicle.
    std::expected<std::optional<VehicleSummary>, QString> vehicle(const QString &key);
    std::expected<void, QString> setModel(const QString &key, const QString &model);
    std::expected<void, QString> setCapacityNewOverride(const QString &key, std::optional<double> kwh);
    // Deletes every row of the vehicle and makes sure the bytes are gone
    // from the database file and its WAL (secure_delete + checkpoint).
    std::expected<void, QString> forgetVehicle(const QString &key);

    // --- vehicles shared by other owners (docs/sharing.md) -----------------
    struct SharedVehicleRecord
    {
        QString key;
        qint64 sharedAt = 0; // the day its bundle was written, Unix s
    };
    // The shared vehicle a bundle's id names, if it was imported before.
    std::expected<std::optional<SharedVehicleRecord>, QString> sharedVehicle(const QString &shareId);
    // Makes a vehicle (written as any other) a shared one.
    std::expected<void, QString> markShared(const QString &key, const QString &shareId, const QString &source,
                                            qint64 sharedAt);
    // The user's own vehicles' keys (the ones a bundle may hold).
    std::expected<QStringList, QString> ownVehicleKeys();
    // The shared vehicles of one source (a sharing installation).
    std::expected<QStringList, QString> sharedVehiclesOf(const QString &source);
    // Deletes a vehicle's rows in the current transaction (or one of its
    // own); forgetVehicle() also erases the deleted bytes.
    std::expected<void, QString> deleteVehicle(const QString &key);
    std::expected<void, QString> eraseDeletedBytes();

    // --- imported files ----------------------------------------------------
    std::expected<bool, QString> hasUpload(const QByteArray &contentHash);
    // The vehicles an earlier import of this file touched.
    std::expected<QStringList, QString> vehiclesOfUpload(const QByteArray &contentHash);
    // Writes everything one file holds in a single transaction: on any
    // failure (or cancel) nothing of the file remains.
    std::expected<QList<VehicleWriteResult>, WriteFailure> writeFile(const UploadRecord &upload,
                                                                      const QList<VehicleWrite> &vehicles,
                                                                      const std::atomic_bool *cancel = nullptr);

    // --- what the estimator reads and writes ------------------------------
    std::expected<QList<VehicleRef>, QString> vehicleRefs();
    // A vehicle's sessions as the estimator reads them, oldest first.
    std::expected<QList<SessionForHealth>, QString> healthSessions(qint64 vehicleId);
    // Only those with both grid and battery-side energy (what a vehicle's
    // own efficiency is learned from), in the same order: a cheaper read
    // when the rest is not needed now.
    std::expected<QList<SessionForHealth>, QString> healthSessionsWithBothEnergies(qint64 vehicleId);
    std::expected<void, QString> saveOwnEfficiency(qint64 vehicleId, ChargingKind kind, const EfficiencyStats &stats);
    std::expected<QList<OwnEfficiency>, QString> ownEfficiencies();
    // Vehicles whose derived points leaned on a model, fleet or published prior.
    std::expected<QList<VehicleRef>, QString> vehiclesUsingPriorEfficiency();
    // Vehicles that have sessions but no current estimate: none stored (a
    // new database version), or their data changed after it was (a crash or
    // a failure between storing the data and storing its estimate).
    std::expected<QStringList, QString> vehiclesWithStaleHealth();
    // Marks the vehicles' estimates out of date (for a later recompute).
    std::expected<void, QString> markEstimatesStale(const QList<qint64> &vehicleIds);
    // Replaces the vehicle's stored estimate: points, efficiencies used,
    // capacity, SoH and trends. Runs inside the caller's transaction.
    std::expected<void, QString> saveHealth(qint64 vehicleId, const VehicleHealth &health);

    // --- what the reports read --------------------------------------------
    std::expected<QList<CapacityPoint>, QString> capacityPoints(const QString &vehicleKey);
    std::expected<QList<BatteryReading>, QString> batteryReadings(const QString &vehicleKey);
    // Every vehicle's stored reading evidence (see VehicleHealth), for pooling.
    struct StoredEvidence
    {
        QString key;
        QString model;
        ScaleEvidence evidence;
    };
    std::expected<QList<StoredEvidence>, QString> readingEvidence();

    // --- moving between the file and a server ------------------------------
    // Each table's rows and a checksum of its content, computed the same
    // way on both backends: equal summaries, equal databases.
    struct TableSummary
    {
        QString table;
        qint64 rows = 0;
        QByteArray checksum;
        bool operator==(const TableSummary &) const = default;
    };
    std::expected<QList<TableSummary>, QString> contentSummary();
    // Copies every row into `target` (same schema version), in chunks that
    // commit as they go; rows the target already has (an interrupted copy)
    // are left as they are. progress: a table's rows copied so far.
    std::expected<void, QString> copyInto(Store &target, const std::function<void(const QString &, qint64)> &progress);
    // What an unfinished copy into this database left: the source it came
    // from (empty: none).
    std::expected<QString, QString> copySource();
    std::expected<void, QString> setCopySource(const QString &source);

private:
    friend class StoreTransaction;
    Store();
    std::expected<void, QString> prepareStatements();
    std::expected<int, QString> schemaVersionStored();
    void closeConnection();
    std::expected<QList<VehicleWriteResult>, WriteFailure> writeFileOnce(const UploadRecord &upload,
                                                                         const QList<VehicleWrite> &vehicles,
                                                                         const std::atomic_bool *cancel);
    std::expected<qint64, QString> ensureVehicle(const VehicleWrite &write, VehicleWriteResult &result);
    std::expected<void, QString> writeSessions(qint64 vehicleId, const ChargingHistory &history,
                                               VehicleWriteResult &result, const std::atomic_bool *cancel,
                                               bool &cancelled);
    std::expected<void, QString> writeReadings(qint64 vehicleId, const QList<BatteryReading> &readings);
    // False: another writer recorded the same file first.
    std::expected<bool, QString> recordUpload(const UploadRecord &upload, const QList<VehicleWriteResult> &results,
                                              const QList<qint64> &vehicleIds);
    std::expected<void, QString> replaceCapacityPoints(qint64 vehicleId, const QList<CapacityPoint> &points);
    std::expected<void, QString> saveTrend(qint64 vehicleId, const QString &axis, const std::optional<TrendModel> &trend);
    std::expected<QList<VehicleSummary>, QString> summaries(const std::optional<QString> &key);
    std::expected<void, QString> updateVehicle(const QString &key, const QString &assignments, const QVariantList &values);
    QString sqliteError() const;
    // A statement prepared on its first use and kept for the connection's
    // life: the import runs each of these once or more for every file and
    // the health update for every vehicle, and preparing is most of what a
    // small statement costs. A SELECT must be finish()ed after use.
    std::expected<QSqlQuery *, QString> keptQuery(const QString &sql);
    // keptQuery, bound to values and run.
    std::expected<QSqlQuery *, QString> runKept(const QString &sql, const QVariantList &values);

    QString m_dataDir;
    QString m_serverShown; // the server's address, when on a server
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    sqlite3 *m_handle = nullptr; // the local file's; null on a server
    // The writes and reads that run for every session, point or vehicle.
    std::unique_ptr<StoreSql::KeptStatements> m_hot;
    std::map<QString, QSqlQuery> m_keptQueries;
};

// A transaction (or, nested, a savepoint) on a Store's connection; rolls
// back unless committed. Transactions end in the reverse order they began.
class StoreTransaction
{
public:
    StoreTransaction(StoreTransaction &&other) noexcept;
    StoreTransaction &operator=(StoreTransaction &&) = delete;
    ~StoreTransaction();
    std::expected<void, QString> commit();
    // How a failed commit's message begins when the connection to a server
    // went during the commit: the server may have kept it, or not.
    static constexpr auto commitUnknown =
        "the connection to the database server was lost while it committed, so whether it kept this is not "
        "known: run the same import again when the server is back (what it kept is then recognized, nothing "
        "is stored twice):";
    // A failed commit's message says the server may have kept it.
    static bool outcomeUnknown(const QString &error)
    {
        return error.startsWith(QLatin1StringView(commitUnknown));
    }

private:
    friend class Store;
    StoreTransaction(Store *store, int level) : m_store(store), m_level(level) {}
    void end();
    Store *m_store = nullptr;
    int m_level = 0; // 1: the transaction itself; deeper: a savepoint
};
