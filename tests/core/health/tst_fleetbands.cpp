// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/fleetbands.h"

#include <QTest>

#include <cmath>

namespace {
CapacityPoint point(double km, double kwh, double sigma = 1, bool outlier = false, qint64 time = 0)
{
    CapacityPoint p;
    p.time = time;
    p.mileageKm = km;
    p.capacityKwh = kwh;
    p.sigmaKwh = sigma;
    p.outlier = outlier;
    return p;
}
} // namespace

class TestFleetBands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileByHand();
    void weightedMedianByHand();
    void oneHeavyChargerCountsOnce();
    void sohUsesEachVehiclesCapacityWhenNew();
    void ageAxisStartsAtEachVehiclesFirstSession();
};

void TestFleetBands::percentileByHand()
{
    // 10 20 30 40 50: p10 at h = 0.4 -> 10 + 0.4 * 10 = 14; p90 at h = 3.6 -> 46.
    QCOMPARE(FleetBands::percentile({50, 10, 30, 20, 40}, 0.1), 14.0);
    QCOMPARE(FleetBands::percentile({50, 10, 30, 20, 40}, 0.5), 30.0);
    QCOMPARE(FleetBands::percentile({50, 10, 30, 20, 40}, 0.9), 46.0);
    QCOMPARE(FleetBands::percentile({7}, 0.9), 7.0);
    QVERIFY(std::isnan(FleetBands::percentile({}, 0.5)));
}

void TestFleetBands::weightedMedianByHand()
{
    // Weights 1, 1, 5: the heavy value holds more than half.
    QCOMPARE(FleetBands::weightedMedian({{70, 1}, {80, 1}, {75, 5}}), 75.0);
    // Equal halves: the midpoint between the two middle values.
    QCOMPARE(FleetBands::weightedMedian({{70, 1}, {80, 1}}), 75.0);
}

void TestFleetBands::oneHeavyChargerCountsOnce()
{
    // Bin 0-5000 km: vehicle A has 50 points at 70 kWh, B one at 78, C one at
    // 80. Pooling points would give a median of 70; per-vehicle summaries
    // give 70, 78, 80 -> median 78, p10 = 70 + 0.2 * 8 = 71.6, p90 = 79.6.
    BandVehicle a;
    for (int i = 0; i < 50; ++i)
        a.points.append(point(100 + i, 70));
    BandVehicle b{{point(2000, 78)}, std::nullopt};
    BandVehicle c{{point(3000, 80), point(3100, 99, 1, true)}, std::nullopt}; // outlier ignored
    const QList<FleetBand> bands = FleetBands::compute({a, b, c}, FleetBands::Axis::Mileage, 5000);
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands[0].binStart, 0.0);
    QCOMPARE(bands[0].binEnd, 5000.0);
    QCOMPARE(bands[0].vehicles, 3);
    QCOMPARE(bands[0].medianKwh, 78.0);
    QVERIFY(qAbs(bands[0].p10Kwh - 71.6) < 1e-9);
    QVERIFY(qAbs(bands[0].p90Kwh - 79.6) < 1e-9);
    QCOMPARE(bands[0].sohVehicles, 0);
    QVERIFY(!bands[0].medianSoh);
}

void TestFleetBands::sohUsesEachVehiclesCapacityWhenNew()
{
    const BandVehicle a{{point(12000, 76)}, 80.0}; // 95 %
    const BandVehicle b{{point(14000, 72)}, 80.0}; // 90 %
    const BandVehicle c{{point(13000, 60)}, std::nullopt};
    const QList<FleetBand> bands = FleetBands::compute({a, b, c}, FleetBands::Axis::Mileage, 5000);
    QCOMPARE(bands.size(), 1);
    QCOMPARE(bands[0].binStart, 10000.0);
    QCOMPARE(bands[0].vehicles, 3);
    QCOMPARE(bands[0].sohVehicles, 2);
    QCOMPARE(*bands[0].medianSoh, 92.5);
}

void TestFleetBands::ageAxisStartsAtEachVehiclesFirstSession()
{
    // A starts in 2020, B in 2023: both have a point 100 days in.
    const qint64 day = 86400;
    const BandVehicle a{{point(NAN, 80, 1, false, 1577836800), point(NAN, 79, 1, false, 1577836800 + 100 * day)}, std::nullopt};
    const BandVehicle b{{point(NAN, 60, 1, false, 1672531200), point(NAN, 59, 1, false, 1672531200 + 100 * day)}, std::nullopt};
    const QList<FleetBand> bands = FleetBands::compute({a, b}, FleetBands::Axis::Age, 91);
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands[0].vehicles, 2); // days 0-91
    QCOMPARE(bands[1].vehicles, 2); // days 91-182
    QCOMPARE(bands[1].medianKwh, 69.0);
}

QTEST_GUILESS_MAIN(TestFleetBands)
#include "tst_fleetbands.moc"
