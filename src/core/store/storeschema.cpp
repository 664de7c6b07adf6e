// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/storeschema.h"

#include "core/model/logging.h"
#include "core/store/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Version 1. Only anonymized facts: no VIN (vehicles.key is a keyed hash),
// no place, no file name. Sessions are keyed by (vehicle, start time) so
// overlapping exports merge, clustered by vehicle for the estimator's reads.
const char *const schemaV1[] = {
    R"(CREATE TABLE vehicles (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        model TEXT,
        model_source TEXT CHECK (model_source IN ('keylist', 'user')),
        drive_train TEXT,
        capacity_new_override_kwh REAL CHECK (capacity_new_override_kwh > 0),
        created_at INTEGER NOT NULL))",
    R"(CREATE TABLE uploads (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('json', 'archive', 'keylist')),
        bytes INTEGER NOT NULL,
        imported_at INTEGER NOT NULL,
        sessions_new INTEGER NOT NULL,
        sessions_duplicate INTEGER NOT NULL,
        sessions_rejected INTEGER NOT NULL))",
    R"(CREATE TABLE upload_vehicles (
        upload_id INTEGER NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        PRIMARY KEY (upload_id, vehicle_id)) WITHOUT ROWID)",
    R"(CREATE INDEX upload_vehicles_by_vehicle ON upload_vehicles (vehicle_id))",
    R"(CREATE TABLE sessions (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        start_time INTEGER NOT NULL,
        end_time INTEGER NOT NULL,
        soc_start REAL NOT NULL,
        soc_end REAL NOT NULL,
        energy_grid_kwh REAL,
        energy_battery_kwh REAL,
        mileage_km REAL,
        charging_duration_s INTEGER,
        avg_power_kw REAL,
        max_power_kw REAL,
        charging_kind TEXT,
        provider TEXT,
        cost REAL,
        currency TEXT,
        preconditioning INTEGER,
        PRIMARY KEY (vehicle_id, start_time)) WITHOUT ROWID)",
    R"(CREATE TABLE battery_readings (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        read_at INTEGER NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (vehicle_id, kind, read_at)) WITHOUT ROWID)",
    R"(CREATE TABLE battery_health (
        vehicle_id INTEGER PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
        computed_at INTEGER NOT NULL,
        capacity_kwh REAL,
        capacity_low_kwh REAL,
        capacity_high_kwh REAL,
        capacity_new_kwh REAL,
        capacity_new_source TEXT,
        soh_percent REAL,
        estimates INTEGER NOT NULL DEFAULT 0,
        derived_estimates INTEGER NOT NULL DEFAULT 0))",
};

// Version 2: what the health estimator derives, kept so that views and the
// CLI read it without recomputing, and so that a model's efficiency prior
// can be pooled from its vehicles without reading every session.
const char *const schemaV2[] = {
    R"(CREATE TABLE capacity_points (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        start_time INTEGER NOT NULL,
        mileage_km REAL,
        capacity_kwh REAL NOT NULL,
        sigma_kwh REAL NOT NULL,
        delta_soc REAL NOT NULL,
        derived INTEGER NOT NULL,
        outlier INTEGER NOT NULL,
        charging_kind TEXT,
        PRIMARY KEY (vehicle_id, start_time)) WITHOUT ROWID)",
    R"(CREATE TABLE vehicle_efficiency (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        charging_kind TEXT NOT NULL,
        samples INTEGER NOT NULL,
        mean REAL NOT NULL,
        sigma_session REAL NOT NULL,
        used_eta REAL,
        used_sigma REAL,
        used_source TEXT,
        PRIMARY KEY (vehicle_id, charging_kind)) WITHOUT ROWID)",
    "ALTER TABLE battery_health ADD COLUMN soh_low_percent REAL",
    "ALTER TABLE battery_health ADD COLUMN soh_high_percent REAL",
    "ALTER TABLE battery_health ADD COLUMN catalog_model TEXT",
    "ALTER TABLE battery_health ADD COLUMN uses_prior_efficiency INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE battery_health ADD COLUMN last_time INTEGER",
    "ALTER TABLE battery_health ADD COLUMN last_mileage_km REAL",
    "ALTER TABLE battery_health ADD COLUMN date_origin INTEGER",
    "ALTER TABLE battery_health ADD COLUMN trend_date TEXT",
    "ALTER TABLE battery_health ADD COLUMN trend_mileage TEXT",
};

// Version 3: trends as typed columns instead of JSON text, so that the
// store returns them as values and nothing outside it parses them. Trends
// written by version 2 are carried over; estimates without any trend (too
// little data, or computed before version 2 kept trends) are dropped and
// recomputed when the database is next opened for writing.
const char *const schemaV3[] = {
    R"(CREATE TABLE health_trends (
        vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        axis TEXT NOT NULL CHECK (axis IN ('date', 'mileage')),
        shape TEXT NOT NULL CHECK (shape IN ('constant', 'linear', 'early-drop')),
        x0 REAL NOT NULL,
        c0 REAL NOT NULL, c1 REAL NOT NULL, c2 REAL NOT NULL,
        cov0 REAL NOT NULL, cov1 REAL NOT NULL, cov2 REAL NOT NULL,
        cov3 REAL NOT NULL, cov4 REAL NOT NULL, cov5 REAL NOT NULL,
        cov6 REAL NOT NULL, cov7 REAL NOT NULL, cov8 REAL NOT NULL,
        scale REAL NOT NULL,
        dof INTEGER NOT NULL,
        x_min REAL NOT NULL,
        x_max REAL NOT NULL,
        PRIMARY KEY (vehicle_id, axis)) WITHOUT ROWID)",
    R"(INSERT INTO health_trends SELECT vehicle_id, axis,
        json_extract(t, '$.shape'), COALESCE(json_extract(t, '$.x0'), 1),
        COALESCE(json_extract(t, '$.coef[0]'), 0), COALESCE(json_extract(t, '$.coef[1]'), 0), COALESCE(json_extract(t, '$.coef[2]'), 0),
        COALESCE(json_extract(t, '$.cov[0]'), 0), COALESCE(json_extract(t, '$.cov[1]'), 0), COALESCE(json_extract(t, '$.cov[2]'), 0),
        COALESCE(json_extract(t, '$.cov[3]'), 0), COALESCE(json_extract(t, '$.cov[4]'), 0), COALESCE(json_extract(t, '$.cov[5]'), 0),
        COALESCE(json_extract(t, '$.cov[6]'), 0), COALESCE(json_extract(t, '$.cov[7]'), 0), COALESCE(json_extract(t, '$.cov[8]'), 0),
        COALESCE(json_extract(t, '$.scale'), 1), COALESCE(json_extract(t, '$.dof'), 0), COALESCE(json_extract(t, '$.x_min'), 0), COALESCE(json_extract(t, '$.x_max'), 0)
        FROM (SELECT vehicle_id, 'date' AS axis, trend_date AS t FROM battery_health WHERE json_valid(trend_date)
              UNION ALL
              SELECT vehicle_id, 'mileage', trend_mileage FROM battery_health WHERE json_valid(trend_mileage))
        WHERE json_extract(t, '$.shape') IN ('constant', 'linear', 'early-drop'))",
    "DELETE FROM battery_health WHERE vehicle_id NOT IN (SELECT vehicle_id FROM health_trends)",
    "ALTER TABLE battery_health DROP COLUMN trend_date",
    "ALTER TABLE battery_health DROP COLUMN trend_mileage",
};

// Version 4: what battery readings said about a vehicle's grid-derived
// capacities (pooled across the cars of a model) and how its efficiency was
// calibrated. Estimates of version 3 stay as they were until recomputed.
const char *const schemaV4[] = {
    "ALTER TABLE battery_health ADD COLUMN reading_log_ratio REAL",
    "ALTER TABLE battery_health ADD COLUMN reading_variance REAL",
    "ALTER TABLE battery_health ADD COLUMN reading_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE battery_health ADD COLUMN calibration_shift REAL",
    "ALTER TABLE battery_health ADD COLUMN calibration_sigma REAL",
    "ALTER TABLE battery_health ADD COLUMN weight_prior REAL",
    "ALTER TABLE battery_health ADD COLUMN weight_fleet_readings REAL",
    "ALTER TABLE battery_health ADD COLUMN weight_own_readings REAL",
    "ALTER TABLE battery_health ADD COLUMN weight_capacity_new REAL",
    "ALTER TABLE battery_health ADD COLUMN readings_used INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE battery_health ADD COLUMN fleet_vehicles INTEGER NOT NULL DEFAULT 0",
};

// Version 5: a vehicle whose sessions, readings, model or capacity changed
// is marked in the same transaction as the change, and unmarked when its
// estimate is stored. A crash (or a full disk) between the two leaves the
// mark, and the next open recomputes it.
const char *const schemaV5[] = {
    "ALTER TABLE vehicles ADD COLUMN estimate_stale INTEGER NOT NULL DEFAULT 0",
};

// Version 6: a car's fixed draw while AC charging, as its derived points at
// different powers show it. Every estimate is marked for recomputation: the
// estimator now moves AC efficiencies to each session's power, so what was
// stored is not what it would give.
const char *const schemaV6[] = {
    "ALTER TABLE battery_health ADD COLUMN overhead_kw REAL",
    "ALTER TABLE battery_health ADD COLUMN overhead_sigma_kw REAL",
    "UPDATE vehicles SET estimate_stale = 1",
};

// Version 7: each vehicle's number of sessions, their first and last start
// and its highest mileage, kept with the vehicle and brought up to date in
// the transaction that writes its sessions: listing the vehicles no longer
// reads every session (half a second at a million).
const char *const schemaV7[] = {
    "ALTER TABLE vehicles ADD COLUMN session_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE vehicles ADD COLUMN first_session INTEGER",
    "ALTER TABLE vehicles ADD COLUMN last_session INTEGER",
    "ALTER TABLE vehicles ADD COLUMN max_mileage_km REAL",
    R"(UPDATE vehicles SET (session_count, first_session, last_session, max_mileage_km) =
        (SELECT COUNT(*), MIN(start_time), MAX(start_time), MAX(mileage_km) FROM sessions s
         WHERE s.vehicle_id = vehicles.id))",
};

// Version 8: energies and capacities in whole Wh, powers in W, costs in
// hundredths, where 8-byte REALs with fractions were: 129 -> under 100
// bytes per session. Wh is finer than any export states an energy.
const char *const schemaV8[] = {
    "ALTER TABLE sessions RENAME COLUMN energy_grid_kwh TO energy_grid_wh",
    "ALTER TABLE sessions RENAME COLUMN energy_battery_kwh TO energy_battery_wh",
    "ALTER TABLE sessions RENAME COLUMN avg_power_kw TO avg_power_w",
    "ALTER TABLE sessions RENAME COLUMN max_power_kw TO max_power_w",
    "ALTER TABLE sessions RENAME COLUMN cost TO cost_cents",
    R"(UPDATE sessions SET energy_grid_wh = ROUND(energy_grid_wh * 1000),
        energy_battery_wh = ROUND(energy_battery_wh * 1000), avg_power_w = ROUND(avg_power_w * 1000),
        max_power_w = ROUND(max_power_w * 1000), cost_cents = ROUND(cost_cents * 100))",
    "ALTER TABLE capacity_points RENAME COLUMN capacity_kwh TO capacity_wh",
    "ALTER TABLE capacity_points RENAME COLUMN sigma_kwh TO sigma_wh",
    "UPDATE capacity_points SET capacity_wh = ROUND(capacity_wh * 1000), sigma_wh = MAX(1, ROUND(sigma_wh * 1000))",
};

// Version 9: vehicles shared by other owners (docs/sharing.md): the id a
// bundle gives the car, the id of the installation that shared it, and
// the day its bundle was written (a newer one replaces its data). Own
// vehicles have none of them. The same on a server.
const char *const schemaV9[] = {
    "ALTER TABLE vehicles ADD COLUMN share_id TEXT",
    "ALTER TABLE vehicles ADD COLUMN share_source TEXT",
    "ALTER TABLE vehicles ADD COLUMN shared_at INTEGER",
    "CREATE UNIQUE INDEX vehicles_by_share_id ON vehicles (share_id)",
};

// A PostgreSQL server starts at the layout of SQLite's version 8, in the
// server's own types (BIGINT where SQLite's INTEGER holds 64 bits, DOUBLE
// PRECISION for REAL) and with keys and models sorted bytewise, as SQLite
// sorts them. Its later migrations are its own, versioned in schema_version.
// `team` holds the check value of the team key (never the key itself).
const char *const serverSchemaV8[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE team (check_value TEXT NOT NULL, created_at BIGINT NOT NULL)",
    R"(CREATE TABLE vehicles (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        key TEXT COLLATE "C" NOT NULL UNIQUE,
        model TEXT COLLATE "C",
        model_source TEXT CHECK (model_source IN ('keylist', 'user')),
        drive_train TEXT,
        capacity_new_override_kwh DOUBLE PRECISION CHECK (capacity_new_override_kwh > 0),
        created_at BIGINT NOT NULL,
        estimate_stale INTEGER NOT NULL DEFAULT 0,
        session_count BIGINT NOT NULL DEFAULT 0,
        first_session BIGINT,
        last_session BIGINT,
        max_mileage_km DOUBLE PRECISION))",
    R"(CREATE TABLE uploads (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('json', 'archive', 'keylist')),
        bytes BIGINT NOT NULL,
        imported_at BIGINT NOT NULL,
        sessions_new INTEGER NOT NULL,
        sessions_duplicate INTEGER NOT NULL,
        sessions_rejected INTEGER NOT NULL))",
    R"(CREATE TABLE upload_vehicles (
        upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
        vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        PRIMARY KEY (upload_id, vehicle_id)))",
    "CREATE INDEX upload_vehicles_by_vehicle ON upload_vehicles (vehicle_id)",
    R"(CREATE TABLE sessions (
        vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        start_time BIGINT NOT NULL,
        end_time BIGINT NOT NULL,
        soc_start DOUBLE PRECISION NOT NULL,
        soc_end DOUBLE PRECISION NOT NULL,
        energy_grid_wh BIGINT,
        energy_battery_wh BIGINT,
        mileage_km DOUBLE PRECISION,
        charging_duration_s BIGINT,
        avg_power_w BIGINT,
        max_power_w BIGINT,
        charging_kind TEXT,
        provider TEXT,
        cost_cents BIGINT,
        currency TEXT,
        preconditioning INTEGER,
        PRIMARY KEY (vehicle_id, start_time)))",
    R"(CREATE TABLE battery_readings (
        vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        kind TEXT COLLATE "C" NOT NULL,
        read_at BIGINT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (vehicle_id, kind, read_at)))",
    R"(CREATE TABLE battery_health (
        vehicle_id BIGINT PRIMARY KEY REFERENCES vehicles(id) ON DELETE CASCADE,
        computed_at BIGINT NOT NULL,
        capacity_kwh DOUBLE PRECISION,
        capacity_low_kwh DOUBLE PRECISION,
        capacity_high_kwh DOUBLE PRECISION,
        capacity_new_kwh DOUBLE PRECISION,
        capacity_new_source TEXT,
        soh_percent DOUBLE PRECISION,
        estimates INTEGER NOT NULL DEFAULT 0,
        derived_estimates INTEGER NOT NULL DEFAULT 0,
        soh_low_percent DOUBLE PRECISION,
        soh_high_percent DOUBLE PRECISION,
        catalog_model TEXT,
        uses_prior_efficiency INTEGER NOT NULL DEFAULT 0,
        last_time BIGINT,
        last_mileage_km DOUBLE PRECISION,
        date_origin BIGINT,
        reading_log_ratio DOUBLE PRECISION,
        reading_variance DOUBLE PRECISION,
        reading_count INTEGER NOT NULL DEFAULT 0,
        calibration_shift DOUBLE PRECISION,
        calibration_sigma DOUBLE PRECISION,
        weight_prior DOUBLE PRECISION,
        weight_fleet_readings DOUBLE PRECISION,
        weight_own_readings DOUBLE PRECISION,
        weight_capacity_new DOUBLE PRECISION,
        readings_used INTEGER NOT NULL DEFAULT 0,
        fleet_vehicles INTEGER NOT NULL DEFAULT 0,
        overhead_kw DOUBLE PRECISION,
        overhead_sigma_kw DOUBLE PRECISION))",
    R"(CREATE TABLE capacity_points (
        vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        start_time BIGINT NOT NULL,
        mileage_km DOUBLE PRECISION,
        capacity_wh BIGINT NOT NULL,
        sigma_wh BIGINT NOT NULL,
        delta_soc DOUBLE PRECISION NOT NULL,
        derived INTEGER NOT NULL,
        outlier INTEGER NOT NULL,
        charging_kind TEXT,
        PRIMARY KEY (vehicle_id, start_time)))",
    R"(CREATE TABLE vehicle_efficiency (
        vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        charging_kind TEXT NOT NULL,
        samples INTEGER NOT NULL,
        mean DOUBLE PRECISION NOT NULL,
        sigma_session DOUBLE PRECISION NOT NULL,
        used_eta DOUBLE PRECISION,
        used_sigma DOUBLE PRECISION,
        used_source TEXT,
        PRIMARY KEY (vehicle_id, charging_kind)))",
    R"(CREATE TABLE health_trends (
        vehicle_id BIGINT NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
        axis TEXT NOT NULL CHECK (axis IN ('date', 'mileage')),
        shape TEXT NOT NULL CHECK (shape IN ('constant', 'linear', 'early-drop')),
        x0 DOUBLE PRECISION NOT NULL,
        c0 DOUBLE PRECISION NOT NULL, c1 DOUBLE PRECISION NOT NULL, c2 DOUBLE PRECISION NOT NULL,
        cov0 DOUBLE PRECISION NOT NULL, cov1 DOUBLE PRECISION NOT NULL, cov2 DOUBLE PRECISION NOT NULL,
        cov3 DOUBLE PRECISION NOT NULL, cov4 DOUBLE PRECISION NOT NULL, cov5 DOUBLE PRECISION NOT NULL,
        cov6 DOUBLE PRECISION NOT NULL, cov7 DOUBLE PRECISION NOT NULL, cov8 DOUBLE PRECISION NOT NULL,
        scale DOUBLE PRECISION NOT NULL,
        dof INTEGER NOT NULL,
        x_min DOUBLE PRECISION NOT NULL,
        x_max DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (vehicle_id, axis)))",
    "INSERT INTO schema_version (version) VALUES (8)",
};

struct Migration
{
    int version;
    const char *const *statements;
    size_t count;
};

const Migration migrations[] = {
    {1, schemaV1, std::size(schemaV1)},
    {2, schemaV2, std::size(schemaV2)},
    {3, schemaV3, std::size(schemaV3)},
    {4, schemaV4, std::size(schemaV4)},
    {5, schemaV5, std::size(schemaV5)},
    {6, schemaV6, std::size(schemaV6)},
    {7, schemaV7, std::size(schemaV7)},
    {8, schemaV8, std::size(schemaV8)},
    {9, schemaV9, std::size(schemaV9)},
};

// The server's own steps after its version 8 (the same changes as the
// file's, in the server's types).
const char *const serverSchemaV9[] = {
    "ALTER TABLE vehicles ADD COLUMN share_id TEXT COLLATE \"C\"",
    "ALTER TABLE vehicles ADD COLUMN share_source TEXT COLLATE \"C\"",
    "ALTER TABLE vehicles ADD COLUMN shared_at BIGINT",
    "CREATE UNIQUE INDEX vehicles_by_share_id ON vehicles (share_id)",
};

const Migration serverMigrations[] = {
    {9, serverSchemaV9, std::size(serverSchemaV9)},
};

} // namespace

namespace {

// A consistent copy of the database as it is, written under a temporary
// name and renamed, so that a half-written copy never carries the name.
std::expected<void, QString> keepCopy(QSqlQuery &query, const QString &path)
{
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    QString quoted = partial;
    quoted.replace(u"'"_s, u"''"_s);
    if (!query.exec(u"VACUUM INTO '%1'"_s.arg(quoted))) {
        const QString error = StoreSql::errorText(query.lastError());
        QFile::remove(partial);
        return std::unexpected(error);
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return std::unexpected(u"cannot rename %1"_s.arg(partial));
    }
    return {};
}

} // namespace

QString schemaBackupPath(const QString &databasePath, int version)
{
    QString base = databasePath;
    if (base.endsWith(u".sqlite"_s))
        base.chop(7);
    return u"%1.before-upgrade-from-schema-%2.sqlite"_s.arg(base).arg(version);
}

std::expected<int, QString> migrateSchema(QSqlDatabase &db, int targetVersion, const QString &databasePath)
{
    QSqlQuery query(db);
    const auto version = [&query]() -> std::optional<int> {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return std::nullopt;
        const int v = query.value(0).toInt();
        query.finish();
        return v;
    };
    const auto current = version();
    if (!current)
        return std::unexpected(u"cannot read the schema version: %1"_s.arg(StoreSql::errorText(query.lastError())));
    if (*current > targetVersion)
        return std::unexpected(u"the database was written by a newer version of CarData Battery Health "
                               "(schema %1; this version knows up to %2). It was not changed: use the newer "
                               "version, or another data folder"_s.arg(*current).arg(targetVersion));
    if (*current == targetVersion)
        return *current;

    // A database with data is copied before it is upgraded: an upgrade that
    // goes wrong in a way no test foresaw can still be undone by hand.
    QString backup;
    if (*current > 0) {
        backup = schemaBackupPath(databasePath, *current);
        if (auto kept = keepCopy(query, backup); !kept)
            return std::unexpected(u"cannot keep a copy of the database before upgrading it from schema %1 to %2 "
                                   "(%3). It was not changed"_s.arg(*current).arg(targetVersion).arg(kept.error()));
        qCInfo(lcStore).noquote() << "kept a copy of the database before upgrading it:" << backup;
    }

    // All steps in one transaction: the database is either upgraded in full
    // or left exactly as it was. IMMEDIATE, then look again: another process
    // opening the same database at the same moment may have upgraded it.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return std::unexpected(u"cannot start the schema upgrade: %1"_s.arg(StoreSql::errorText(query.lastError())));
    const auto now = version();
    if (!now) {
        const QString error = StoreSql::errorText(query.lastError());
        query.exec(u"ROLLBACK"_s);
        return std::unexpected(u"cannot read the schema version: %1"_s.arg(error));
    }
    const auto failed = [&](int step, const QString &error) {
        query.exec(u"ROLLBACK"_s);
        QString message = *now == 0
            ? u"cannot set up a new database (step %1): %2"_s.arg(step).arg(error)
            : u"cannot upgrade the database from schema %1 to %2 (step %3: %4). It was not changed"_s.arg(*now)
                  .arg(targetVersion).arg(step).arg(error);
        if (!backup.isEmpty())
            message += u"; the copy kept before the upgrade is %1"_s.arg(QDir::toNativeSeparators(backup));
        return std::unexpected(message);
    };
    for (const Migration &migration : migrations) {
        if (migration.version <= *now || migration.version > targetVersion)
            continue;
        for (size_t i = 0; i < migration.count; ++i) {
            if (!query.exec(QString::fromUtf8(migration.statements[i])))
                return failed(migration.version, StoreSql::errorText(query.lastError()));
        }
    }
    if (*now < targetVersion && !query.exec(u"PRAGMA user_version = %1"_s.arg(targetVersion)))
        return failed(targetVersion, StoreSql::errorText(query.lastError()));
    if (!query.exec(u"COMMIT"_s))
        return failed(targetVersion, StoreSql::errorText(query.lastError()));
    if (*now < targetVersion)
        qCDebug(lcStore) << "database schema upgraded from" << *now << "to" << targetVersion;
    return *now;
}

std::expected<int, QString> migrateServerSchema(QSqlDatabase &db, int targetVersion)
{
    QSqlQuery query(db);
    const auto error = [&query] { return StoreSql::errorText(query.lastError()); };
    // One transaction, under a lock that every member's first connection
    // takes: two members setting up a new server at once make one schema.
    if (!query.exec(u"BEGIN"_s))
        return std::unexpected(u"cannot start the schema set-up: %1"_s.arg(error()));
    const auto failed = [&](const QString &message) {
        query.exec(u"ROLLBACK"_s);
        return std::unexpected(message);
    };
    if (!query.exec(u"SELECT pg_advisory_xact_lock(4242001)"_s))
        return failed(u"cannot lock the schema: %1"_s.arg(error()));
    if (!query.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) || !query.next())
        return failed(u"cannot read the schema version: %1"_s.arg(error()));
    int current = 0;
    if (query.value(0).toBool()) {
        if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next())
            return failed(u"cannot read the schema version: %1"_s.arg(error()));
        current = query.value(0).toInt();
    }
    if (current > targetVersion)
        return failed(u"the database was set up by a newer version of CarData Battery Health (schema %1; this "
                      "version knows up to %2). It was not changed: use the newer version"_s
                          .arg(current)
                          .arg(targetVersion));
    if (current == 0) {
        for (const char *statement : serverSchemaV8) {
            if (!query.exec(QString::fromUtf8(statement))) {
                const QString why = error();
                if (why.contains(u"permission denied"_s))
                    return failed(u"the database is empty, and your role on the server may not create tables in "
                                  "it. Have the server's owner connect once (see docs/server.md): %1"_s.arg(why));
                return failed(u"cannot set up the database on the server: %1"_s.arg(why));
            }
        }
    }
    int reached = std::max(current, 8);
    for (const Migration &m : serverMigrations) {
        if (m.version <= reached || m.version > targetVersion)
            continue;
        for (size_t i = 0; i < m.count; ++i) {
            if (!query.exec(QString::fromUtf8(m.statements[i]))) {
                const QString why = error();
                if (why.contains(u"permission denied"_s) || why.contains(u"must be owner"_s))
                    return failed(u"the database on the server needs an upgrade to schema %1, and your role may not "
                                  "change its tables. Have the server's owner connect once (see docs/server.md): %2"_s
                                      .arg(m.version)
                                      .arg(why));
                return failed(u"cannot upgrade the database on the server to schema %1: %2"_s.arg(m.version).arg(why));
            }
        }
        if (!query.exec(u"UPDATE schema_version SET version = %1"_s.arg(m.version)))
            return failed(u"cannot upgrade the database on the server: %1"_s.arg(error()));
        reached = m.version;
    }
    if (!query.exec(u"COMMIT"_s))
        return failed(u"cannot set up the database on the server: %1"_s.arg(error()));
    return current;
}
