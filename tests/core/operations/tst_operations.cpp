// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The operations layer: what a person can do, with its checks, its refits
// and its all-or-nothing edits, on real imports.
#include "core/operations/operations.h"
#include "core/store/store.h"
#include "core/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importThenReadViewsAndReport();
    void setModelIsAllOrNothing();
    void setCapacityChecksAndRefits();
    void forgetUnknownVehicle();
    void importOptionsAreChecked();
    void oldDatabaseGetsItsEstimates();

private:
    std::unique_ptr<Operations> open();
    QString importedKey(Operations &ops, const QString &fixturePath);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Operations> TestOperations::open()
{
    auto ops = Operations::open(m_dir->path());
    if (!ops)
        qFatal("cannot open: %s", qPrintable(ops.error()));
    return std::move(*ops);
}

QString TestOperations::importedKey(Operations &ops, const QString &fixturePath)
{
    const auto run = ops.importPaths({fixture(fixturePath)}, {});
    if (!run || run->files.isEmpty() || run->files.first().vehicles.isEmpty())
        qFatal("import of %s failed", qPrintable(fixturePath));
    return run->files.first().vehicles.first().vehicleKey;
}

void TestOperations::importThenReadViewsAndReport()
{
    auto ops = open();
    const auto run = ops->importPaths({fixture(u"current"_s), fixture(u"api"_s), fixture(u"keylist"_s)}, {});
    QVERIFY2(run, qPrintable(TestSupport::errorText(run)));
    QVERIFY(!run->failed());
    QCOMPARE(run->estimatesUpdated, 2);

    const auto all = ops->healthViews({});
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    for (const VehicleHealthView &v : *all) {
        QVERIFY(!v.points.isEmpty());
        QVERIFY(!v.group.isEmpty());
    }
    const auto i4 = ops->healthViews({u"BMW i4 eDrive40 Gran Coupé"_s, {}});
    QVERIFY(i4);
    QCOMPARE(i4->size(), 1);
    QCOMPARE(i4->first().vehicle.model, u"i4 eDrive40"_s);
    QCOMPARE(i4->first().group, u"i4 eDrive40"_s);
    QVERIFY(!i4->first().readings.isEmpty()); // from the KeyList

    // One vehicle is reported over its model's whole fleet, streamed: each
    // vehicle goes out as it is read.
    QList<QString> streamed;
    const auto bands = ops->streamHealth({{}, i4->first().vehicle.key}, FleetBands::Axis::Mileage,
                                         [&](const VehicleHealthView &v) { streamed.append(v.vehicle.key); });
    QVERIFY(bands);
    QCOMPARE(streamed, QList<QString>{i4->first().vehicle.key});
    QCOMPARE(bands->size(), 1);
    QCOMPARE(bands->first().label, u"i4 eDrive40"_s);
    // The whole fleet: every vehicle once, the bands the same as computed
    // from the views held together.
    streamed.clear();
    const auto fleet = ops->streamHealth({}, FleetBands::Axis::Age,
                                         [&](const VehicleHealthView &v) { streamed.append(v.vehicle.key); });
    QVERIFY(fleet);
    QCOMPARE(streamed.size(), 2);
    const QList<ModelBands> together = HealthViews::bands(*all, FleetBands::Axis::Age,
                                                         HealthViews::defaultBinWidth(FleetBands::Axis::Age));
    QCOMPARE(fleet->size(), together.size());
    for (qsizetype i = 0; i < together.size(); ++i) {
        QCOMPARE(fleet->at(i).label, together[i].label);
        QCOMPARE(fleet->at(i).bands.size(), together[i].bands.size());
        for (qsizetype b = 0; b < together[i].bands.size(); ++b)
            QCOMPARE(fleet->at(i).bands[b].medianKwh, together[i].bands[b].medianKwh);
    }
    const auto missing = ops->streamHealth({{}, u"0000000000000000"_s}, FleetBands::Axis::Age, [](const VehicleHealthView &) {});
    QCOMPARE(missing.error(), u"no vehicle 0000000000000000 in this database"_s);
}

void TestOperations::setModelIsAllOrNothing()
{
    auto ops = open();
    const QString key = importedKey(*ops, u"api"_s);
    QVERIFY(!(*ops->vehicle(key))->capacityNewKwh); // model unknown: no capacity when new
    const auto updated = ops->setModel(key, u"  MINI   Cooper SE "_s);
    QVERIFY2(updated, qPrintable(TestSupport::errorText(updated)));
    QCOMPARE(*updated, 1);
    auto v = **ops->vehicle(key);
    QCOMPARE(v.model, u"MINI Cooper SE"_s);
    QCOMPARE(v.modelSource, u"user"_s);
    QVERIFY(v.capacityNewKwh); // the table's value now applies
    QVERIFY(v.sohPercent);

    // Storing the new estimate fails: the model does not change either.
    QSqlQuery q(QSqlDatabase::database(ops->store().connectionName()));
    QVERIFY(q.exec(u"CREATE TEMP TRIGGER no_estimates BEFORE INSERT ON battery_health "
                   "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
    const auto failed = ops->setModel(key, u"i4 eDrive40"_s);
    QVERIFY(!failed);
    QCOMPARE(failed.error(), u"cannot store the battery health estimate: disk on fire"_s);
    v = **ops->vehicle(key);
    QCOMPARE(v.model, u"MINI Cooper SE"_s);
    QVERIFY(v.sohPercent);

    QCOMPARE(ops->setModel(key, QString(81, u'x')).error(), u"a model name has at most 80 characters"_s);
    QCOMPARE(ops->setModel(u"0000000000000000"_s, u"i4"_s).error(), u"no vehicle 0000000000000000 in this database"_s);
}

void TestOperations::setCapacityChecksAndRefits()
{
    auto ops = open();
    const QString key = importedKey(*ops, u"current"_s);
    const auto before = **ops->vehicle(key);
    QCOMPARE(before.capacityNewSource, u"table"_s);
    QVERIFY(ops->setCapacityNew(key, 70.0));
    auto v = **ops->vehicle(key);
    QCOMPARE(v.capacityNewOverrideKwh, std::optional<double>(70.0));
    QCOMPARE(v.capacityNewKwh, std::optional<double>(70.0));
    QCOMPARE(v.capacityNewSource, u"override"_s);
    QVERIFY(std::fabs(*v.sohPercent - *v.capacityKwh / 70 * 100) < 1e-9);

    QVERIFY(ops->setCapacityNew(key, std::nullopt));
    v = **ops->vehicle(key);
    QVERIFY(!v.capacityNewOverrideKwh);
    QCOMPARE(v.capacityNewSource, u"table"_s);
    QCOMPARE(v.sohPercent, before.sohPercent);

    for (double wrong : {0.0, -3.0, 300.0, double(NAN)}) {
        const auto refused = ops->setCapacityNew(key, wrong);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"is not a plausible capacity when new"_s), qPrintable(refused.error()));
    }
    QCOMPARE((**ops->vehicle(key)).capacityNewSource, u"table"_s);
}

void TestOperations::forgetUnknownVehicle()
{
    auto ops = open();
    const QString key = importedKey(*ops, u"current"_s);
    QCOMPARE(ops->forget(u"0000000000000000"_s).error(), u"no vehicle 0000000000000000 in this database"_s);
    QVERIFY(ops->forget(key));
    QVERIFY(ops->vehicles()->isEmpty());
}

void TestOperations::importOptionsAreChecked()
{
    auto ops = open();
    ImportOptions options;
    options.vehicleKey = u"0000000000000000"_s;
    QCOMPARE(ops->checkImportOptions(options).error(), u"no vehicle 0000000000000000 in this database"_s);
    options.vehicleKey.clear();
    QVERIFY(ops->checkImportOptions(options));
    options.modelFallback = QString(100, u'm');
    QCOMPARE(ops->importPaths({fixture(u"api"_s)}, options).error(), u"a model name has at most 80 characters"_s);
    QVERIFY(ops->vehicles()->isEmpty());
}

void TestOperations::oldDatabaseGetsItsEstimates()
{
    // A schema-1 database (no estimates at all), opened by this version.
    const QByteArray sql = TestSupport::readFile(QStringLiteral(CARDATA_SCHEMA_FIXTURES "/v1.sql"));
    QVERIFY(!sql.isEmpty());
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QDir(m_dir->path()).filePath(QString::fromLatin1(Store::databaseFileName)).toUtf8().constData(), &db),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);

    auto ops = open();
    QCOMPARE(*ops->repairEstimates(), 4);
    const auto vehicles = ops->vehicles();
    QVERIFY(vehicles);
    int estimated = 0;
    for (const VehicleSummary &v : *vehicles)
        estimated += v.capacityKwh ? 1 : 0;
    QCOMPARE(estimated, 2); // the i4 and the MINI; the i3s have one session each
    QCOMPARE(*ops->repairEstimates(), 0);
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
