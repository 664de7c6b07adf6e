// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A vehicle as `vehicles --json` and the app's table show it.
#include "core/report/vehiclerows.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

VehicleSummary summary()
{
    VehicleSummary v;
    v.key = u"3f9c2a1b7e5d4c60"_s;
    v.model = u"i4 eDrive40"_s;
    v.modelSource = u"keylist"_s;
    v.driveTrain = u"BEV"_s;
    v.sessions = 120;
    v.firstSession = 1700000000;
    v.lastSession = 1720000000;
    v.mileageKm = 23456.78;
    v.capacityKwh = 74.1234;
    v.capacityLowKwh = 73.001;
    v.capacityHighKwh = 75.249;
    v.capacityNewKwh = 80.7;
    v.capacityNewSource = u"table"_s;
    v.catalogModel = u"i4 eDrive40"_s;
    v.sohPercent = 91.8506;
    v.sohLowPercent = 90.46;
    v.sohHighPercent = 93.24;
    v.estimates = 100;
    v.derivedEstimates = 40;
    EfficiencyCalibration c;
    c.shift = -0.02346;
    c.sigmaRelative = 0.0151;
    c.weightPrior = 0.3;
    c.weightFleetReadings = 0.35;
    c.weightOwnReadings = 0.25;
    c.weightCapacityNew = 0.1;
    c.readingsUsed = 3;
    c.fleetVehicles = 12;
    v.calibration = c;
    v.overheadKw = 0.41234;
    v.overheadSigmaKw = 0.0456;
    return v;
}

} // namespace

class TestVehicleRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFields();
    void unknownsAreNull();
    void trendRate();
};

void TestVehicleRows::jsonFields()
{
    const QJsonObject o = VehicleRows::json(summary());
    QCOMPARE(o.size(), 24);
    QCOMPARE(o[u"vehicle"_s].toString(), u"3f9c2a1b7e5d4c60"_s);
    QCOMPARE(o[u"shared"_s], QJsonValue(false)); // the user's own car
    QCOMPARE(o[u"shared_source"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(o[u"first_session"_s].toString(), u"2023-11-14T22:13:20Z"_s);
    QCOMPARE(o[u"mileage_km"_s].toDouble(), 23456.8);
    QCOMPARE(o[u"capacity_kwh"_s].toDouble(), 74.12);
    QCOMPARE(o[u"capacity_low_kwh"_s].toDouble(), 73.0);
    QCOMPARE(o[u"soh_percent"_s].toDouble(), 91.9);
    QCOMPARE(o[u"capacity_new_source"_s].toString(), u"table"_s);
    QCOMPARE(o[u"derived_estimates"_s].toInt(), 40);
    QVERIFY(o[u"capacity_new_override_kwh"_s].isNull());
    const QJsonObject c = o[u"efficiency_calibration"_s].toObject();
    QCOMPARE(c[u"shift_percent"_s].toDouble(), -2.35);
    QCOMPARE(c[u"uncertainty_percent"_s].toDouble(), 1.51);
    QCOMPARE(c[u"weight_fleet_readings"_s].toDouble(), 0.35);
    QCOMPARE(c[u"weight_capacity_new"_s].toDouble(), 0.1);
    QCOMPARE(c[u"readings_used"_s].toInt(), 3);
    QCOMPARE(c[u"fleet_vehicles"_s].toInt(), 12);
    const QJsonObject overhead = o[u"charging_overhead"_s].toObject();
    QCOMPARE(overhead.size(), 2);
    QCOMPARE(overhead[u"kw"_s].toDouble(), 0.412);
    QCOMPARE(overhead[u"uncertainty_kw"_s].toDouble(), 0.046);
}

void TestVehicleRows::unknownsAreNull()
{
    VehicleSummary v;
    v.key = u"00000000000000aa"_s;
    const QJsonObject o = VehicleRows::json(v);
    for (const QString &field : {u"model"_s, u"model_source"_s, u"drive_train"_s, u"first_session"_s, u"mileage_km"_s,
                                 u"capacity_kwh"_s, u"soh_percent"_s, u"capacity_new_model"_s, u"efficiency_calibration"_s,
                                 u"charging_overhead"_s})
        QVERIFY2(o[field].isNull(), qPrintable(field));
    QCOMPARE(o[u"sessions"_s].toInt(), 0);
}

void TestVehicleRows::trendRate()
{
    VehicleSummary v = summary();
    TrendModel linear;
    linear.shape = TrendModel::Shape::Linear;
    linear.coef = {80, -0.0002, 0}; // -2 kWh per 10,000 km
    linear.xMin = 1000;
    linear.xMax = 41000;
    v.trendMileage = linear;
    auto rate = VehicleRows::trendRate(v, 10000);
    QVERIFY(rate);
    QVERIFY(rate->percent);
    QVERIFY(!rate->perYear);
    QVERIFY(std::fabs(rate->value - (-2 / 80.7 * 100)) < 1e-9);
    // Per 10,000 miles: 1.609 times as much.
    QVERIFY(std::fabs(VehicleRows::trendRate(v, 16093.44)->value / rate->value - 1.609344) < 1e-9);
    // Without a capacity when new: kWh.
    v.capacityNewKwh.reset();
    QVERIFY(!VehicleRows::trendRate(v, 10000)->percent);
    // Too short a mileage range: per year from the date trend, if that spans enough.
    linear.xMax = 4000;
    v.trendMileage = linear;
    QVERIFY(!VehicleRows::trendRate(v, 10000));
    TrendModel byDate = linear;
    byDate.coef = {80, -0.005, 0};
    byDate.xMin = 0;
    byDate.xMax = 400;
    v.trendDate = byDate;
    rate = VehicleRows::trendRate(v, 10000);
    QVERIFY(rate && rate->perYear);
    QVERIFY(std::fabs(rate->value - (-0.005 * 365.25)) < 1e-9);
    // Too few sessions: no rate at all.
    v.estimates = 9;
    QVERIFY(!VehicleRows::trendRate(v, 10000));
}

QTEST_GUILESS_MAIN(TestVehicleRows)
#include "tst_vehiclerows.moc"
