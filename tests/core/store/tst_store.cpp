// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The store's typed methods: what goes in comes back as the same values,
// transactions are all-or-nothing (also nested), and a database error comes
// back as a message instead of an empty answer.
#include "core/store/store.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChargingHistory sessions(int count, qint64 start = 1700000000)
{
    ChargingHistory h;
    for (int i = 0; i < count; ++i) {
        ChargingSession s;
        s.startTime = start + i * 86400;
        s.endTime = s.startTime + 3600;
        s.socStart = 20;
        s.socEnd = 80;
        s.energyGridKwh = 50;
        s.energyBatteryKwh = 46;
        s.mileageKm = 1000 + i * 300.0;
        s.kind = ChargingKind::Ac;
        h.sessions.append(s);
    }
    return h;
}

TrendModel trend()
{
    TrendModel m;
    m.shape = TrendModel::Shape::EarlyDrop;
    m.x0 = 6000;
    m.coef = {80, -0.0001, -2.5};
    m.cov = {1.5, 2e-5, 0.25, 2e-5, 3e-9, 1e-6, 0.25, 1e-6, 0.4};
    m.scale = 1.25;
    m.dof = 37;
    m.xMin = 1000;
    m.xMax = 40000;
    return m;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensTheChosenDatabase();
    void vehiclesInModelOrder();
    void healthRoundTrip();
    void readingsAndPointsRoundTrip();
    void nestedTransactionsRollBackAlone();
    void textAndNumbersComeBackExactly();
    void editsOfUnknownVehiclesFail();
    void databaseErrorsComeBackAsMessages();

private:
    void write(const QString &key, const QString &model, const ChargingHistory &h, const QByteArray &hash);
    qint64 idOf(const QString &key);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<TestDatabase>(m_dir->path());
    auto store = Store::open(m_dir->path());
    QVERIFY2(store, qPrintable(TestSupport::errorText(store)));
    m_store = std::move(*store);
}

void TestStore::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestStore::opensTheChosenDatabase()
{
    QCOMPARE(m_store->onServer(), TestDatabase::serverRun());
    QVERIFY(!m_store->readOnly());
    if (TestDatabase::serverRun()) {
        QVERIFY2(m_store->databasePath().startsWith(u"postgresql://"_s), qPrintable(m_store->databasePath()));
        QVERIFY(!QFile::exists(m_dir->filePath(u"cardata-health.sqlite"_s)));
    }
}

void TestStore::write(const QString &key, const QString &model, const ChargingHistory &h, const QByteArray &hash)
{
    KeyListInfo keyList;
    keyList.modelName = model;
    keyList.readings = {{BatteryReadingKind::MaxEnergyKwh, 77.5, 1700500000},
                        {BatteryReadingKind::StateOfHealthPercent, 96, 1700500000}};
    const auto written = m_store->writeFile({hash, u"json"_s, 100, 0}, {{key, &h, model.isEmpty() ? nullptr : &keyList, {}}});
    QVERIFY2(written, qPrintable(TestSupport::errorText(written)));
}

qint64 TestStore::idOf(const QString &key)
{
    for (const VehicleRef &ref : m_store->vehicleRefs().value_or(QList<VehicleRef>{})) {
        if (ref.key == key)
            return ref.id;
    }
    return 0;
}

void TestStore::vehiclesInModelOrder()
{
    write(u"cccccccccccccccc"_s, QString(), sessions(2), "h1");
    write(u"bbbbbbbbbbbbbbbb"_s, u"iX xDrive40"_s, sessions(3), "h2");
    write(u"aaaaaaaaaaaaaaaa"_s, u"i4 eDrive40"_s, sessions(4), "h3");
    const auto vehicles = m_store->vehicles();
    QVERIFY(vehicles);
    QCOMPARE(vehicles->size(), 3);
    // Known models first, by name; unknown last.
    QCOMPARE(vehicles->at(0).key, u"aaaaaaaaaaaaaaaa"_s);
    QCOMPARE(vehicles->at(1).key, u"bbbbbbbbbbbbbbbb"_s);
    QCOMPARE(vehicles->at(2).key, u"cccccccccccccccc"_s);
    const VehicleSummary &i4 = vehicles->at(0);
    QCOMPARE(i4.model, u"i4 eDrive40"_s);
    QCOMPARE(i4.modelSource, u"keylist"_s);
    QCOMPARE(i4.sessions, qint64(4));
    QCOMPARE(i4.firstSession, std::optional<qint64>(1700000000));
    QCOMPARE(i4.lastSession, std::optional<qint64>(1700000000 + 3 * 86400));
    QCOMPARE(i4.mileageKm, std::optional<double>(1900));
    QVERIFY(!i4.capacityKwh); // nothing estimated yet
    QCOMPARE(*m_store->hasVehicles(), true);
    QCOMPARE(m_store->vehicle(u"0000000000000000"_s)->has_value(), false);
}

void TestStore::healthRoundTrip()
{
    write(u"aaaaaaaaaaaaaaaa"_s, u"i4 eDrive40"_s, sessions(3), "h1");
    const qint64 id = idOf(u"aaaaaaaaaaaaaaaa"_s);
    QVERIFY(id > 0);
    VehicleHealth h;
    h.points = {CapacityPoint{1700000000, 1000, 76.5, 0.8, 60, true, false, ChargingKind::Ac},
                CapacityPoint{1700086400, NAN, 75.9, 0.7, 55, false, true, ChargingKind::Dc}};
    h.byMileage = trend();
    TrendModel byDate = trend();
    byDate.shape = TrendModel::Shape::Linear;
    byDate.x0 = 1;
    h.byDate = byDate;
    h.dateOrigin = 1700000000;
    h.lastTime = 1700086400;
    h.lastMileageKm = 1300;
    h.capacityKwh = 75.25;
    h.capacityLowKwh = 74.5;
    h.capacityHighKwh = 76;
    h.capacityNewKwh = 80.7;
    h.capacityNewSource = u"table"_s;
    h.catalogModel = u"i4 eDrive40"_s;
    h.sohPercent = 93.25;
    h.sohLowPercent = 92.3;
    h.sohHighPercent = 94.2;
    h.estimates = 2;
    h.derivedEstimates = 1;
    {
        auto transaction = m_store->begin();
        QVERIFY(transaction);
        QVERIFY(m_store->saveHealth(id, h));
        QVERIFY(transaction->commit());
    }
    const auto v = *m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s);
    QVERIFY(v);
    QCOMPARE(v->capacityKwh, h.capacityKwh);
    QCOMPARE(v->capacityLowKwh, h.capacityLowKwh);
    QCOMPARE(v->sohPercent, h.sohPercent);
    QCOMPARE(v->capacityNewSource, u"table"_s);
    QCOMPARE(v->catalogModel, u"i4 eDrive40"_s);
    QCOMPARE(v->estimates, 2);
    QCOMPARE(v->derivedEstimates, 1);
    QCOMPARE(v->dateOrigin, std::optional<qint64>(1700000000));
    // Trends come back as the very same values.
    QVERIFY(v->trendMileage && v->trendDate);
    const TrendModel &m = *v->trendMileage;
    QCOMPARE(m.shape, TrendModel::Shape::EarlyDrop);
    QCOMPARE(m.x0, 6000.0);
    QCOMPARE(m.coef, trend().coef);
    QCOMPARE(m.cov, trend().cov);
    QCOMPARE(m.scale, 1.25);
    QCOMPARE(m.dof, 37);
    QCOMPARE(m.xMin, 1000.0);
    QCOMPARE(m.xMax, 40000.0);
    QCOMPARE(m.value(20000), trend().value(20000));
    QCOMPARE(v->trendDate->shape, TrendModel::Shape::Linear);

    // A newer estimate without a date trend removes the old one.
    h.byDate.reset();
    QVERIFY(m_store->saveHealth(id, h));
    QVERIFY(!(*m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s))->trendDate);
    QVERIFY(m_store->vehiclesWithStaleHealth()->isEmpty());
}

void TestStore::readingsAndPointsRoundTrip()
{
    write(u"aaaaaaaaaaaaaaaa"_s, u"i4 eDrive40"_s, sessions(3), "h1");
    const auto readings = m_store->batteryReadings(u"aaaaaaaaaaaaaaaa"_s);
    QVERIFY(readings);
    QCOMPARE(readings->size(), 2);
    QCOMPARE(readings->at(0).kind, BatteryReadingKind::MaxEnergyKwh);
    QCOMPARE(readings->at(0).value, 77.5);
    QCOMPARE(readings->at(1).kind, BatteryReadingKind::StateOfHealthPercent);
    QCOMPARE(readings->at(1).time, qint64(1700500000));

    const qint64 id = idOf(u"aaaaaaaaaaaaaaaa"_s);
    VehicleHealth h;
    h.points = {CapacityPoint{1700086400, NAN, 75.9, 0.7, 55, false, true, ChargingKind::Dc},
                CapacityPoint{1700000000, 1000, 76.5, 0.8, 60, true, false, ChargingKind::AcLow}};
    QVERIFY(m_store->saveHealth(id, h));
    const auto points = m_store->capacityPoints(u"aaaaaaaaaaaaaaaa"_s);
    QVERIFY(points);
    QCOMPARE(points->size(), 2);
    // Oldest first, every field as written; no mileage stays "no mileage".
    QCOMPARE(points->at(0).time, qint64(1700000000));
    QCOMPARE(points->at(0).mileageKm, 1000.0);
    QCOMPARE(points->at(0).kind, ChargingKind::AcLow);
    QVERIFY(points->at(0).derived);
    QVERIFY(std::isnan(points->at(1).mileageKm));
    QVERIFY(points->at(1).outlier);
    QCOMPARE(points->at(1).sigmaKwh, 0.7);
    QCOMPARE(points->at(1).deltaSoc, 55.0);

    // A re-estimate: one point the same, one with new values, one new.
    h.points[0].capacityKwh = 74.1;
    h.points[0].outlier = false;
    h.points.append(CapacityPoint{1700172800, 1600, 75.0, 0.9, 40, false, false, ChargingKind::Ac});
    QVERIFY(m_store->saveHealth(id, h));
    auto again = m_store->capacityPoints(u"aaaaaaaaaaaaaaaa"_s);
    QVERIFY(again);
    QCOMPARE(again->size(), 3);
    QCOMPARE(again->at(0).capacityKwh, 76.5);
    QCOMPARE(again->at(1).capacityKwh, 74.1);
    QVERIFY(!again->at(1).outlier);
    QCOMPARE(again->at(2).time, qint64(1700172800));
    // And one without a point it had: that point is gone.
    h.points.removeFirst();
    QVERIFY(m_store->saveHealth(id, h));
    again = m_store->capacityPoints(u"aaaaaaaaaaaaaaaa"_s);
    QVERIFY(again);
    QCOMPARE(again->size(), 2);
    QCOMPARE(again->at(0).time, qint64(1700000000));
    QCOMPARE(again->at(1).time, qint64(1700172800));
    // Sessions read back for the estimator, oldest first.
    const auto stored = m_store->healthSessions(id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 3);
    QCOMPARE(stored->at(2).mileageKm, 1600.0);
    QCOMPARE(stored->at(0).batteryKwh, std::optional<double>(46));
    QCOMPARE(stored->at(0).kind, ChargingKind::Ac);
}

void TestStore::nestedTransactionsRollBackAlone()
{
    write(u"aaaaaaaaaaaaaaaa"_s, u"i4 eDrive40"_s, sessions(3), "h1");
    {
        auto outer = m_store->begin();
        QVERIFY(outer);
        QVERIFY(m_store->setModel(u"aaaaaaaaaaaaaaaa"_s, u"i4 M50"_s));
        {
            auto inner = m_store->begin();
            QVERIFY(inner);
            QVERIFY(m_store->setCapacityNewOverride(u"aaaaaaaaaaaaaaaa"_s, 70.5));
            // Not committed: only the inner change goes.
        }
        {
            auto inner = m_store->begin();
            QVERIFY(inner);
            auto innermost = m_store->begin();
            QVERIFY(innermost);
            // Out of order: refused, and nothing is broken by trying.
            QVERIFY(!inner->commit());
            QVERIFY(innermost->commit());
            QVERIFY(inner->commit());
        }
        QVERIFY(outer->commit());
    }
    auto v = *m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s);
    QCOMPARE(v->model, u"i4 M50"_s);
    QVERIFY(!v->capacityNewOverrideKwh);
    {
        auto outer = m_store->begin();
        QVERIFY(m_store->setModel(u"aaaaaaaaaaaaaaaa"_s, u"i4 eDrive35"_s));
        // Never committed: all of it goes.
    }
    QCOMPARE((*m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s))->model, u"i4 M50"_s);
}

// Free text with the characters a bulk write must escape, and numbers
// whose text form is long, come back exactly as written (a server's COPY
// path and the file's statements alike).
void TestStore::textAndNumbersComeBackExactly()
{
    ChargingHistory h = sessions(2);
    h.sessions[0].provider = u"Tab\there, line\nbreak, back\\slash \\N, return\r, \u00e9t\u00e9 \U0001F50C"_s;
    h.sessions[0].currency = u"EUR"_s;
    h.sessions[0].cost = 12.34;
    h.sessions[0].mileageKm = 12345.678901234567;
    h.sessions[0].socStart = 0.1 + 0.2;
    h.sessions[1].provider = u"\\N"_s; // COPY's NULL, as text
    write(u"aaaaaaaaaaaaaaaa"_s, QString(), h, "h1");
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(q.exec(u"SELECT provider, currency, cost_cents, mileage_km, soc_start FROM sessions ORDER BY start_time"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), h.sessions[0].provider);
    QCOMPARE(q.value(1).toString(), u"EUR"_s);
    QCOMPARE(q.value(2).toLongLong(), 1234);
    QCOMPARE(q.value(3).toDouble(), 12345.678901234567);
    QCOMPARE(q.value(4).toDouble(), 0.1 + 0.2);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"\\N"_s);
    QVERIFY(!q.value(1).isValid() || q.value(1).isNull());
    q.finish();
    // The same file's sessions again, with the text changed: merged in place.
    h.sessions[1].provider = u"plain"_s;
    write(u"aaaaaaaaaaaaaaaa"_s, QString(), h, "h2");
    QVERIFY(q.exec(u"SELECT COUNT(*), MAX(provider) FROM sessions"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toString(), u"plain"_s);
}

void TestStore::editsOfUnknownVehiclesFail()
{
    QCOMPARE(m_store->setModel(u"0000000000000000"_s, u"i4"_s).error(), u"no vehicle 0000000000000000 in this database"_s);
    QCOMPARE(m_store->setCapacityNewOverride(u"0000000000000000"_s, 70).error(),
             u"no vehicle 0000000000000000 in this database"_s);
    QCOMPARE(m_store->forgetVehicle(u"0000000000000000"_s).error(), u"no vehicle 0000000000000000 in this database"_s);
}

void TestStore::databaseErrorsComeBackAsMessages()
{
    write(u"aaaaaaaaaaaaaaaa"_s, u"i4 eDrive40"_s, sessions(3), "h1");
    // Break the database under the store: every read reports it rather than
    // answering "nothing there".
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(q.exec(u"ALTER TABLE vehicles RENAME TO vehicles_gone"_s));
    const auto vehicles = m_store->vehicles();
    QVERIFY(!vehicles);
    QVERIFY2(vehicles.error().startsWith(u"cannot read the vehicles: "_s), qPrintable(vehicles.error()));
    // SQLite's words, or PostgreSQL's.
    QVERIFY2(vehicles.error().contains(u"no such table"_s) || vehicles.error().contains(u"does not exist"_s),
             qPrintable(vehicles.error()));
    QVERIFY(!m_store->hasVehicles());
    QVERIFY(!m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s));
    QVERIFY(!m_store->vehicleRefs());
    QVERIFY(!m_store->capacityPoints(u"aaaaaaaaaaaaaaaa"_s));
    QVERIFY(!m_store->vehiclesWithStaleHealth());
    QVERIFY(!m_store->vehiclesOfUpload("h1"));
    QVERIFY(q.exec(u"ALTER TABLE uploads RENAME TO uploads_gone"_s));
    const auto known = m_store->hasUpload("h1");
    QVERIFY(!known);
    QVERIFY2(known.error().startsWith(u"cannot look up earlier imports: "_s), qPrintable(known.error()));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
