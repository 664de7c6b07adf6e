// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/store.h"

#include "core/privacy/vin.h"

#include "core/model/logging.h"
#include "core/store/databasechoice.h"
#include "core/store/sqlvalues.h"
#include "core/store/statement.h"
#include "core/store/storeschema.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

QAtomicInteger<quint64> connectionCounter;

} // namespace

// --- connection ------------------------------------------------------------

namespace {

constexpr char sqliteMagic[] = "SQLite format 3"; // and a NUL: 16 bytes

// What the first bytes of an existing database file say, before SQLite is
// let near it: an empty string when it may be a database.
QString headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"it cannot be read (%1); check that the file and the data folder belong to you"_s.arg(file.errorString());
    const QByteArray head = file.read(16);
    if (head.size() < 16 || !head.startsWith(QByteArray(sqliteMagic)) || head.at(15) != '\0')
        return u"it is damaged or not a database (its first bytes are not an SQLite header)"_s;
    return {};
}

} // namespace

std::expected<std::unique_ptr<Store>, QString> Store::openServer(const QString &dataDir, const QString &url,
                                                                 bool readOnlyRequested, const QString &password)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        return std::unexpected(u"Cannot use the database server: %1"_s.arg(address.error()));
    const QString shown = address->shown();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return std::unexpected(u"Cannot use the database server %1: Qt's PostgreSQL driver is missing (on Debian: "
                               "apt install libqt6sql6-psql)"_s.arg(shown));
    // The data folder still holds this installation's own files (the team
    // key's copy, the online account).
    if (auto made = DatabaseChoice::makeDataFolder(dataDir); !made)
        return std::unexpected(made.error());
    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = QDir(dataDir).absolutePath();
    store->m_serverShown = shown;
    store->m_connectionName = u"cardata-%1-%2"_s.arg(quintptr(QThread::currentThreadId())).arg(++connectionCounter);
    store->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, store->m_connectionName);
    store->m_db.setHostName(address->host);
    store->m_db.setPort(address->port);
    store->m_db.setDatabaseName(address->database);
    if (!address->user.isEmpty())
        store->m_db.setUserName(address->user);
    // Without one, libpq reads ~/.pgpass or PGPASSFILE itself.
    QString usedPassword = !password.isEmpty() ? password : address->password;
    if (usedPassword.isEmpty())
        usedPassword = DatabaseChoice::keptPassword(*address);
    if (!usedPassword.isEmpty())
        store->m_db.setPassword(usedPassword);
    QStringList options{u"connect_timeout=10"_s, u"application_name=cardata-health"_s};
    if (!address->options.isEmpty())
        options.append(address->options);
    store->m_db.setConnectOptions(options.join(u';'));
    if (!store->m_db.open())
        return std::unexpected(u"Cannot connect to the database server %1: %2"_s.arg(shown, errorText(store->m_db.lastError())));
    QSqlQuery query(store->m_db);
    // UTC and plain numbers whatever the server's defaults; a statement
    // stuck behind another member's lock gives up as SQLite's busy timeout
    // does; the server's notices are not for the person at the program.
    for (const QString &setting : {u"SET TIME ZONE 'UTC'"_s, u"SET lock_timeout = %1"_s.arg(busyTimeoutMs),
                                   u"SET extra_float_digits = 3"_s, u"SET client_min_messages = warning"_s}) {
        if (!query.exec(setting))
            return std::unexpected(u"Cannot set up the connection to %1 (%2): %3"_s.arg(shown, setting, lastError(query)));
    }
    if (auto migrated = migrateServerSchema(store->m_db, schemaVersion); !migrated)
        return std::unexpected(u"Cannot use the database on %1: %2"_s.arg(shown, migrated.error()));
    // A role that may only read (or a standby server) gets the dashboard
    // and a clear read-only state.
    if (!query.exec(u"SELECT has_table_privilege('sessions', 'INSERT') AND has_table_privilege('vehicles', 'UPDATE') "
                    "AND current_setting('transaction_read_only') = 'off'"_s)
        || !query.next())
        return std::unexpected(u"Cannot use the database on %1: %2"_s.arg(shown, lastError(query)));
    store->m_readOnly = readOnlyRequested || !query.value(0).toBool();
    query.finish();
    if (auto prepared = store->prepareStatements(); !prepared)
        return std::unexpected(prepared.error());
    return store;
}

std::expected<std::unique_ptr<Store>, QString> Store::open(const QString &dataDir, bool readOnlyRequested)
{
    if (const QString server = DatabaseChoice::serverUrl(dataDir); !server.isEmpty())
        return openServer(dataDir, server, readOnlyRequested);
    return openFile(dataDir, readOnlyRequested);
}

std::expected<std::unique_ptr<Store>, QString> Store::openFile(const QString &dataDir, bool readOnlyRequested)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return std::unexpected(u"Qt's SQLite driver is missing (on Debian: apt install libqt6sql6-sqlite)"_s);
    QDir dir(dataDir);
    if (readOnlyRequested && !QFileInfo(dir.filePath(QString::fromLatin1(databaseFileName))).isFile())
        return std::unexpected(u"There is no database in %1 to view"_s.arg(QDir::toNativeSeparators(dataDir)));
    if (!dir.mkpath(u"."_s))
        return std::unexpected(u"Cannot create the data folder %1"_s.arg(QDir::toNativeSeparators(dataDir)));

    std::unique_ptr<Store> store(new Store);
    store->m_dataDir = dir.absolutePath();
    const QString path = store->databasePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo before(path);
    const bool existed = before.exists() && before.size() > 0;
    if (existed) {
        if (const QString problem = headerProblem(path); !problem.isEmpty())
            return std::unexpected(u"Cannot use the database %1: %2. Nothing was changed."_s.arg(shown, problem));
    } else {
        QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // A database this open creates and cannot set up is removed again, so
    // that a failure (a full disk, say) leaves no empty file that the next
    // start would take for a database.
    struct NewFileGuard
    {
        QString path;
        bool armed;
        Store *store;
        ~NewFileGuard()
        {
            if (!armed)
                return;
            store->closeConnection();
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(path + suffix);
        }
    } guard{path, !before.exists(), store.get()};

    store->m_connectionName = u"cardata-%1-%2"_s.arg(quintptr(QThread::currentThreadId())).arg(++connectionCounter);
    store->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store->m_connectionName);
    // A file that may not be written (a read-only file, folder or disk) is
    // opened for viewing: immutable, because SQLite cannot share a WAL
    // database with other readers without writing beside it.
    // Asked for on a folder that can be written, it is opened read-only but
    // not immutable: another program may be writing it meanwhile.
    const bool unwritable = existed && (!before.isWritable() || !QFileInfo(dir.absolutePath()).isWritable());
    if (unwritable || readOnlyRequested) {
        store->m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                                    + (unwritable ? u"?immutable=1"_s : u"?mode=ro"_s));
        store->m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    } else {
        store->m_db.setDatabaseName(path);
        store->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    }
    if (!store->m_db.open())
        return std::unexpected(u"Cannot open the database %1: %2"_s.arg(shown, errorText(store->m_db.lastError())));
    const QVariant handle = store->m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.data())
        return std::unexpected(u"The SQLite driver does not expose its connection handle"_s);
    store->m_handle = *static_cast<sqlite3 *const *>(handle.data());
    // SQLite opens a file it may not write (a read-only file, folder or
    // disk) for reading only: it can be viewed, not changed.
    store->m_readOnly = readOnlyRequested || sqlite3_db_readonly(store->m_handle, "main") == 1;

    QSqlQuery query(store->m_db);
    // A damaged file is told before anything is written to it. quick_check
    // reads every page once (about 4 ms per MB here, see docs/reliability.md).
    if (existed) {
        if (!query.exec(u"PRAGMA quick_check"_s))
            return std::unexpected(u"Cannot use the database %1: %2. Nothing was changed."_s.arg(shown, lastError(query)));
        QStringList problems;
        while (query.next()) {
            for (const QString &line : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
                if (!line.startsWith(u"***"_s))
                    problems.append(line.trimmed());
            }
        }
        query.finish();
        if (problems != QStringList{u"ok"_s}) {
            return std::unexpected(u"Cannot use the database %1: it is damaged (SQLite's check found %2 problems, the "
                                   "first: %3). Nothing was changed; move the file aside and import the exports "
                                   "again."_s.arg(shown).arg(problems.size()).arg(problems.value(0)));
        }
    }

    if (!store->m_readOnly) {
        // Only the owner may read the database (the folder is 0700 as well).
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // WAL: readers (the GUI) never block the import writer.
        // Switching a new database to WAL needs it to itself, and SQLite
        // does not wait for that: another process opening the same new
        // database at the same moment (two imports) is waited for here, up
        // to the busy timeout.
        QElapsedTimer waited;
        waited.start();
        while (!query.exec(u"PRAGMA journal_mode = WAL"_s)) {
            if (!lastError(query).contains(u"locked"_s) || waited.elapsed() > busyTimeoutMs)
                return std::unexpected(u"Cannot set up the database %1 (PRAGMA journal_mode = WAL): %2"_s.arg(
                    shown, lastError(query)));
            QThread::msleep(50);
        }
    }
    // secure_delete: forgetting a vehicle overwrites its bytes instead of
    // leaving them in free pages.
    for (const QString &pragma : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                  u"PRAGMA secure_delete = ON"_s}) {
        if (!query.exec(pragma))
            return std::unexpected(u"Cannot set up the database %1 (%2): %3"_s.arg(shown, pragma, lastError(query)));
    }
    query.finish();
    if (store->m_readOnly) {
        auto version = store->schemaVersionStored();
        if (!version)
            return std::unexpected(u"Cannot use the database %1: %2"_s.arg(shown, version.error()));
        if (*version != schemaVersion)
            return std::unexpected(
                u"Cannot use the database %1: it can only be read here, and it has schema %2 where this version "
                "needs %3 (%4). Open it once where it can be written, or use the version that wrote it."_s
                    .arg(shown).arg(*version).arg(schemaVersion)
                    .arg(*version > schemaVersion ? u"written by a newer version"_s : u"it needs an upgrade"_s));
    } else if (auto migrated = migrateSchema(store->m_db, schemaVersion, path); !migrated) {
        return std::unexpected(u"Cannot use the database %1: %2"_s.arg(shown, migrated.error()));
    } else if (*migrated > 0 && *migrated < 8) {
        // Version 8 made every session smaller, but an upgraded file keeps
        // its pages until it is rewritten: 130 -> 71 MB at a million
        // sessions, once. A full disk only leaves it as large as it was.
        if (QSqlQuery vacuum(store->m_db); !vacuum.exec(u"VACUUM"_s))
            qCWarning(lcStore).noquote() << "could not compact the upgraded database:" << lastError(vacuum);
    }

    if (auto prepared = store->prepareStatements(); !prepared)
        return std::unexpected(prepared.error());
    guard.armed = false;
    return store;
}

std::expected<int, QString> Store::schemaVersionStored()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return std::unexpected(u"cannot read the schema version: %1"_s.arg(lastError(query)));
    return query.value(0).toInt();
}

std::expected<void, QString> Store::checkWritable() const
{
    if (!m_readOnly)
        return {};
    if (onServer())
        return std::unexpected(u"The database on %1 can only be read with your role there (or the server is a read-only "
                               "standby): the fleet can be viewed, but nothing can be imported or changed. Ask the "
                               "server's owner for a role that may write (docs/server.md)"_s.arg(databasePath()));
    return std::unexpected(u"The database %1 can only be read here (a read-only file, folder or disk): it can be "
                           "viewed, but nothing can be imported or changed"_s.arg(QDir::toNativeSeparators(databasePath())));
}

bool Store::failureStopsWriting(const QString &message)
{
    const SqliteMeaning *meaning = sqliteMeaning(message);
    return meaning && meaning->stopsWriting;
}

void Store::closeConnection()
{
    m_hot.reset(); // before the connection they were prepared on
    m_keptQueries.clear();
    m_handle = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Store::Store() : m_hot(std::make_unique<StoreSql::KeptStatements>()) {}

Store::~Store()
{
    closeConnection();
}

QString Store::databasePath() const
{
    if (!m_serverShown.isEmpty())
        return m_serverShown;
    return QDir(m_dataDir).filePath(QString::fromLatin1(databaseFileName));
}

QString Store::sqliteError() const
{
    return explained(QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

bool Store::isUndoneConflict(const QString &error)
{
    return error.contains(u"deadlock detected"_s) || error.contains(u"could not serialize access"_s);
}

std::expected<StoreTransaction, QString> Store::begin()
{
    const int level = m_transactionDepth + 1;
    if (level == 1) {
        // IMMEDIATE: a second writer (another import, the CLI beside the
        // app) waits here for the first to finish, within the busy timeout,
        // instead of failing half-way when its read snapshot turns stale.
        // A server locks rows, not the database: members write at once.
        QSqlQuery query(m_db);
        if (!query.exec(onServer() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
            return std::unexpected(u"cannot start a transaction: %1"_s.arg(lastError(query)));
    } else {
        QSqlQuery query(m_db);
        if (!query.exec(u"SAVEPOINT nested_%1"_s.arg(level)))
            return std::unexpected(u"cannot start a transaction: %1"_s.arg(lastError(query)));
    }
    m_transactionDepth = level;
    return StoreTransaction(this, level);
}

StoreTransaction::StoreTransaction(StoreTransaction &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr)), m_level(other.m_level)
{
}

StoreTransaction::~StoreTransaction()
{
    if (!m_store)
        return;
    // Not committed: undo everything since begin().
    if (m_level == 1) {
        m_store->m_db.rollback();
    } else {
        QSqlQuery query(m_store->m_db);
        query.exec(u"ROLLBACK TO nested_%1"_s.arg(m_level));
        query.exec(u"RELEASE nested_%1"_s.arg(m_level));
    }
    end();
}

void StoreTransaction::end()
{
    m_store->m_transactionDepth = m_level - 1;
    m_store = nullptr;
}

std::expected<void, QString> StoreTransaction::commit()
{
    if (!m_store)
        return std::unexpected(u"the transaction is no longer open"_s);
    if (m_store->m_transactionDepth != m_level)
        return std::unexpected(u"a transaction must end after the ones begun inside it"_s);
    if (m_level == 1) {
        if (!m_store->m_db.commit()) {
            const QSqlError error = m_store->m_db.lastError();
            // The server may have committed before the connection went:
            // not "nothing was kept" then, but not known.
            const QString words = firstLineOfServerText(error.databaseText());
            if (m_store->onServer() && Store::failureStopsWriting(words))
                return std::unexpected(u"%1 %2"_s.arg(QLatin1StringView(StoreTransaction::commitUnknown), words));
            return std::unexpected(u"cannot commit: %1"_s.arg(errorText(error)));
        }
    } else {
        QSqlQuery query(m_store->m_db);
        if (!query.exec(u"RELEASE nested_%1"_s.arg(m_level)))
            return std::unexpected(u"cannot commit: %1"_s.arg(lastError(query)));
    }
    end();
    return {};
}

std::expected<QSqlQuery *, QString> Store::keptQuery(const QString &sql)
{
    if (const auto kept = m_keptQueries.find(sql); kept != m_keptQueries.end())
        return &kept->second;
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return std::unexpected(lastError(query));
    return &m_keptQueries.emplace(sql, std::move(query)).first->second;
}

std::expected<QSqlQuery *, QString> Store::runKept(const QString &sql, const QVariantList &values)
{
    auto query = keptQuery(sql);
    if (!query)
        return query;
    for (const QVariant &value : values)
        (*query)->addBindValue(value);
    if (!(*query)->exec())
        return std::unexpected(lastError(**query));
    return query;
}

std::expected<QString, QString> Store::teamCheckValue()
{
    auto found = rows<QString>(m_db, u"SELECT check_value FROM team"_s, {}, u"cannot read the team key's check value"_s,
                               [](const QSqlQuery &q) -> std::optional<QString> { return q.value(0).toString(); });
    if (!found)
        return std::unexpected(found.error());
    return found->value(0);
}

std::expected<bool, QString> Store::matchTeamKey(const QString &checkValue)
{
    auto found = teamCheckValue();
    if (!found)
        return std::unexpected(found.error());
    if (!found->isEmpty())
        return *found == checkValue;
    if (auto writable = checkWritable(); !writable)
        return std::unexpected(u"the database on %1 has no team key yet, and it can only be read here: a member who "
                               "may write sets the team key with the first import"_s.arg(databasePath()));
    auto transaction = begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    // Two members' first imports at once: the lock lets one key in.
    if (auto locked = run(m_db, u"SELECT pg_advisory_xact_lock(4242002)"_s, {}, u"cannot lock the team key"_s); !locked)
        return std::unexpected(locked.error());
    found = teamCheckValue();
    if (!found)
        return std::unexpected(found.error());
    if (!found->isEmpty())
        return *found == checkValue;
    if (auto kept = run(m_db, u"INSERT INTO team (check_value, created_at) VALUES (?, ?)"_s,
                        {checkValue, QDateTime::currentSecsSinceEpoch()}, u"cannot keep the team key's check value"_s);
        !kept)
        return std::unexpected(kept.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    qCInfo(lcStore).noquote() << "the team key's check value is now kept on" << databasePath();
    return true;
}

// --- vehicles --------------------------------------------------------------

std::expected<QPair<qint64, qint64>, QString> Store::changeStamp()
{
    QSqlQuery query(m_db);
    if (onServer()) {
        // The oldest transaction still running and the next to start, as
        // this moment's snapshot sees them: a write by anyone (this
        // connection too) moves one of them. A write elsewhere on the
        // server moves them as well; that only costs a read.
        if (!query.exec(u"SELECT CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS TEXT) AS BIGINT), "
                        "CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS TEXT) AS BIGINT)"_s)
            || !query.next())
            return std::unexpected(u"cannot read the database's version: %1"_s.arg(lastError(query)));
        return QPair<qint64, qint64>(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return std::unexpected(u"cannot read the database's version: %1"_s.arg(lastError(query)));
    return QPair<qint64, qint64>(query.value(0).toLongLong(), sqlite3_total_changes64(m_handle));
}

std::expected<bool, QString> Store::hasVehicles()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT 1 FROM vehicles LIMIT 1"_s))
        return std::unexpected(u"cannot read the vehicles: %1"_s.arg(lastError(query)));
    return query.next();
}

namespace {

// The trend columns of health_trends, in the order trendFrom() reads them.
const QString trendColumns = u"shape, x0, c0, c1, c2, cov0, cov1, cov2, cov3, cov4, cov5, cov6, cov7, cov8, "
                             "scale, dof, x_min, x_max"_s;
constexpr int trendColumnCount = 18;

QString prefixed(const QString &alias)
{
    QStringList columns = trendColumns.split(u", "_s);
    for (QString &c : columns)
        c.prepend(alias + u'.');
    return columns.join(u", "_s);
}

std::optional<TrendModel> trendFrom(const QSqlQuery &query, int first)
{
    if (query.value(first).isNull())
        return std::nullopt;
    const auto shape = TrendModel::shapeFromName(query.value(first).toString());
    if (!shape)
        return std::nullopt;
    TrendModel m;
    m.shape = *shape;
    m.x0 = query.value(first + 1).toDouble();
    for (int i = 0; i < 3; ++i)
        m.coef[i] = query.value(first + 2 + i).toDouble();
    for (int i = 0; i < 9; ++i)
        m.cov[i] = query.value(first + 5 + i).toDouble();
    m.scale = query.value(first + 14).toDouble();
    m.dof = query.value(first + 15).toInt();
    m.xMin = query.value(first + 16).toDouble();
    m.xMax = query.value(first + 17).toDouble();
    return m;
}

const QString vehicleSummarySql =
    u"SELECT v.key, v.model, v.model_source, v.drive_train, v.capacity_new_override_kwh, "
    "v.session_count, v.first_session, v.last_session, v.max_mileage_km, "
    "h.capacity_kwh, h.capacity_low_kwh, h.capacity_high_kwh, h.capacity_new_kwh, h.capacity_new_source, "
    "h.catalog_model, h.soh_percent, h.soh_low_percent, h.soh_high_percent, h.estimates, h.derived_estimates, "
    "h.date_origin, "_s
    + prefixed(u"td"_s) + u", "_s + prefixed(u"tm"_s)
    + u", h.calibration_shift, h.calibration_sigma, h.weight_prior, h.weight_fleet_readings, h.weight_own_readings, "
      "h.readings_used, h.fleet_vehicles, h.weight_capacity_new, h.overhead_kw, h.overhead_sigma_kw, v.share_source"_s
    + u" FROM vehicles v LEFT JOIN battery_health h ON h.vehicle_id = v.id "
      "LEFT JOIN health_trends td ON td.vehicle_id = v.id AND td.axis = 'date' "
      "LEFT JOIN health_trends tm ON tm.vehicle_id = v.id AND tm.axis = 'mileage' "_s;

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
    v.dateOrigin = optionalInt(query.value(20));
    v.trendDate = trendFrom(query, 21);
    v.trendMileage = trendFrom(query, 21 + trendColumnCount);
    const int c = 21 + 2 * trendColumnCount;
    if (!query.value(c).isNull()) {
        EfficiencyCalibration calibration;
        calibration.shift = query.value(c).toDouble();
        calibration.sigmaRelative = query.value(c + 1).toDouble();
        calibration.weightPrior = query.value(c + 2).toDouble();
        calibration.weightFleetReadings = query.value(c + 3).toDouble();
        calibration.weightOwnReadings = query.value(c + 4).toDouble();
        calibration.readingsUsed = query.value(c + 5).toInt();
        calibration.fleetVehicles = query.value(c + 6).toInt();
        calibration.weightCapacityNew = query.value(c + 7).toDouble();
        v.calibration = calibration;
    }
    v.overheadKw = optionalDouble(query.value(c + 8));
    v.overheadSigmaKw = query.value(c + 9).toDouble();
    v.sharedSource = query.value(c + 10).toString();
    return v;
}

} // namespace

std::expected<QList<VehicleSummary>, QString> Store::summaries(const std::optional<QString> &key)
{
    QList<VehicleSummary> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool one = key.has_value();
    if (!query.prepare(vehicleSummarySql + (one ? u"WHERE v.key = ?"_s : u"ORDER BY v.share_source IS NOT NULL, v.model IS NULL, v.model, v.key"_s)))
        return std::unexpected(u"cannot read the vehicles: %1"_s.arg(lastError(query)));
    if (one)
        query.addBindValue(*key);
    if (!query.exec())
        return std::unexpected(u"cannot read the vehicles: %1"_s.arg(lastError(query)));
    while (query.next())
        result.append(summaryFrom(query));
    if (query.lastError().isValid())
        return std::unexpected(u"cannot read the vehicles: %1"_s.arg(lastError(query)));
    return result;
}

std::expected<QList<VehicleSummary>, QString> Store::vehicles()
{
    return summaries(std::nullopt);
}

std::expected<std::optional<VehicleSummary>, QString> Store::vehicle(const QString &key)
{
    auto found = summaries(key);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<VehicleSummary>();
    return found->first();
}

std::expected<void, QString> Store::updateVehicle(const QString &key, const QString &assignments, const QVariantList &values)
{
    auto q = run(m_db, u"UPDATE vehicles SET "_s + assignments + u" WHERE key = ?"_s, QVariantList(values) << key,
                 u"cannot change the vehicle"_s);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
    return {};
}

std::expected<void, QString> Store::setModel(const QString &key, const QString &model)
{
    const QString cleaned = Vin::redacted(model.simplified()); // a VIN typed into it is masked
    return updateVehicle(key, u"model = ?, model_source = ?, estimate_stale = 1"_s,
                         {nullableText(cleaned), cleaned.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u"user"_s)});
}

std::expected<void, QString> Store::setCapacityNewOverride(const QString &key, std::optional<double> kwh)
{
    return updateVehicle(key, u"capacity_new_override_kwh = ?, estimate_stale = 1"_s, {nullable(kwh)});
}

std::expected<void, QString> Store::forgetVehicle(const QString &key)
{
    if (auto deleted = deleteVehicle(key); !deleted)
        return deleted;
    return eraseDeletedBytes();
}

std::expected<void, QString> Store::deleteVehicle(const QString &key)
{
    {
        auto transaction = begin();
        if (!transaction)
            return std::unexpected(transaction.error());
        QSqlQuery query(m_db);
        // Foreign keys cascade to sessions, readings, health and upload links.
        if (!query.prepare(u"DELETE FROM vehicles WHERE key = ?"_s))
            return std::unexpected(lastError(query));
        query.addBindValue(key);
        if (!query.exec())
            return std::unexpected(lastError(query));
        if (query.numRowsAffected() == 0)
            return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
        // Files that held only this vehicle may be imported again later.
        if (!query.exec(u"DELETE FROM uploads WHERE id NOT IN (SELECT upload_id FROM upload_vehicles)"_s))
            return std::unexpected(lastError(query));
        // The vehicles that leaned on priors and fleet evidence it was part
        // of are out of date until recomputed.
        if (!query.exec(u"UPDATE vehicles SET estimate_stale = 1 WHERE id IN "
                        "(SELECT vehicle_id FROM battery_health WHERE uses_prior_efficiency = 1)"_s))
            return std::unexpected(lastError(query));
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
    return {};
}

std::expected<void, QString> Store::eraseDeletedBytes()
{
    if (onServer())
        return {}; // the server never held a VIN; its dead rows are its VACUUM's
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
