// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/chartdata.h"
#include "core/report/healthview.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

VehicleHealthView vehicle(const QString &key, const QString &model, std::optional<double> capacityNew)
{
    VehicleHealthView v;
    v.vehicle.key = key;
    v.vehicle.model = model;
    v.vehicle.capacityNewKwh = capacityNew;
    v.group = model.isEmpty() ? QString() : model.toLower();
    for (int i = 0; i < 10; ++i) {
        CapacityPoint p;
        p.time = 1700000000 + i * 86400 * 30;
        p.mileageKm = 1000.0 * i;
        p.capacityKwh = 80 - 0.2 * i;
        p.derived = i % 2 == 1;
        p.outlier = i == 9;
        v.points.append(p);
    }
    v.vehicle.dateOrigin = v.points.first().time;
    return v;
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pointsAndUnits_data();
    void pointsAndUnits();
    void sohSkipsVehiclesWithoutCapacityNew();
    void sohFallsBackToKwhWhenNoCapacityNewIsKnown();
    void selectionMarksPointsAndBand();
    void sharedCarsAreDrawnApartAndCounted();
    void csvHasHeaderAndRows();
    void carsOwnReadingsAreASeries();
    void compactPointsComeBackAsStored();
};

void TestChartData::pointsAndUnits_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("distance");
    QTest::addColumn<bool>("outliers");
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("firstX");
    QTest::addColumn<double>("firstY");
    QTest::newRow("km, kWh") << int(ChartOptions::XAxis::Mileage) << int(ChartOptions::YUnit::Kwh)
                             << int(ChartOptions::Distance::Km) << true << 10 << 0.0 << 80.0;
    QTest::newRow("no outliers") << int(ChartOptions::XAxis::Mileage) << int(ChartOptions::YUnit::Kwh)
                                 << int(ChartOptions::Distance::Km) << false << 9 << 0.0 << 80.0;
    QTest::newRow("SoH") << int(ChartOptions::XAxis::Mileage) << int(ChartOptions::YUnit::SohPercent)
                         << int(ChartOptions::Distance::Km) << true << 10 << 0.0 << 100.0;
    QTest::newRow("date") << int(ChartOptions::XAxis::Date) << int(ChartOptions::YUnit::Kwh)
                          << int(ChartOptions::Distance::Km) << true << 10 << 1700000000000.0 << 80.0;
    QTest::newRow("miles") << int(ChartOptions::XAxis::Mileage) << int(ChartOptions::YUnit::Kwh)
                           << int(ChartOptions::Distance::Miles) << true << 10 << 0.0 << 80.0;
}

void TestChartData::pointsAndUnits()
{
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(int, distance);
    QFETCH(bool, outliers);
    QFETCH(int, points);
    QFETCH(double, firstX);
    QFETCH(double, firstY);
    ChartOptions o;
    o.xAxis = ChartOptions::XAxis(x);
    o.yUnit = ChartOptions::YUnit(y);
    o.distance = ChartOptions::Distance(distance);
    o.showOutliers = outliers;
    const ChartData d = ChartData::build({vehicle(u"a"_s, u"i4 eDrive40"_s, 80)}, o);
    QCOMPARE(d.points.size(), points);
    QCOMPARE(d.points.first().x, firstX);
    QCOMPARE(d.points.first().y, firstY);
    QVERIFY(!d.points.first().derived);
    QVERIFY(d.points.at(1).derived);
    if (o.distance == ChartOptions::Distance::Miles)
        QVERIFY(qAbs(d.points.at(1).x - 1000 / ChartOptions::kmPerMile) < 1e-9);
    QVERIFY(!d.xLabel.isEmpty());
    QVERIFY(!d.yLabel.isEmpty());
    // The JSON for Plotly splits the same points into the same groups.
    const QJsonObject json = d.toJson();
    const int measured = int(json[u"fleetMeasured"_s][u"x"_s].toArray().size());
    const int derived = int(json[u"fleetDerived"_s][u"x"_s].toArray().size());
    const int outlierCount = int(json[u"outliers"_s][u"x"_s].toArray().size());
    QCOMPARE(measured + derived + outlierCount, points);
    QCOMPARE(json[u"xDate"_s].toBool(), o.xAxis == ChartOptions::XAxis::Date);
}

void TestChartData::sohSkipsVehiclesWithoutCapacityNew()
{
    ChartOptions o;
    o.yUnit = ChartOptions::YUnit::SohPercent;
    const ChartData d = ChartData::build({vehicle(u"a"_s, u"i4"_s, 80), vehicle(u"b"_s, QString(), std::nullopt)}, o);
    QCOMPARE(d.points.size(), 10);
    QVERIFY2(!d.note.isEmpty(), "the user is told why a vehicle is missing");
}

void TestChartData::sohFallsBackToKwhWhenNoCapacityNewIsKnown()
{
    // Nothing could be drawn as SoH: the chart, its hover texts, the JSON
    // for Plotly and the CSV all switch to kWh, and the note says why.
    ChartOptions o;
    o.yUnit = ChartOptions::YUnit::SohPercent;
    o.selectedKey = u"b"_s;
    VehicleHealthView b = vehicle(u"b"_s, QString(), std::nullopt);
    b.readings = {{BatteryReadingKind::MaxEnergyKwh, 78.6, 1700000000 + 86400 * 95},
                  {BatteryReadingKind::StateOfHealthPercent, 97, 1700000000 + 86400 * 95}};
    const ChartData d = ChartData::build({vehicle(u"a"_s, QString(), std::nullopt), b}, o);
    QCOMPARE(d.options.yUnit, ChartOptions::YUnit::Kwh);
    QCOMPARE(d.points.size(), 20);
    QCOMPARE(d.points.first().y, 80.0);
    QCOMPARE(d.yLabel, u"Capacity (kWh)"_s);
    QCOMPARE(d.readings.size(), 1);
    QCOMPARE(d.readings.first().y, 78.6);
    QVERIFY2(d.note.contains(u"No vehicle shown has a known capacity when new, so capacity is shown in kWh"_s),
             qPrintable(d.note));
    QVERIFY2(!d.note.contains(u"not shown as state of health"_s), qPrintable(d.note));
    QVERIFY(d.pointText(d.points.first()).section(u'\n', 0, 0).endsWith(u" kWh"_s));
    QCOMPARE(d.toJson()[u"yTitle"_s].toString(), u"Capacity (kWh)"_s);
    QVERIFY(d.toJson()[u"note"_s].toString().contains(u"shown in kWh"_s));
    QVERIFY(d.toCsv().startsWith("type,vehicle,time_utc,mileage_km,x_km,capacity_kwh,"));

    // One vehicle with a capacity when new is enough for SoH.
    const ChartData mixed = ChartData::build({vehicle(u"a"_s, QString(), std::nullopt), vehicle(u"c"_s, u"i4"_s, 80)}, o);
    QCOMPARE(mixed.options.yUnit, ChartOptions::YUnit::SohPercent);
    QCOMPARE(mixed.points.size(), 10);
    QVERIFY2(!mixed.note.contains(u"shown in kWh"_s), qPrintable(mixed.note));
    // Nothing to show at all: nothing to fall back from.
    QCOMPARE(ChartData::build(QList<VehicleHealthView>{}, o).options.yUnit, ChartOptions::YUnit::SohPercent);
}

void TestChartData::selectionMarksPointsAndBand()
{
    ChartOptions o;
    o.selectedKey = u"b"_s;
    const QList<VehicleHealthView> views{vehicle(u"a"_s, u"i4"_s, 80), vehicle(u"b"_s, u"i4"_s, 80)};
    const ChartData d = ChartData::build(views, o);
    int selected = 0;
    for (const ChartPoint &p : d.points)
        selected += p.selected ? 1 : 0;
    QCOMPARE(selected, 10);
    QVERIFY(!d.band.isEmpty());
    QVERIFY(!d.bandLabel.isEmpty());
    for (const ChartBandPoint &b : d.band)
        QVERIFY(b.low <= b.median && b.median <= b.high);
    // By date, the band is laid on the selected car's calendar.
    o.xAxis = ChartOptions::XAxis::Date;
    const ChartData byDate = ChartData::build(views, o);
    QVERIFY(!byDate.band.isEmpty());
    QVERIFY(byDate.band.first().x >= 1700000000000.0);
    o.selectedKey.clear();
    QVERIFY(ChartData::build(views, o, u"i4"_s).band.isEmpty());
}

// Another owner's car (docs/sharing.md): its points in a series of their
// own in both engines, the band's legend saying whose cars it pools.
void TestChartData::sharedCarsAreDrawnApartAndCounted()
{
    ChartOptions o;
    o.selectedKey = u"a"_s;
    VehicleHealthView shared = vehicle(u"b"_s, u"i4"_s, 80);
    shared.vehicle.sharedSource = u"8de633f911d8a5cc0d065069660b4a7e"_s;
    const QList<VehicleHealthView> views{vehicle(u"a"_s, u"i4"_s, 80), shared, vehicle(u"c"_s, u"i4"_s, 80)};
    const ChartData d = ChartData::build(views, o);
    QHash<ChartSeries, QSet<QString>> bySeries;
    for (const ChartPoint &p : d.points)
        bySeries[chartSeriesOf(p)].insert(p.vehicleKey);
    QCOMPARE(bySeries.value(ChartSeries::Shared), QSet<QString>{u"b"_s});
    QCOMPARE(bySeries.value(ChartSeries::FleetMeasured), QSet<QString>{u"c"_s});
    QCOMPARE(bySeries.value(ChartSeries::SelectedMeasured), QSet<QString>{u"a"_s});
    // The point of a selected shared car is the selection's, and an
    // outlier stays an outlier whoever's it is.
    QVERIFY(bySeries.value(ChartSeries::Outliers).contains(u"b"_s));
    const QJsonObject json = d.toJson();
    QCOMPARE(json[u"shared"_s][u"x"_s].toArray().size(), 9); // its ten points but the outlier
    QVERIFY(json[u"shared"_s][u"text"_s].toArray().first().toString().contains(u"shared by another owner"_s));
    QVERIFY2(d.bandLabel.contains(u"(2 yours, 1 shared)"_s), qPrintable(d.bandLabel));
}

void TestChartData::csvHasHeaderAndRows()
{
    ChartOptions o;
    o.selectedKey = u"a"_s;
    const QByteArray csv = ChartData::build({vehicle(u"a"_s, u"i4"_s, 80)}, o).toCsv();
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("type,vehicle,time_utc,mileage_km,x_km,capacity_kwh"));
    int points = 0, bands = 0;
    for (const QByteArray &line : lines) {
        points += line.startsWith("point,") ? 1 : 0;
        bands += line.startsWith("band,") ? 1 : 0;
        QCOMPARE(line.count(','), lines.first().count(','));
    }
    QCOMPARE(points, 10);
    QVERIFY(bands > 0);
}

void TestChartData::carsOwnReadingsAreASeries()
{
    // A KeyList's energy content, BMW CarData's maximum usable energy and
    // displayed SoH: energies in kWh, the SoH in %, each hover naming it.
    VehicleHealthView v = vehicle(u"a"_s, u"i4"_s, 80);
    const qint64 t = 1700000000 + 86400 * 95;
    v.readings = {{BatteryReadingKind::MaxEnergyKwh, 78.6, t},
                  {BatteryReadingKind::HvsMaxEnergyKwh, 79.1, t + 86400},
                  {BatteryReadingKind::StateOfHealthPercent, 97, t + 86400},
                  {BatteryReadingKind::BatterySizeMaxKwh, 83.9, t}};
    ChartOptions o;
    o.selectedKey = u"a"_s;
    const ChartData kwh = ChartData::build({v}, o);
    QCOMPARE(kwh.readings.size(), 2);
    QCOMPARE(kwh.readings.at(1).y, 79.1);
    QVERIFY(qAbs(kwh.readings.at(0).mileageKm - 3166.7) < 1); // between the sessions of day 90 and day 120
    QVERIFY(kwh.readingText(kwh.readings.at(1)).contains(u"maximum usable energy"_s));
    QVERIFY(kwh.readingText(kwh.readings.at(0)).contains(u"energy content"_s));
    o.yUnit = ChartOptions::YUnit::SohPercent;
    const ChartData soh = ChartData::build({v}, o);
    QCOMPARE(soh.readings.size(), 1);
    QCOMPARE(soh.readings.first().y, 97.0);
    QVERIFY(soh.readingText(soh.readings.first()).contains(u"displayed state of health"_s));
    // Not the selected vehicle: its readings are not drawn.
    o.selectedKey.clear();
    QVERIFY(ChartData::build({v}, o).readings.isEmpty());
}

QTEST_GUILESS_MAIN(TestChartData)
// The dashboard keeps every point in whole Wh: a point as the store reads
// it (whole Wh over 1000) comes back bit for bit, flags and a missing
// mileage included; anything finer is rounded to the Wh, an error to at
// least 1 Wh, as the store keeps them.
void TestChartData::compactPointsComeBackAsStored()
{
    QList<CapacityPoint> points;
    const QList<qint64> capacities{1, 9, 999, 74321, 81234, 105000, 2000000};
    for (qsizetype i = 0; i < capacities.size(); ++i) {
        CapacityPoint p;
        p.time = 1700000000 + i * 86400 * 400; // past 2038 too
        p.mileageKm = i == 2 ? NAN : 12345.6 + i;
        p.capacityKwh = double(capacities[i]) / 1000.0;
        p.sigmaKwh = double(1 + i * 250) / 1000.0;
        p.derived = i % 2 == 0;
        p.outlier = i % 3 == 0;
        points.append(p);
    }
    CapacityPoint fine;
    fine.capacityKwh = 80.12345;
    fine.sigmaKwh = 0.0004;
    points.append(fine);

    const PlotPoints compact(points);
    QCOMPARE(compact.size(), points.size());
    qsizetype i = 0;
    for (const PlotPoints::Point &p : compact) {
        const CapacityPoint &want = points.at(i);
        QCOMPARE(p.time, want.time);
        QCOMPARE(std::isnan(p.mileageKm), std::isnan(want.mileageKm));
        if (!std::isnan(want.mileageKm))
            QCOMPARE(p.mileageKm, want.mileageKm);
        QCOMPARE(p.derived, want.derived);
        QCOMPARE(p.outlier, want.outlier);
        if (i < capacities.size()) {
            QVERIFY(p.capacityKwh == want.capacityKwh); // bit for bit, not fuzzy
            QVERIFY(p.sigmaKwh == want.sigmaKwh);
        }
        ++i;
    }
    QCOMPARE(i, points.size());
    QVERIFY(compact.at(i - 1).capacityKwh == 80.123);
    QVERIFY(compact.at(i - 1).sigmaKwh == 0.001);
}

#include "tst_chartdata.moc"
