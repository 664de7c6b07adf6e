#include "core/privacy/anonymizer.h"
#include "core/report/healthquery.h"
#include "core/import/healthupdater.h"
#include "core/store/store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include "testsupport.h"

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

ChargingHistory history(double eta, bool measured, qint64 startOffset = 0, int count = 40)
{
    ChargingHistory h;
    for (int i = 0; i < count; ++i) {
        ChargingSession s;
        s.startTime = 1600000000 + startOffset + qint64(i) * 7 * 86400;
        s.endTime = s.startTime + 36000;
        s.socStart = 20 + (i % 4);
        s.socEnd = s.socStart + 60;
        s.mileageKm = 1000 + i * 400.0;
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
    void modelPriorReachesGridOnlyVehicle();
    void recomputesOnlyWhatIsAffected();
    void trendRoundTrip();

private:
    void write(const QString &key, const ChargingHistory &h, const QString &model);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestHealthUpdater::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = Store::open(m_dir->path());
    QVERIFY(store);
    m_store = std::move(*store);
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

    const auto grid = m_store->vehicle(u"cccccccccccccccc"_s);
    const double truth = trueCapacity(1000 + 39 * 400.0);
    QVERIFY2(std::fabs(*grid->capacityKwh - truth) < 0.1, qPrintable(QString::number(*grid->capacityKwh)));
    QCOMPARE(grid->derivedEstimates, 40);
    QCOMPARE(grid->capacityNewSource, u"table"_s);
    QCOMPARE(grid->catalogModel, u"i4 eDrive40"_s);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT e.used_source, e.used_eta FROM vehicle_efficiency e JOIN vehicles v ON v.id = e.vehicle_id "
                   "WHERE v.key = 'cccccccccccccccc' AND e.charging_kind = 'ac'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"model"_s);
    QVERIFY(std::fabs(q.value(1).toDouble() - 0.90) < 1e-9);

    // Stored points and bands are readable for the views.
    const QList<VehicleHealthView> views = HealthQuery::vehicles(*m_store, u"i4 eDrive40"_s);
    QCOMPARE(views.size(), 3);
    QCOMPARE(views[0].points.size(), 40);
    QVERIFY(views[0].trendDate && views[0].trendMileage);
    const QList<ModelBands> bands = HealthQuery::bands(views, FleetBands::Axis::Mileage, 5000);
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands[0].label, u"i4 eDrive40"_s);
    QCOMPARE(bands[0].bands.first().vehicles, 3);
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
    QCOMPARE(m_store->vehicle(u"aaaaaaaaaaaaaaaa"_s)->estimates, 50);
    QCOMPARE(*HealthUpdater(*m_store).update({}), 0);
}

void TestHealthUpdater::trendRoundTrip()
{
    TrendModel m;
    m.shape = TrendModel::Shape::EarlyDrop;
    m.x0 = 6000;
    m.coef = {80, -0.0001, -2};
    m.cov = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    m.scale = 1.5;
    m.dof = 37;
    m.xMin = 1000;
    m.xMax = 40000;
    const auto back = HealthUpdater::trendFromJson(HealthUpdater::trendToJson(m));
    QVERIFY(back);
    QCOMPARE(back->shape, m.shape);
    QCOMPARE(back->x0, m.x0);
    QCOMPARE(back->coef, m.coef);
    QCOMPARE(back->cov, m.cov);
    QCOMPARE(back->dof, m.dof);
    QCOMPARE(back->value(20000), m.value(20000));
    QVERIFY(!HealthUpdater::trendFromJson({}));
}

QTEST_GUILESS_MAIN(TestHealthUpdater)
#include "tst_healthupdater.moc"
