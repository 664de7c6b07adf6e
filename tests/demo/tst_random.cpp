// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/random.h"

#include <QTest>

#include <bit>
#include <cmath>

using Demo::detail::mix;
using Demo::detail::Rng;

class TestRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineIsTheStandardOne();
    void mixIsSplitMix64();
    void seedOnePinned();
    void integerCoversItsRange();
    void uniformStaysInRange();
    void normalHasItsMeanAndSpread();
    void weightedFollowsItsWeights();
};

void TestRandom::engineIsTheStandardOne()
{
    // The value the C++ standard requires of the 10,000th number of a
    // default-seeded mt19937_64: the fleet rests on a fixed sequence.
    Rng rng(std::mt19937_64::default_seed);
    for (int i = 1; i < 10000; ++i)
        rng.next();
    QCOMPARE(rng.next(), quint64(9981545732273789042ull));
}

void TestRandom::mixIsSplitMix64()
{
    // SplitMix64's first output from state 0 (the reference implementation's).
    QCOMPARE(mix(0), quint64(0xE220A8397B1DCDAFull));
    // Neighbouring seeds give unrelated streams.
    QVERIFY(std::popcount(mix(1) ^ mix(2)) > 16);
}

void TestRandom::seedOnePinned()
{
    // Pinned: changing a distribution changes every generated fleet, and
    // that should show here before it shows as a changed benchmark.
    // uniform(), integer() and weighted() use integer arithmetic and single
    // IEEE operations, so these hold to the bit on every platform (compared
    // with ==, since QCOMPARE compares doubles fuzzily).
    Rng rng(1);
    QCOMPARE(rng.next(), quint64(2469588189546311528ull));
    const double u = rng.uniform();
    QVERIFY2(u == 0x1.175c928118c7cp-3, qPrintable(QString::number(u, 'g', 17)));
    QCOMPARE(rng.integer(0, 32), 0);
    const double price = rng.uniform(0.49, 0.79);
    QVERIFY2(price == 0x1.fc37f8fc54031p-2, qPrintable(QString::number(price, 'g', 17)));
    QCOMPARE(rng.weighted({0.55, 0.22, 0.13, 0.10}), 0);
    QCOMPARE(rng.chance(0.5), false);
    // normal() goes through log, sqrt and cos, which the C library need not
    // round the same everywhere.
    QVERIFY(std::abs(rng.normal(1.0, 0.008) - 0x1.020ff2f85be62p+0) < 1e-12);
}

void TestRandom::integerCoversItsRange()
{
    Rng rng(7);
    QList<int> seen(33, 0);
    for (int i = 0; i < 20000; ++i) {
        const int v = rng.integer(0, 32);
        QVERIFY2(v >= 0 && v <= 32, qPrintable(QString::number(v)));
        ++seen[v];
    }
    for (int v = 0; v <= 32; ++v)
        QVERIFY2(seen[v] > 400, qPrintable(QString::number(v))); // ~606 expected each
    QCOMPARE(rng.integer(5, 5), 5);
}

void TestRandom::uniformStaysInRange()
{
    Rng rng(11);
    double lowest = 1;
    double highest = 0;
    for (int i = 0; i < 100000; ++i) {
        const double u = rng.uniform();
        QVERIFY(u >= 0.0 && u < 1.0);
        lowest = std::min(lowest, u);
        highest = std::max(highest, u);
        const double r = rng.uniform(-3.0, 0.3);
        QVERIFY(r >= -3.0 && r < 0.3);
    }
    QVERIFY(lowest < 0.001);
    QVERIFY(highest > 0.999);
}

void TestRandom::normalHasItsMeanAndSpread()
{
    Rng rng(3);
    const int n = 200000;
    double sum = 0;
    double squares = 0;
    int beyondThree = 0;
    for (int i = 0; i < n; ++i) {
        const double x = rng.normal(2.0, 0.5);
        QVERIFY(std::isfinite(x));
        sum += x;
        squares += x * x;
        if (std::abs(x - 2.0) > 1.5)
            ++beyondThree;
    }
    const double mean = sum / n;
    const double sd = std::sqrt(squares / n - mean * mean);
    QVERIFY2(std::abs(mean - 2.0) < 0.005, qPrintable(QString::number(mean)));
    QVERIFY2(std::abs(sd - 0.5) < 0.005, qPrintable(QString::number(sd)));
    // Normal tails, not uniform ones: 0.27 % beyond three standard deviations.
    QVERIFY2(beyondThree > 300 && beyondThree < 800, qPrintable(QString::number(beyondThree)));
}

void TestRandom::weightedFollowsItsWeights()
{
    Rng rng(5);
    const int n = 100000;
    int counts[4] = {};
    for (int i = 0; i < n; ++i)
        ++counts[rng.weighted({0.55, 0.22, 0.13, 0.10})];
    const double expected[4] = {0.55, 0.22, 0.13, 0.10};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(double(counts[i]) / n - expected[i]) < 0.01, qPrintable(QString::number(i)));
    // Weights need not sum to one, and a zero weight is never drawn.
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(rng.weighted({0.0, 2.0, 0.0}), 1);
        QCOMPARE(rng.weighted({3.0, 0.0}), 0);
    }
}

QTEST_GUILESS_MAIN(TestRandom)
#include "tst_random.moc"
