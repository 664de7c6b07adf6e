// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/capacitypoints.h"

#include <QTest>

#include <cmath>

namespace {
Efficiency fixedEfficiency(ChargingKind)
{
    return {0.9, 0.01, 0.012, Efficiency::Source::Vehicle, 10};
}

SessionForHealth session(qint64 t, double s0, double s1, std::optional<double> grid, std::optional<double> battery,
                         bool preconditioning = false)
{
    SessionForHealth s;
    s.startTime = t;
    s.mileageKm = 1000 + t;
    s.socStart = s0;
    s.socEnd = s1;
    s.gridKwh = grid;
    s.batteryKwh = battery;
    s.kind = ChargingKind::Ac;
    s.preconditioning = preconditioning;
    return s;
}
} // namespace

class TestCapacityPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuredPointByHand();
    void derivedPointByHand();
    void filters();
    void smallBatteriesAreNotExcluded();
    void referenceFromOwnMedianWhenModelUnknown();
};

void TestCapacityPoints::measuredPointByHand()
{
    // 40 kWh over 50 points: 80 kWh. Error: 0.408/50 = 0.816 % from the
    // integer SoC, 0.5 % from the meter: hypot = 0.957 % -> 0.7657 kWh.
    const auto points = CapacityPoints::compute({session(1, 30, 80, 44.0, 40.0)}, fixedEfficiency, 80.0, {});
    QCOMPARE(points.size(), 1);
    QVERIFY(qAbs(points[0].capacityKwh - 80.0) < 1e-12);
    QVERIFY(qAbs(points[0].sigmaKwh - 80 * std::hypot(0.408 / 50, 0.005)) < 1e-12);
    QVERIFY(!points[0].derived);
    QCOMPARE(points[0].deltaSoc, 50.0);
}

void TestCapacityPoints::derivedPointByHand()
{
    // 44 kWh from the grid x 0.9 = 39.6 kWh over 50 points: 79.2 kWh; error
    // adds the session scatter of the efficiency, 0.012/0.9.
    const auto points = CapacityPoints::compute({session(1, 30, 80, 44.0, std::nullopt)}, fixedEfficiency, 80.0, {});
    QCOMPARE(points.size(), 1);
    QVERIFY(qAbs(points[0].capacityKwh - 79.2) < 1e-12);
    QVERIFY(qAbs(points[0].sigmaKwh - 79.2 * std::hypot(0.408 / 50, std::hypot(0.005, 0.012 / 0.9))) < 1e-12);
    QVERIFY(points[0].derived);
    // Larger delta SoC weighs more: smaller relative error.
    const auto wide = CapacityPoints::compute({session(1, 10, 90, 70.4, 64.0)}, fixedEfficiency, 80.0, {});
    QVERIFY(wide[0].sigmaKwh / wide[0].capacityKwh < points[0].sigmaKwh / points[0].capacityKwh);
}

void TestCapacityPoints::filters()
{
    PointCounts counts;
    const auto points = CapacityPoints::compute(
        {
            session(1, 30, 80, 44.0, 40.0),             // kept
            session(2, 50, 59, 8.0, 7.2),               // delta 9 < 10
            session(3, 30, 80, std::nullopt, std::nullopt), // no energy
            session(4, 30, 80, 44.0, 12.0),             // 24 kWh: below 0.55 x 80
            session(5, 30, 80, 80.0, 60.0),             // 120 kWh: above 1.25 x 80
            session(6, 30, 80, 46.0, std::nullopt, true), // grid-only with preconditioning
            session(7, 30, 80, 50.0, 40.0, true),       // measured: preconditioning is fine
        },
        fixedEfficiency, 80.0, {}, &counts);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points[0].time, 1);
    QCOMPARE(points[1].time, 7);
    QCOMPARE(counts.sessions, 7);
    QCOMPARE(counts.tooSmall, 1);
    QCOMPARE(counts.noEnergy, 1);
    QCOMPARE(counts.implausible, 2);
    QCOMPARE(counts.preconditioned, 1);
}

void TestCapacityPoints::smallBatteriesAreNotExcluded()
{
    // An i3 60Ah (18.8 kWh): 9 kWh over 48 points is a perfectly good
    // point, though far below any fixed kWh floor.
    const auto points = CapacityPoints::compute({session(1, 40, 88, 9.9, 9.0)}, fixedEfficiency, 18.8, {});
    QCOMPARE(points.size(), 1);
    QVERIFY(qAbs(points[0].capacityKwh - 18.75) < 1e-12);
}

void TestCapacityPoints::referenceFromOwnMedianWhenModelUnknown()
{
    // Median of 80, 80, 80 and 200 is 80: 200 is implausible.
    const auto points = CapacityPoints::compute({session(1, 30, 80, 44.0, 40.0), session(2, 30, 80, 44.0, 40.0),
                                                 session(3, 30, 80, 44.0, 40.0), session(4, 30, 80, 110.0, 100.0)},
                                                fixedEfficiency, std::nullopt, {});
    QCOMPARE(points.size(), 3);
}

QTEST_GUILESS_MAIN(TestCapacityPoints)
#include "tst_capacitypoints.moc"
