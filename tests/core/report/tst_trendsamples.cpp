// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A trend as the reports draw it: evenly spaced over its fitted range, with
// the estimator's interval.
#include "core/health/healthestimator.h"
#include "core/report/trendsamples.h"

#include <QTest>

class TestTrendSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesTheFittedRange();
    void noRangeNoSamples();
};

void TestTrendSamples::samplesTheFittedRange()
{
    TrendModel m;
    m.shape = TrendModel::Shape::Linear;
    m.coef = {80, -0.0001, 0};
    m.cov = {0.25, 0, 0, 0, 0, 0, 0, 0, 0}; // se 0.5 everywhere
    m.dof = 12;
    m.xMin = 1000;
    m.xMax = 31000;
    const QList<TrendSample> samples = TrendSamples::sample(m);
    QCOMPARE(samples.size(), TrendSamples::defaultSegments + 1);
    QCOMPARE(samples.first().x, 1000.0);
    QCOMPARE(samples.last().x, 31000.0);
    QCOMPARE(samples[1].x - samples[0].x, 30000.0 / TrendSamples::defaultSegments);
    const double t = HealthEstimator::intervalQuantile(12); // 90 %: t(0.95, 12) = 1.782
    QVERIFY(std::fabs(t - 1.782) < 0.001);
    for (const TrendSample &s : samples) {
        QCOMPARE(s.y, m.value(s.x));
        QVERIFY(std::fabs(s.high - s.y - t * 0.5) < 1e-12);
        QVERIFY(std::fabs(s.y - s.low - t * 0.5) < 1e-12);
    }
    QCOMPARE(TrendSamples::sample(m, 4).size(), 5);
}

void TestTrendSamples::noRangeNoSamples()
{
    TrendModel m;
    m.xMin = m.xMax = 5000;
    QVERIFY(TrendSamples::sample(m).isEmpty());
}

QTEST_GUILESS_MAIN(TestTrendSamples)
#include "tst_trendsamples.moc"
