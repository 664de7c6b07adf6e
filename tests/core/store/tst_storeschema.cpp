// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The schema and its migrations: a new database gets the current schema and
// the pragmas the store relies on; a database written by every earlier
// schema version (tests/core/store/schemas/vN.sql, dumped from databases
// those versions made) opens, keeps every row, and reads back as before; a
// database from a newer version is refused.
#include "core/store/store.h"
#include "core/store/storeschema.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString schemaFixture(const QString &name)
{
    return QDir(QStringLiteral(CARDATA_SCHEMA_FIXTURES)).filePath(name);
}

// Builds a database file from an SQL dump with SQLite itself, as the older
// version left it on disk.
bool createFromDump(const QString &databasePath, const QString &dumpPath)
{
    const QByteArray sql = TestSupport::readFile(dumpPath);
    if (sql.isEmpty())
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open(databasePath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char *error = nullptr;
    // A fixture, not data to keep: no waiting for the disk.
    sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (!ok)
        qWarning("%s", error);
    sqlite3_free(error);
    sqlite3_close(db);
    return ok;
}

// Rows as a version-independent list of strings, for before/after checks.
QStringList rows(sqlite3 *db, const char *sql)
{
    QStringList out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return {u"<error>"_s};
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList fields;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            fields.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i))));
        out.append(fields.join(u'|'));
    }
    sqlite3_finalize(stmt);
    return out;
}

QStringList rowsOf(const QString &databasePath, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const QStringList result = rows(db, sql);
    sqlite3_close(db);
    return result;
}

// What every version stored and a migration must keep as it was.
const char *const keptTables[] = {
    "SELECT key, model, model_source, drive_train, capacity_new_override_kwh FROM vehicles ORDER BY key",
    // (to the Wh, W and cent, as version 8 keeps them)
    "SELECT vehicle_id, start_time, end_time, soc_start, soc_end, ROUND(energy_grid_kwh * 1000) / 1000, "
    "ROUND(energy_battery_kwh * 1000) / 1000, mileage_km, charging_duration_s, ROUND(avg_power_kw * 1000) / 1000, "
    "ROUND(max_power_kw * 1000) / 1000, charging_kind, provider, ROUND(cost * 100) / 100, currency, preconditioning "
    "FROM sessions ORDER BY vehicle_id, start_time",
    "SELECT content_hash, kind, bytes, sessions_new, sessions_duplicate, sessions_rejected FROM uploads ORDER BY content_hash",
    "SELECT upload_id, vehicle_id FROM upload_vehicles ORDER BY upload_id, vehicle_id",
    "SELECT vehicle_id, kind, read_at, value FROM battery_readings ORDER BY vehicle_id, kind, read_at",
};
// keptTables[1] since version 8: the same values, kept in Wh, W and cents.
const char *const keptSessionsSince8 =
    "SELECT vehicle_id, start_time, end_time, soc_start, soc_end, energy_grid_wh / 1000, energy_battery_wh / 1000, "
    "mileage_km, charging_duration_s, avg_power_w / 1000, max_power_w / 1000, charging_kind, provider, "
    "cost_cents / 100, currency, preconditioning FROM sessions ORDER BY vehicle_id, start_time";

} // namespace

class TestStoreSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newDatabaseIsCurrent();
    void migratesEveryEarlierVersion_data();
    void migratesEveryEarlierVersion();
    void version2EstimatesReadBackUnchanged();
    void version3EstimatesReadBackUnchanged();
    void newerVersionIsRefused();
    void failedUpgradeChangesNothing();
    void damagedFileIsRefusedUnchanged_data();
    void damagedFileIsRefusedUnchanged();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString databasePath() const { return m_dir->filePath(QString::fromLatin1(Store::databaseFileName)); }
};

void TestStoreSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreSchema::newDatabaseIsCurrent()
{
    auto store = Store::open(m_dir->path());
    QVERIFY2(store, qPrintable(TestSupport::errorText(store)));
    QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
    const auto scalar = [&](const QString &sql) {
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    QCOMPARE(scalar(u"PRAGMA user_version"_s).toInt(), Store::schemaVersion);
    QCOMPARE(scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(u"PRAGMA secure_delete"_s).toInt(), 1);
    // Only the owner may read it.
    QCOMPARE(QFile::permissions(databasePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestStoreSchema::migratesEveryEarlierVersion_data()
{
    QTest::addColumn<QString>("dump");
    QTest::addColumn<int>("trends");   // typed trends after the migration
    QTest::addColumn<int>("estimates"); // vehicles with a stored estimate after it
    QTest::addColumn<int>("stale");     // vehicles to recompute after it
    // Schema 1 had no estimates: every vehicle with sessions needs one.
    QTest::newRow("schema 1") << u"v1.sql"_s << 0 << 0 << 4;
    // Schema 2 kept trends as JSON: the vehicles with a trend keep theirs
    // (the two i3s have one session each, too few for a trend, and are
    // recomputed instead).
    QTest::newRow("schema 2") << u"v2.sql"_s << 4 << 2 << 4;
    // Schema 3 had typed trends: all four estimates stay as they were
    // (recomputed, with readings and calibration, when next touched).
    QTest::newRow("schema 3") << u"v3.sql"_s << 4 << 4 << 4;
    // Schema 8 was current before the shared vehicles of schema 9: its
    // estimates are current and stay so; no vehicle is shared.
    QTest::newRow("schema 8") << u"v8.sql"_s << 4 << 4 << 0;
}

void TestStoreSchema::migratesEveryEarlierVersion()
{
    QFETCH(QString, dump);
    QFETCH(int, trends);
    QFETCH(int, estimates);
    QFETCH(int, stale);
    QVERIFY(createFromDump(databasePath(), schemaFixture(dump)));
    const int version = dump.mid(1, 1).toInt();
    // The sessions as the dump's own schema names their columns.
    const auto kept = [version](qsizetype i) { return i == 1 && version >= 8 ? keptSessionsSince8 : keptTables[i]; };
    QList<QStringList> before;
    for (qsizetype i = 0; i < qsizetype(std::size(keptTables)); ++i)
        before.append(rowsOf(databasePath(), kept(i)));
    QVERIFY(!before[1].isEmpty());

    {
        auto store = Store::open(m_dir->path());
        QVERIFY2(store, qPrintable(TestSupport::errorText(store)));
        const auto vehicles = (*store)->vehicles();
        QVERIFY2(vehicles, qPrintable(TestSupport::errorText(vehicles)));
        QCOMPARE(vehicles->size(), 4);
        // Schema 6 changed what the estimator gives (AC efficiency at each
        // session's power): every vehicle of an older schema is recomputed
        // at the next start, those with an estimate keep it until then.
        const auto missing = (*store)->vehiclesWithStaleHealth();
        QVERIFY(missing);
        QCOMPARE(missing->size(), stale);
        for (const VehicleSummary &v : *vehicles)
            QVERIFY(!v.shared());
    }
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM battery_health"),
             QStringList{QString::number(estimates)});
    QCOMPARE(rowsOf(databasePath(), "PRAGMA user_version"), QStringList{QString::number(Store::schemaVersion)});
    for (qsizetype i = 0; i < qsizetype(std::size(keptTables)); ++i)
        QCOMPARE(rowsOf(databasePath(), i == 1 ? keptSessionsSince8 : keptTables[i]), before[i]);
    // Version 8 keeps whole numbers where fractions were.
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM sessions WHERE energy_grid_wh != ROUND(energy_grid_wh) "
                                    "OR energy_battery_wh != ROUND(energy_battery_wh) OR cost_cents != ROUND(cost_cents)"),
             QStringList{u"0"_s});
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM health_trends"), QStringList{QString::number(trends)});
    // The JSON columns are gone; nothing outside the store parses trends.
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM pragma_table_info('battery_health') "
                                    "WHERE name IN ('trend_date', 'trend_mileage')"),
             QStringList{u"0"_s});
    QCOMPARE(rowsOf(databasePath(), "PRAGMA integrity_check"), QStringList{u"ok"_s});
    QCOMPARE(rowsOf(databasePath(), "PRAGMA foreign_key_check"), QStringList());
    // Version 7 keeps each vehicle's sessions in short with the vehicle.
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM vehicles v WHERE session_count = 0"), QStringList{u"0"_s});
    QCOMPARE(rowsOf(databasePath(),
                    "SELECT COUNT(*) FROM vehicles v WHERE (session_count, first_session, last_session, max_mileage_km) "
                    "IS NOT (SELECT COUNT(*), MIN(start_time), MAX(start_time), MAX(mileage_km) FROM sessions s "
                    "WHERE s.vehicle_id = v.id)"),
             QStringList{u"0"_s});

    // A copy of the database as it was is kept beside it.
    const QString backup = schemaBackupPath(databasePath(), dump.mid(1, 1).toInt());
    QCOMPARE(QFileInfo(backup).fileName(),
             u"cardata-health.before-upgrade-from-schema-%1.sqlite"_s.arg(dump.mid(1, 1)));
    QCOMPARE(rowsOf(backup, "PRAGMA user_version"), QStringList{dump.mid(1, 1)});
    for (qsizetype i = 0; i < qsizetype(std::size(keptTables)); ++i)
        QCOMPARE(rowsOf(backup, kept(i)), before[i]);
    QCOMPARE(QFile::permissions(backup) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestStoreSchema::version2EstimatesReadBackUnchanged()
{
    // What version 2's own CLI printed for this database (v2-vehicles.jsonl)
    // is what the migrated database still says.
    QVERIFY(createFromDump(databasePath(), schemaFixture(u"v2.sql"_s)));
    const QStringList jsonTrends = rowsOf(databasePath(), "SELECT v.key, h.trend_mileage FROM battery_health h "
                                                          "JOIN vehicles v ON v.id = h.vehicle_id "
                                                          "WHERE h.trend_mileage IS NOT NULL ORDER BY v.key");
    QCOMPARE(jsonTrends.size(), 2);
    auto store = Store::open(m_dir->path());
    QVERIFY2(store, qPrintable(TestSupport::errorText(store)));

    for (const QByteArray &line : TestSupport::readFile(schemaFixture(u"v2-vehicles.jsonl"_s)).split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject expected = QJsonDocument::fromJson(line).object();
        const auto found = (*store)->vehicle(expected[u"vehicle"_s].toString());
        QVERIFY(found && *found);
        const VehicleSummary &v = **found;
        QCOMPARE(v.model, expected[u"model"_s].toString());
        QCOMPARE(v.sessions, expected[u"sessions"_s].toInteger());
        QCOMPARE(v.capacityNewOverrideKwh.has_value(), !expected[u"capacity_new_override_kwh"_s].isNull());
        if (expected[u"capacity_kwh"_s].isNull()) {
            QVERIFY(!v.capacityKwh);
            continue;
        }
        QVERIFY(v.capacityKwh);
        QCOMPARE(std::round(*v.capacityKwh * 100) / 100, expected[u"capacity_kwh"_s].toDouble());
        QCOMPARE(std::round(*v.sohPercent * 10) / 10, expected[u"soh_percent"_s].toDouble());
    }

    // Every number of a trend survives the move from JSON to columns.
    for (const QString &row : jsonTrends) {
        const QString key = row.section(u'|', 0, 0);
        const QJsonObject json = QJsonDocument::fromJson(row.section(u'|', 1).toUtf8()).object();
        const auto v = (*store)->vehicle(key);
        QVERIFY(v && *v && (*v)->trendMileage);
        const TrendModel &t = *(*v)->trendMileage;
        QCOMPARE(TrendModel::shapeName(t.shape), json[u"shape"_s].toString());
        QCOMPARE(t.dof, json[u"dof"_s].toInt());
        const auto close = [](double a, double b) { return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b)); };
        QVERIFY(close(t.x0, json[u"x0"_s].toDouble()));
        QVERIFY(close(t.xMax, json[u"x_max"_s].toDouble()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(close(t.coef[i], json[u"coef"_s][i].toDouble()));
        for (int i = 0; i < 9; ++i)
            QVERIFY(close(t.cov[i], json[u"cov"_s][i].toDouble()));
    }
}

void TestStoreSchema::version3EstimatesReadBackUnchanged()
{
    // What version 3's CLI printed (v3-vehicles.jsonl) is what the migrated
    // database says, to the last printed digit; its estimates carry no
    // calibration until they are recomputed.
    QVERIFY(createFromDump(databasePath(), schemaFixture(u"v3.sql"_s)));
    auto store = Store::open(m_dir->path());
    QVERIFY2(store, qPrintable(TestSupport::errorText(store)));
    int compared = 0;
    for (const QByteArray &line : TestSupport::readFile(schemaFixture(u"v3-vehicles.jsonl"_s)).split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject expected = QJsonDocument::fromJson(line).object();
        const auto found = (*store)->vehicle(expected[u"vehicle"_s].toString());
        QVERIFY(found && *found);
        const VehicleSummary &v = **found;
        QCOMPARE(v.sessions, expected[u"sessions"_s].toInteger());
        QVERIFY(!v.calibration);
        QCOMPARE(v.capacityKwh.has_value(), !expected[u"capacity_kwh"_s].isNull());
        if (!v.capacityKwh)
            continue;
        QCOMPARE(std::round(*v.capacityKwh * 100) / 100, expected[u"capacity_kwh"_s].toDouble());
        QCOMPARE(std::round(*v.capacityLowKwh * 100) / 100, expected[u"capacity_low_kwh"_s].toDouble());
        QCOMPARE(std::round(*v.sohPercent * 10) / 10, expected[u"soh_percent"_s].toDouble());
        ++compared;
    }
    QCOMPARE(compared, 2);
}

void TestStoreSchema::newerVersionIsRefused()
{
    {
        auto store = Store::open(m_dir->path());
        QVERIFY(store);
        QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    auto reopened = Store::open(m_dir->path());
    QVERIFY(!reopened.has_value());
    QVERIFY2(reopened.error().contains(u"written by a newer version of CarData Battery Health (schema 99; this version "
                                       "knows up to %1)"_s.arg(Store::schemaVersion)),
             qPrintable(TestSupport::errorText(reopened)));
    QCOMPARE(rowsOf(databasePath(), "PRAGMA user_version"), QStringList{u"99"_s});
}

void TestStoreSchema::failedUpgradeChangesNothing()
{
    // A schema-3 database that already has a column schema 5 adds: the
    // upgrade fails at its last step, after schema 4's steps ran.
    QVERIFY(createFromDump(databasePath(), schemaFixture(u"v3.sql"_s)));
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(databasePath().toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "ALTER TABLE vehicles ADD COLUMN estimate_stale INTEGER", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    const QStringList schemaBefore = rowsOf(databasePath(), "SELECT sql FROM sqlite_schema ORDER BY name");
    auto store = Store::open(m_dir->path());
    QVERIFY(!store);
    const QString backup = schemaBackupPath(databasePath(), 3);
    QCOMPARE(store.error(), u"Cannot use the database %1: cannot upgrade the database from schema 3 to %2 (step 5: "
                            "duplicate column name: estimate_stale). It was not changed; the copy kept before the "
                            "upgrade is %3"_s.arg(QDir::toNativeSeparators(databasePath())).arg(Store::schemaVersion)
                                .arg(QDir::toNativeSeparators(backup)));
    // All or nothing: schema 4's steps were undone with schema 5's.
    QCOMPARE(rowsOf(databasePath(), "PRAGMA user_version"), QStringList{u"3"_s});
    QCOMPARE(rowsOf(databasePath(), "SELECT sql FROM sqlite_schema ORDER BY name"), schemaBefore);
    QVERIFY(QFile::exists(backup));
}

void TestStoreSchema::damagedFileIsRefusedUnchanged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("8 KB overwritten mid-file") << u"middle"_s << u": it is damaged (SQLite's check found "_s;
    QTest::newRow("header overwritten") << u"header"_s << u": it is damaged or not a database (its first bytes are not an SQLite header)"_s;
    QTest::newRow("not a database") << u"text"_s << u": it is damaged or not a database (its first bytes are not an SQLite header)"_s;
}

void TestStoreSchema::damagedFileIsRefusedUnchanged()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    // A database with some hundred pages of sessions.
    QVERIFY(createFromDump(databasePath(), schemaFixture(u"v3.sql"_s)));
    {
        auto store = Store::open(m_dir->path());
        QVERIFY(store);
        QSqlQuery q(QSqlDatabase::database((*store)->connectionName()));
        QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                       "INSERT INTO sessions (vehicle_id, start_time, end_time, soc_start, soc_end) "
                       "SELECT (SELECT MIN(id) FROM vehicles), 2000000000 + i * 3600, 2000000000 + i * 3600 + 60, 10, 80 FROM n"_s));
    }
    QFile file(databasePath());
    QVERIFY(file.size() > 128 * 1024);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == u"middle"_s) {
        QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
        QByteArray noise(8192, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        file.write(noise);
    } else if (damage == u"header"_s) {
        file.write(QByteArray(100, '\0'));
    } else {
        file.resize(0);
        file.write("vehicle,capacity\n");
    }
    file.close();
    const QByteArray bytes = TestSupport::readFile(databasePath());

    auto store = Store::open(m_dir->path());
    QVERIFY(!store);
    QVERIFY2(store.error().startsWith(u"Cannot use the database %1%2"_s.arg(QDir::toNativeSeparators(databasePath()), message)),
             qPrintable(store.error()));
    QVERIFY2(store.error().endsWith(u"Nothing was changed; move the file aside and import the exports again."_s)
                 || store.error().endsWith(u"Nothing was changed."_s), qPrintable(store.error()));
    // Not a byte written, no WAL made.
    QCOMPARE(TestSupport::readFile(databasePath()), bytes);
}

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
