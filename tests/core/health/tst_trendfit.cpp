// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/trendfit.h"

#include <QTest>

#include <cmath>

namespace {
TrendOptions withScales(QList<double> x0)
{
    TrendOptions o;
    o.x0Candidates = std::move(x0);
    return o;
}
} // namespace

class TestTrendFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightLineByHand();
    void flatDataIsConstant();
    void recoversEarlyDrop();
    void linearDataStaysLinear();
    void rejectsGrossOutlierNotNoise();
    void risingCurveIsNotAnEarlyDrop();
    void tooFewPoints();
    void priorCarriesWeakDataNotStrong();
    void studentQuantiles_data();
    void studentQuantiles();
};

void TestTrendFit::straightLineByHand()
{
    // y = 80 - 0.5 x on x = 0..4, equal errors: OLS by hand gives slope
    // Sxy/Sxx = -5/10, intercept 80; var(slope) = sigma^2/Sxx = 0.01/10.
    QList<TrendPoint> points;
    for (int x = 0; x < 5; ++x)
        points.append({double(x), 80 - 0.5 * x, 0.1});
    // Tiny noise so that chi2 > 0 but well within the stated errors.
    points[1].y += 0.01;
    points[3].y -= 0.01;
    const auto fit = fitTrend(points, {});
    QVERIFY(fit);
    QCOMPARE(fit->model.shape, TrendModel::Shape::Linear);
    // The noise shifts the slope by sum((x - 2) dy) / Sxx = (-0.01 - 0.01) / 10.
    // (Tukey weights of 0.999 on the two nudged points move it by < 1e-5.)
    QVERIFY(qAbs(fit->model.coef[1] - (-0.5 - 0.002)) < 1e-5);
    QVERIFY(qAbs(fit->model.value(2) - 79.0) < 1e-9);
    // chi2/dof < 1: the covariance is not shrunk below the stated errors.
    QVERIFY(qAbs(fit->model.cov[1 * 3 + 1] - 0.01 / 10) < 1e-6);
    QCOMPARE(fit->used, 5);
}

void TestTrendFit::flatDataIsConstant()
{
    QList<TrendPoint> points;
    const double noise[] = {0.3, -0.2, 0.1, -0.4, 0.2, 0.0, -0.1, 0.3, -0.2, 0.0};
    for (int i = 0; i < 10; ++i)
        points.append({i * 1000.0, 75 + noise[i], 0.4});
    const auto fit = fitTrend(points, withScales({5000}));
    QVERIFY(fit);
    QCOMPARE(fit->model.shape, TrendModel::Shape::Constant);
    // Tukey's biweight gives in-noise points weights just below 1 (here
    // >= (1 - (1/4.685)^2)^2 = 0.91), so the level is a weighted mean of
    // noise that sums to 0: within 0.02 of 75.
    for (double w : fit->robustWeights)
        QVERIFY(w >= 0.91);
    QVERIFY(qAbs(fit->model.value(0) - 75.0) < 0.02);
}

void TestTrendFit::recoversEarlyDrop()
{
    // True curve: 80 - 0.0001 x - 3 (1 - exp(-x/6000)), sampled densely with
    // alternating +-0.2 noise; the early-drop shape must win and land within
    // 0.15 kWh of the truth everywhere in range.
    QList<TrendPoint> points;
    for (int i = 0; i <= 60; ++i) {
        const double x = i * 1000.0;
        const double y = 80 - 0.0001 * x + 3 * std::expm1(-x / 6000) + (i % 2 ? 0.2 : -0.2);
        points.append({x, y, 0.3});
    }
    const auto fit = fitTrend(points, withScales({3000, 6000, 12000}));
    QVERIFY(fit);
    QCOMPARE(fit->model.shape, TrendModel::Shape::EarlyDrop);
    QCOMPARE(fit->model.x0, 6000.0);
    for (double x : {0.0, 5000.0, 20000.0, 60000.0})
        QVERIFY2(qAbs(fit->model.value(x) - (80 - 0.0001 * x + 3 * std::expm1(-x / 6000))) < 0.15, qPrintable(QString::number(x)));
}

void TestTrendFit::linearDataStaysLinear()
{
    QList<TrendPoint> points;
    for (int i = 0; i <= 40; ++i)
        points.append({i * 1000.0, 70 - 0.0002 * i * 1000 + (i % 3 - 1) * 0.2, 0.3});
    const auto fit = fitTrend(points, withScales({3000, 6000, 12000}));
    QVERIFY(fit);
    QCOMPARE(fit->model.shape, TrendModel::Shape::Linear);
    QVERIFY(qAbs(fit->model.coef[1] + 0.0002) < 0.00002);
}

void TestTrendFit::rejectsGrossOutlierNotNoise()
{
    QList<TrendPoint> points;
    for (int i = 0; i < 20; ++i)
        points.append({double(i), 60 + (i % 2 ? 0.5 : -0.5), 0.5}); // noise at 1 sigma
    points[7].y = 66; // 12 sigma: a broken record
    const auto fit = fitTrend(points, {});
    QVERIFY(fit);
    QCOMPARE(fit->robustWeights[7], 0.0);
    QCOMPARE(fit->used, 19);
    for (int i = 0; i < 20; ++i) {
        if (i != 7)
            QVERIFY(fit->robustWeights[i] > 0.9);
    }
    QVERIFY(qAbs(fit->model.value(10) - 60.0) < 0.3);
}

void TestTrendFit::risingCurveIsNotAnEarlyDrop()
{
    QList<TrendPoint> points;
    for (int i = 0; i <= 30; ++i)
        points.append({i * 1000.0, 70 - 2 * std::expm1(-i / 3.0), 0.2});
    const auto fit = fitTrend(points, withScales({3000}));
    QVERIFY(fit);
    QVERIFY(fit->model.shape != TrendModel::Shape::EarlyDrop);
}

void TestTrendFit::tooFewPoints()
{
    QVERIFY(!fitTrend({}, {}));
    QVERIFY(!fitTrend({{0, 1, 1}}, {}));
    const auto two = fitTrend({{0, 10, 1}, {0, 12, 1}}, {}); // same x: only a constant
    QVERIFY(two);
    QCOMPARE(two->model.shape, TrendModel::Shape::Constant);
    QCOMPARE(two->model.value(0), 11.0);
}

void TestTrendFit::priorCarriesWeakDataNotStrong()
{
    // Points on a straight line far past any early drop, with a prior
    // asking for one: the basis is ~1 everywhere, so the prior only trades
    // with the intercept and the fitted values stay on the line.
    QList<TrendPoint> points;
    for (int i = 0; i < 30; ++i)
        points.append({60000 + i * 1000.0, 70 - 0.0001 * (60000 + i * 1000.0), 0.3});
    TrendOptions options = withScales({6000});
    options.earlyDropPrior = TrendOptions::Prior{-2.8, 1.2};
    const auto fit = fitTrend(points, options);
    QVERIFY(fit);
    QCOMPARE(fit->model.shape, TrendModel::Shape::EarlyDrop);
    QVERIFY(qAbs(fit->model.coef[2] + 2.8) < 0.01); // the data say nothing about it
    QVERIFY(qAbs(fit->model.value(89000) - (70 - 8.9)) < 0.01);

    // Few noisy points in the bend: the prior pulls the amplitude towards
    // its mean, but the fit still passes through the data.
    QList<TrendPoint> bend;
    for (int i = 0; i < 8; ++i)
        bend.append({i * 2000.0, 80 + 3 * std::expm1(-i * 2000.0 / 6000), 0.8});
    const auto weak = fitTrend(bend, options);
    QVERIFY(weak);
    QVERIFY(weak->model.coef[2] < -2.0 && weak->model.coef[2] > -3.5);
}

void TestTrendFit::studentQuantiles_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<int>("dof");
    QTest::addColumn<double>("expected"); // from tables
    QTest::newRow("normal 95") << 0.95 << 0 << 1.6449;
    QTest::newRow("normal 97.5") << 0.975 << 0 << 1.9600;
    QTest::newRow("t 95, 30") << 0.95 << 30 << 1.6973;
    QTest::newRow("t 95, 10") << 0.95 << 10 << 1.8125;
    QTest::newRow("t 97.5, 5") << 0.975 << 5 << 2.5706;
}

void TestTrendFit::studentQuantiles()
{
    QFETCH(double, p);
    QFETCH(int, dof);
    QFETCH(double, expected);
    QVERIFY2(qAbs(studentQuantile(p, dof) - expected) < 0.01, qPrintable(QString::number(studentQuantile(p, dof))));
}

QTEST_GUILESS_MAIN(TestTrendFit)
#include "tst_trendfit.moc"
