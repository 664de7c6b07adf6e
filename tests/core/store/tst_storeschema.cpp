// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The schema and its migrations: a new database gets the current schema and
// the pragmas the store relies on; a database written by every earlier
// schema version (tests/core/store/schemas/vN.sql, dumped from databases
// those versions made) opens, keeps every row, and reads back as before; a
// database from a newer version is refused.
#include "core/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
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
    "SELECT vehicle_id, start_time, end_time, soc_start, soc_end, energy_grid_kwh, energy_battery_kwh, mileage_km, "
    "charging_duration_s, avg_power_kw, max_power_kw, charging_kind, provider, cost, currency, preconditioning "
    "FROM sessions ORDER BY vehicle_id, start_time",
    "SELECT content_hash, kind, bytes, sessions_new, sessions_duplicate, sessions_rejected FROM uploads ORDER BY content_hash",
    "SELECT upload_id, vehicle_id FROM upload_vehicles ORDER BY upload_id, vehicle_id",
    "SELECT vehicle_id, kind, read_at, value FROM battery_readings ORDER BY vehicle_id, kind, read_at",
};

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
    // Schema 1 had no estimates: every vehicle with sessions needs one.
    QTest::newRow("schema 1") << u"v1.sql"_s << 0 << 0;
    // Schema 2 kept trends as JSON: the vehicles with a trend keep theirs
    // (the two i3s have one session each, too few for a trend, and are
    // recomputed instead).
    QTest::newRow("schema 2") << u"v2.sql"_s << 4 << 2;
    // Schema 3 had typed trends: all four estimates stay as they were
    // (recomputed, with readings and calibration, when next touched).
    QTest::newRow("schema 3") << u"v3.sql"_s << 4 << 4;
}

void TestStoreSchema::migratesEveryEarlierVersion()
{
    QFETCH(QString, dump);
    QFETCH(int, trends);
    QFETCH(int, estimates);
    QVERIFY(createFromDump(databasePath(), schemaFixture(dump)));
    QList<QStringList> before;
    for (const char *sql : keptTables)
        before.append(rowsOf(databasePath(), sql));
    QVERIFY(!before[1].isEmpty());

    {
        auto store = Store::open(m_dir->path());
        QVERIFY2(store, qPrintable(TestSupport::errorText(store)));
        const auto vehicles = (*store)->vehicles();
        QVERIFY2(vehicles, qPrintable(TestSupport::errorText(vehicles)));
        QCOMPARE(vehicles->size(), 4);
        const auto missing = (*store)->vehiclesWithoutHealth();
        QVERIFY(missing);
        QCOMPARE(missing->size(), 4 - estimates);
    }
    QCOMPARE(rowsOf(databasePath(), "PRAGMA user_version"), QStringList{QString::number(Store::schemaVersion)});
    for (qsizetype i = 0; i < qsizetype(std::size(keptTables)); ++i)
        QCOMPARE(rowsOf(databasePath(), keptTables[i]), before[i]);
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM health_trends"), QStringList{QString::number(trends)});
    // The JSON columns are gone; nothing outside the store parses trends.
    QCOMPARE(rowsOf(databasePath(), "SELECT COUNT(*) FROM pragma_table_info('battery_health') "
                                    "WHERE name IN ('trend_date', 'trend_mileage')"),
             QStringList{u"0"_s});
    QCOMPARE(rowsOf(databasePath(), "PRAGMA integrity_check"), QStringList{u"ok"_s});
    QCOMPARE(rowsOf(databasePath(), "PRAGMA foreign_key_check"), QStringList());
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

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
