// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/healthupdater.h"
#include "core/store/store.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// 40 sessions of an i4 eDrive40: 80 kWh new, an early loss of 3.5 % over
// the first ~20,000 km, then -1 kWh per 10,000 km; efficiency eta;
// battery-side energy only when `measured`.
double trueCapacity(double km)
{
    return 80 * (1 - 0.035 * -std::expm1(-km / 6000)) - 0.0001 * km;
}

ChargingHistory history(double eta, bool measured, qint64 startOffset = 0, int count = 40, double startKm = 1000)
{
    ChargingHistory h;
    for (int i = 0; i < count; ++i) {
        ChargingSession s;
        s.startTime = 1600000000 + startOffset + qint64(i) * 7 * 86400;
        s.endTime = s.startTime + 36000;
        s.socStart = 20 + (i % 4);
        s.socEnd = s.socStart + 60;
        s.mileageKm = startKm + i * 400.0;
        const double battery = trueCapacity(*s.mileageKm) * 0.6;
        s.energyGridKwh = battery / eta;
        if (measured)
            s.energyBatteryKwh = battery;
        s.kind = ChargingKind::Ac;
        h.sessions.append(s);
    }
    return h;
}

} // namespace

class TestHealthUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPriorReachesGridOnlyVehicle();
    void recomputesOnlyWhatIsAffected();
    void othersLeftPendingEndTheSame();
    void missingEstimatesAreRecomputed();
    void forgettingRefitsTheModelsOtherVehicles();
    void newSessionsWithoutTheirEstimateAreRecomputed();
    void resultsDoNotDependOnTheSessionBudget();
    void estimateChosenToUndoADeadlockRunsAgain();

private:
    void write(const QString &key, const ChargingHistory &h, const QString &model);
    QStringList storedEstimates();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestHealthUpdater::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<TestDatabase>(m_dir->path());
    auto store = Store::open(m_dir->path());
    QVERIFY2(store, qPrintable(TestSupport::errorText(store)));
    m_store = std::move(*store);
}

void TestHealthUpdater::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestHealthUpdater::write(const QString &key, const ChargingHistory &h, const QString &model)
{
    KeyListInfo keyList;
    keyList.modelName = model;
    const auto written = m_store->writeFile({key.toLatin1() + "-" + QByteArray::number(h.sessions.first().startTime), u"json"_s, 1, 0},
                                            {{key, &h, &keyList, {}}});
    QVERIFY(written);
}

void TestHealthUpdater::modelPriorReachesGridOnlyVehicle()
{
    // Two i4s teach the model's efficiency (0.90, 0.90); the third has
    // grid energy only. Without the model prior it would be scaled with the
    // literature's 0.925 and read 2.8 % high.
    const ChargingHistory a = history(0.90, true), b = history(0.90, true), c = history(0.90, false);
    write(u"aaaaaaaaaaaaaaaa"_s, a, u"i4 eDrive40 Gran Coupé"_s);
    write(u"bbbbbbbbbbbbbbbb"_s, b, u"BMW i4 M50"_s);
    write(u"cccccccccccccccc"_s, c, u"i4 eDrive40"_s);
    const auto updated = HealthUpdater(*m_store).updateAll();
    QVERIFY2(updated, qPrintable(TestSupport::errorText(updated)));
    QCOMPARE(*updated, 3);

    const auto found = m_store->vehicle(u"cccccccccccccccc"_s);
    QVERIFY(found && *found);
    const VehicleSummary *grid = &**found;
    const double truth = trueCapacity(1000 + 39 * 400.0);
    QVERIFY2(std::fabs(*grid->capacityKwh - truth) < 0.1, qPrintable(QString::number(*grid->capacityKwh)));
    QCOMPARE(grid->derivedEstimates, 40);
    QCOMPARE(grid->capacityNewSource, u"table"_s);
    QCOMPARE(grid->catalogModel, u"i4 eDrive40"_s);
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(q.exec(u"SELECT e.used_source, e.used_eta FROM vehicle_efficiency e JOIN vehicles v ON v.id = e.vehicle_id "
                   "WHERE v.key = 'cccccccccccccccc' AND e.charging_kind = 'ac'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"model"_s);
    // The model's 0.90, nudged by what the car's own young battery says.
    QVERIFY2(std::fabs(q.value(1).toDouble() - 0.90) < 0.005, qPrintable(q.value(1).toString()));

    // The stored points and trends are what the reports read back.
    for (const QString &key : {u"aaaaaaaaaaaaaaaa"_s, u"bbbbbbbbbbbbbbbb"_s, u"cccccccccccccccc"_s}) {
        const auto points = m_store->capacityPoints(key);
        QVERIFY(points);
        QCOMPARE(points->size(), 40);
        const auto v = m_store->vehicle(key);
        QVERIFY(v && *v);
        QVERIFY((*v)->trendDate && (*v)->trendMileage);
        QCOMPARE((*v)->trendMileage->shape, TrendModel::Shape::EarlyDrop);
    }
}

void TestHealthUpdater::recomputesOnlyWhatIsAffected()
{
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"bbbbbbbbbbbbbbbb"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"cccccccccccccccc"_s, history(0.90, false), u"i4 eDrive40"_s); // leans on the model prior
    write(u"dddddddddddddddd"_s, history(0.93, true), u"iX xDrive40"_s);   // another model
    write(u"eeeeeeeeeeeeeeee"_s, history(0.93, true), u"i4 eDrive40"_s);   // measured: needs no prior
    QCOMPARE(*HealthUpdater(*m_store).updateAll(), 5);

    // New sessions for one i4: it is recomputed, and so is the grid-only i4
    // (its prior may have moved); the iX and the measured i4 are not.
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true, 400 * 86400, 10), u"i4 eDrive40"_s);
    const auto updated = HealthUpdater(*m_store).update({u"aaaaaaaaaaaaaaaa"_s});
    QVERIFY(updated);
    QCOMPARE(*updated, 2);
    QCOMPARE((*m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s))->estimates, 50);
    QCOMPARE(*HealthUpdater(*m_store).update({}), 0);
}

void TestHealthUpdater::othersLeftPendingEndTheSame()
{
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"bbbbbbbbbbbbbbbb"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"cccccccccccccccc"_s, history(0.90, false), u"i4 eDrive40"_s); // leans on the model prior
    write(u"dddddddddddddddd"_s, history(0.93, true), u"iX xDrive40"_s);
    QCOMPARE(*HealthUpdater(*m_store).updateAll(), 4);
    const VehicleSummary leaningBefore = **m_store->vehicle(u"cccccccccccccccc"_s);

    // New sessions for one i4 that teach a lower efficiency (more of them
    // than it had, so that they are not a minority its median rejects): it
    // is recomputed now, the grid-only i4 is only marked.
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.84, true, 400 * 86400, 60), u"i4 eDrive40"_s);
    const auto outcome = HealthUpdater(*m_store).updateLeavingOthersPending({u"aaaaaaaaaaaaaaaa"_s});
    QVERIFY2(outcome, qPrintable(TestSupport::errorText(outcome)));
    QCOMPARE(outcome->recomputed, 1);
    QCOMPARE(outcome->pending, 1);
    QCOMPARE(*m_store->vehiclesWithStaleHealth(), QStringList{u"cccccccccccccccc"_s});
    QCOMPARE((*m_store->vehicle(u"cccccccccccccccc"_s))->capacityKwh, leaningBefore.capacityKwh);
    QCOMPARE((*m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s))->estimates, 100);

    // The later repair gives what recomputing at once gives.
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 1);
    const VehicleSummary deferred = **m_store->vehicle(u"cccccccccccccccc"_s);
    QVERIFY(*deferred.capacityKwh != *leaningBefore.capacityKwh); // the model's prior did move
    QCOMPARE(*HealthUpdater(*m_store).update({u"aaaaaaaaaaaaaaaa"_s}), 2);
    const VehicleSummary atOnce = **m_store->vehicle(u"cccccccccccccccc"_s);
    QVERIFY2(std::fabs(*atOnce.capacityKwh - *deferred.capacityKwh) < 1e-9,
             qPrintable(u"%1 vs %2"_s.arg(*atOnce.capacityKwh, 0, 'g', 17).arg(*deferred.capacityKwh, 0, 'g', 17)));
    QCOMPARE(atOnce.sohPercent, deferred.sohPercent);
}

void TestHealthUpdater::missingEstimatesAreRecomputed()
{
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"bbbbbbbbbbbbbbbb"_s, history(0.90, true), u"i4 eDrive40"_s);
    QCOMPARE(*m_store->vehiclesWithStaleHealth(), (QStringList{u"aaaaaaaaaaaaaaaa"_s, u"bbbbbbbbbbbbbbbb"_s}));
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 2);
    QVERIFY(m_store->vehiclesWithStaleHealth()->isEmpty());
    const auto before = *m_store->vehicle(u"bbbbbbbbbbbbbbbb"_s);

    // An estimate lost (as after a crash between storing sessions and their
    // estimate) comes back, the same as before.
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(q.exec(u"DELETE FROM battery_health WHERE vehicle_id = (SELECT id FROM vehicles WHERE key = 'bbbbbbbbbbbbbbbb')"_s));
    QVERIFY(!(*m_store->vehicle(u"bbbbbbbbbbbbbbbb"_s))->capacityKwh);
    QCOMPARE(*m_store->vehiclesWithStaleHealth(), QStringList{u"bbbbbbbbbbbbbbbb"_s});
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 1);
    const auto after = *m_store->vehicle(u"bbbbbbbbbbbbbbbb"_s);
    QCOMPARE(after->capacityKwh, before->capacityKwh);
    QCOMPARE(after->sohPercent, before->sohPercent);
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 0);
}

void TestHealthUpdater::forgettingRefitsTheModelsOtherVehicles()
{
    // The grid-only i4 (bought used: nothing else tells its scale) leans on
    // what the two measured i4s teach (0.86); without them it falls back to
    // the published 0.925 and reads ~7.6 % higher.
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.86, true), u"i4 eDrive40"_s);
    write(u"bbbbbbbbbbbbbbbb"_s, history(0.86, true), u"i4 eDrive40"_s);
    write(u"cccccccccccccccc"_s, history(0.86, false, 0, 40, 20000), u"i4 eDrive40"_s);
    QCOMPARE(*HealthUpdater(*m_store).updateAll(), 3);
    const double leaning = *(*m_store->vehicle(u"cccccccccccccccc"_s))->capacityKwh;
    QVERIFY(m_store->forgetVehicle(u"aaaaaaaaaaaaaaaa"_s));
    QVERIFY(m_store->forgetVehicle(u"bbbbbbbbbbbbbbbb"_s));
    // Marked out of date in the same transaction as the delete: a crash
    // before the refit leaves the mark for the next open.
    QCOMPARE(*m_store->vehiclesWithStaleHealth(), QStringList{u"cccccccccccccccc"_s});
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 1);
    const double alone = *(*m_store->vehicle(u"cccccccccccccccc"_s))->capacityKwh;
    QVERIFY2(std::fabs(alone / leaning - 0.925 / 0.86) < 0.01, qPrintable(u"%1 vs %2"_s.arg(alone).arg(leaning)));
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 0);
}

void TestHealthUpdater::newSessionsWithoutTheirEstimateAreRecomputed()
{
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"cccccccccccccccc"_s, history(0.90, false), u"i4 eDrive40"_s); // leans on the model prior
    QCOMPARE(*HealthUpdater(*m_store).updateAll(), 2);
    QVERIFY(m_store->vehiclesWithStaleHealth()->isEmpty());

    // New sessions are stored, and the process dies before their estimate
    // is: the old estimate is still there, but known to be out of date.
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.80, true, 400 * 86400, 10), u"i4 eDrive40"_s);
    QCOMPARE((*m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s))->estimates, 40);
    QCOMPARE(*m_store->vehiclesWithStaleHealth(), QStringList{u"aaaaaaaaaaaaaaaa"_s});

    // The repair recomputes it, and the vehicle leaning on its model's prior.
    QCOMPARE(*HealthUpdater(*m_store).updateStale(), 2);
    QCOMPARE((*m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s))->estimates, 50);
    QVERIFY(m_store->vehiclesWithStaleHealth()->isEmpty());
}

// Two members estimating the same cars on a server: the estimate whose
// transaction the server undid to end a deadlock runs again, whole.
void TestHealthUpdater::estimateChosenToUndoADeadlockRunsAgain()
{
    if (!TestDatabase::serverRun())
        QSKIP("a deadlock between writers is a server's (the file has one writer at a time)");
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true), u"i4 eDrive40"_s);
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
    // The server's own error, the first time a point is written only.
    QVERIFY2(query.exec(u"CREATE SEQUENCE deadlocks"_s)
                 && query.exec(u"CREATE FUNCTION pick_me() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                               "IF nextval('deadlocks') = 1 THEN RAISE EXCEPTION 'deadlock detected' USING "
                               "ERRCODE = '40P01'; END IF; RETURN NEW; END $$"_s)
                 && query.exec(u"CREATE TRIGGER pick_me BEFORE INSERT ON capacity_points FOR EACH ROW EXECUTE FUNCTION "
                               "pick_me()"_s),
             qPrintable(query.lastError().text()));
    const auto updated = HealthUpdater(*m_store).updateAll();
    QVERIFY2(updated, qPrintable(TestSupport::errorText(updated)));
    QCOMPARE(*updated, 1);
    QCOMPARE(m_store->capacityPoints(u"aaaaaaaaaaaaaaaa"_s)->size(), 40);
    QCOMPARE(*m_store->vehiclesWithStaleHealth(), QStringList());
    QVERIFY(query.exec(u"SELECT last_value FROM deadlocks"_s) && query.next());
    QVERIFY(query.value(0).toLongLong() > 1); // it was tried again
}

QTEST_GUILESS_MAIN(TestHealthUpdater)
// Every stored result of an update, row by row (not when it was computed).
QStringList TestHealthUpdater::storedEstimates()
{
    QStringList rows;
    QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
    for (const QString &sql :
         {u"SELECT * FROM capacity_points ORDER BY vehicle_id, start_time"_s,
          u"SELECT * FROM vehicle_efficiency ORDER BY vehicle_id, charging_kind"_s,
          u"SELECT * FROM health_trends ORDER BY vehicle_id, axis"_s,
          u"SELECT * FROM battery_health ORDER BY vehicle_id"_s}) {
        if (!q.exec(sql))
            return {u"cannot read: "_s + sql};
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.record().fieldName(i) != u"computed_at")
                    values.append(q.value(i).toString());
            }
            rows.append(values.join(u'|'));
        }
    }
    return rows;
}

// The update keeps sessions and first passes in memory within a budget, and
// learns a vehicle beyond it from a lighter read: the results must be the
// same with nothing kept at all.
void TestHealthUpdater::resultsDoNotDependOnTheSessionBudget()
{
    write(u"aaaaaaaaaaaaaaaa"_s, history(0.90, true), u"i4 eDrive40"_s);
    write(u"bbbbbbbbbbbbbbbb"_s, history(0.88, true, 0, 50, 30000), u"i4 eDrive40"_s);
    write(u"cccccccccccccccc"_s, history(0.90, false), u"i4 eDrive40"_s); // grid energy only
    write(u"dddddddddddddddd"_s, history(0.93, false, 0, 40, 20000), u"iX xDrive40"_s);
    write(u"eeeeeeeeeeeeeeee"_s, history(0.93, true), u"iX xDrive40"_s);
    QCOMPARE(*HealthUpdater(*m_store).updateAll(), 5);
    const QStringList kept = storedEstimates();
    QVERIFY(kept.size() > 5 * 40);

    HealthUpdater nothingKept(*m_store);
    nothingKept.setSessionBudget(0);
    QCOMPARE(*nothingKept.updateAll(), 5);
    QCOMPARE(storedEstimates(), kept);
}

#include "tst_healthupdater.moc"
