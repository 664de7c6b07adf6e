// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The trend as a value: its curve, the uncertainty of its fitted mean, and
// the names the store keeps it by.
#include "core/model/trendmodel.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestTrendModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueFollowsTheShape();
    void standardErrorFromCovariance();
    void namesRoundTrip();
};

void TestTrendModel::valueFollowsTheShape()
{
    TrendModel m;
    m.coef = {80, -0.0001, -2};
    QCOMPARE(m.value(30000), 80.0); // constant ignores the rest
    m.shape = TrendModel::Shape::Linear;
    QCOMPARE(m.value(30000), 80 - 3.0);
    m.shape = TrendModel::Shape::EarlyDrop;
    m.x0 = 5000;
    QCOMPARE(m.value(0), 80.0);
    // The early loss levels off at c2.
    QVERIFY(std::fabs(m.value(1e6) - (80 - 100 - 2)) < 1e-9);
    QVERIFY(std::fabs(m.value(5000) - (80 - 0.5 - 2 * (1 - std::exp(-1.0)))) < 1e-12);
    // Negative x (before the first session) does not extrapolate the drop.
    QCOMPARE(TrendModel::basis(TrendModel::Shape::EarlyDrop, 5000, -100)[2], 0.0);
    QCOMPARE(m.parameters(), 3);
    QCOMPARE(TrendModel::parameterCount(TrendModel::Shape::Linear), 2);
}

void TestTrendModel::standardErrorFromCovariance()
{
    TrendModel m;
    m.shape = TrendModel::Shape::Linear;
    // var(c0) = 4, var(c1) = 1e-8, cov = -1e-4: se(x)^2 = 4 - 2e-4 x + 1e-8 x^2
    m.cov = {4, -1e-4, 0, -1e-4, 1e-8, 0, 0, 0, 0};
    QCOMPARE(m.standardError(0), 2.0);
    QVERIFY(std::fabs(m.standardError(10000) - std::sqrt(4 - 2 + 1)) < 1e-12);
    // Rounding never makes the variance negative.
    m.cov = {1e-20, -1, 0, -1, 1e-20, 0, 0, 0, 0};
    QCOMPARE(m.standardError(1), 0.0);
}

void TestTrendModel::namesRoundTrip()
{
    for (auto shape : {TrendModel::Shape::Constant, TrendModel::Shape::Linear, TrendModel::Shape::EarlyDrop})
        QCOMPARE(TrendModel::shapeFromName(TrendModel::shapeName(shape)), std::optional(shape));
    QCOMPARE(TrendModel::shapeName(TrendModel::Shape::EarlyDrop), u"early-drop"_s);
    QVERIFY(!TrendModel::shapeFromName(u"quadratic"_s));
}

QTEST_GUILESS_MAIN(TestTrendModel)
#include "tst_trendmodel.moc"
