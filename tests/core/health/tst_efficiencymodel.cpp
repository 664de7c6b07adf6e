// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/efficiencymodel.h"

#include <QTest>

#include <cmath>

using Sample = EfficiencyModel::Sample;

class TestEfficiencyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsRobustMeanPerKind();
    void leavesOutWhatCannotTeach();
    void combineIsPrecisionWeighted();
    void noOwnDataMeansPrior();
    void pooledNeedsTwoVehicles();
    void literaturePriors();
    void powerMovesAcEfficiency();
    void learnsAtTheReferencePower();
};

void TestEfficiencyModel::learnsRobustMeanPerKind()
{
    // AC ratios 0.90, 0.92, 0.94, 0.92 and one broken 0.60: median 0.92,
    // MAD = 1.4826 * median(|0.02|,0,|0.02|,0,0.32) = 1.4826 * 0.02; 0.60 is
    // 0.32 away (> 3.5 MAD) and dropped. Mean of the rest 0.92, sample sd
    // sqrt((0.0004 + 0 + 0.0004 + 0) / 3) = 0.01633.
    const QList<Sample> samples = {
        {ChargingKind::Ac, 50, 45, false, {}},   {ChargingKind::Ac, 50, 46, false, {}}, {ChargingKind::Ac, 50, 47, false, {}},
        {ChargingKind::Ac, 50, 46, false, {}},   {ChargingKind::Ac, 50, 30, false, {}}, {ChargingKind::Dc, 40, 38.4, false, {}},
        {ChargingKind::AcLow, 10, 8.1, false, {}},
    };
    const EfficiencyStats ac = EfficiencyModel::learn(samples, ChargingKind::Ac);
    QCOMPARE(ac.samples, 4);
    QVERIFY(qAbs(ac.mean - 0.92) < 1e-12);
    QVERIFY(qAbs(ac.sigmaSession - std::sqrt(0.0008 / 3)) < 1e-12);
    const EfficiencyStats dc = EfficiencyModel::learn(samples, ChargingKind::Dc);
    QCOMPARE(dc.samples, 1);
    QVERIFY(qAbs(dc.mean - 0.96) < 1e-12);
    QCOMPARE(dc.sigmaSession, 0.012); // too few sessions for its own scatter
}

void TestEfficiencyModel::leavesOutWhatCannotTeach()
{
    const QList<Sample> samples = {
        {ChargingKind::Ac, 50, 46, true, {}},   // preconditioning: heating in the grid energy
        {ChargingKind::Ac, 0.5, 0.45, false, {}}, // under 1 kWh: meter resolution dominates
        {ChargingKind::Ac, 20, 21, false, {}},  // battery gained more than the grid gave
        {ChargingKind::Ac, 20, 0, false, {}},
    };
    QCOMPARE(EfficiencyModel::learn(samples, ChargingKind::Ac).samples, 0);
    // Unknown kind counts as AC.
    QCOMPARE(EfficiencyModel::learn({{ChargingKind::Unknown, 50, 46, false, {}}}, ChargingKind::Ac).samples, 1);
}

void TestEfficiencyModel::combineIsPrecisionWeighted()
{
    // Prior 0.925 +- 0.925 x hypot(1.35 %, the centre's own uncertainty);
    // own 4 sessions at 0.90 with scatter 0.01 -> precision 40000.
    const Efficiency prior = EfficiencyModel::literature(ChargingKind::Ac);
    const double priorSigma = 0.925 * std::hypot(0.0125 / 0.925, EfficiencyModel::centreSigmaRelative);
    QVERIFY(qAbs(prior.sigmaMean - priorSigma) < 1e-12);
    const double p = 1 / (priorSigma * priorSigma);
    const Efficiency e = EfficiencyModel::combine({4, 0.90, 0.01}, prior);
    QVERIFY(qAbs(e.eta - (p * 0.925 + 40000 * 0.90) / (p + 40000)) < 1e-9);
    QVERIFY(qAbs(e.sigmaMean - 1 / std::sqrt(p + 40000)) < 1e-9);
    QCOMPARE(e.source, Efficiency::Source::Vehicle);
    QCOMPARE(e.sigmaSession, 0.01);
    // One noisy session knows less than the prior: the prior's name stays.
    const Efficiency weak = EfficiencyModel::combine({1, 0.90, 0.05}, prior);
    QCOMPARE(weak.source, Efficiency::Source::Literature);
    QVERIFY(qAbs(weak.eta - (p * 0.925 + 400 * 0.90) / (p + 400)) < 1e-9);
}

void TestEfficiencyModel::noOwnDataMeansPrior()
{
    const Efficiency prior{0.93, 0.004, 0.01, Efficiency::Source::Model, 3};
    const Efficiency e = EfficiencyModel::combine({}, prior);
    QCOMPARE(e.eta, 0.93);
    QCOMPARE(e.source, Efficiency::Source::Model);
}

void TestEfficiencyModel::pooledNeedsTwoVehicles()
{
    const Efficiency fallback = EfficiencyModel::literature(ChargingKind::Ac);
    // One qualified vehicle (the other has too few sessions): fallback.
    QCOMPARE(EfficiencyModel::pooled({{10, 0.93, 0.01}, {2, 0.91, 0.01}}, fallback, Efficiency::Source::Model).source,
             Efficiency::Source::Literature);
    // Three vehicles 0.90, 0.93, 0.94: median 0.93, MAD 1.4826 * 0.01 =
    // 0.014826 (> a quarter of the literature's), session scatter the
    // median of 0.01/0.02/0.012.
    const Efficiency e = EfficiencyModel::pooled({{10, 0.90, 0.01}, {8, 0.93, 0.02}, {6, 0.94, 0.012}}, fallback,
                                                 Efficiency::Source::Model);
    QCOMPARE(e.source, Efficiency::Source::Model);
    QVERIFY(qAbs(e.eta - 0.93) < 1e-12);
    QVERIFY(qAbs(e.sigmaMean - 0.014826) < 1e-9);
    QCOMPARE(e.sigmaSession, 0.012);
    // Two identical vehicles: the spread floor (a quarter of the
    // literature's uncertainty) keeps the prior honest.
    const Efficiency same = EfficiencyModel::pooled({{10, 0.92, 0.01}, {10, 0.92, 0.01}}, fallback, Efficiency::Source::Fleet);
    QCOMPARE(same.sigmaMean, fallback.sigmaMean / 4);
}

void TestEfficiencyModel::literaturePriors()
{
    QCOMPARE(EfficiencyModel::literature(ChargingKind::Ac).eta, 0.925);   // 5-10 % losses
    QCOMPARE(EfficiencyModel::literature(ChargingKind::AcLow).eta, 0.81); // 14-24 %
    QCOMPARE(EfficiencyModel::literature(ChargingKind::Dc).eta, 0.96);    // a few %
    QCOMPARE(EfficiencyModel::literature(ChargingKind::Unknown).eta, 0.925);
}

void TestEfficiencyModel::powerMovesAcEfficiency()
{
    using M = EfficiencyModel;
    // At its kind's reference power, with the published overhead: as held.
    QCOMPARE(M::powerFactor(ChargingKind::Ac, 11.0), 1.0);
    QVERIFY(std::fabs(M::powerFactor(ChargingKind::AcLow, 2.3) - 1) < 1e-12);
    // A 3.7 kW socket loses (0.35 / 3.7) instead of (0.35 / 2.3).
    QVERIFY(std::fabs(M::powerFactor(ChargingKind::AcLow, 3.7) - (1 - 0.35 / 3.7) / (1 - 0.35 / 2.3)) < 1e-12);
    QVERIFY(M::powerFactor(ChargingKind::Ac, 7.4) < 1);
    QVERIFY(M::powerFactor(ChargingKind::Ac, 22.0) > 1);
    // The published centres are what the overhead gives between the kinds.
    const double a = M::overheadKw;
    QVERIFY(std::fabs(M::literature(ChargingKind::Ac).eta * (1 - a / 2.3) / (1 - a / 11)
                      - M::literature(ChargingKind::AcLow).eta) < 0.002);
    // DC, and sessions of unknown power, are not moved.
    QCOMPARE(M::powerFactor(ChargingKind::Dc, 50.0), 1.0);
    QCOMPARE(M::powerFactor(ChargingKind::Ac, std::nullopt), 1.0);
    QCOMPARE(M::powerFactor(ChargingKind::Ac, 0.0), 1.0);
    // A car's own overhead moves everything but 11 kW AC: more overhead,
    // less kept at low power.
    QCOMPARE(M::powerFactor(ChargingKind::Ac, 11.0, 0.8), 1.0);
    QVERIFY(M::powerFactor(ChargingKind::AcLow, 2.3, 0.6) < M::powerFactor(ChargingKind::AcLow, 2.3, 0.35));
    const double ratio = M::powerFactor(ChargingKind::AcLow, 2.3, 0.6) / M::powerFactor(ChargingKind::Ac, 11.0, 0.6);
    QVERIFY(std::fabs(ratio * M::literature(ChargingKind::AcLow).eta / M::literature(ChargingKind::Ac).eta
                      - (1 - 0.6 / 2.3) / (1 - 0.6 / 11)) < 0.002);
    // The slope is the derivative of log(factor) in the overhead.
    const double h = 1e-6;
    const double numeric = (std::log(M::powerFactor(ChargingKind::AcLow, 2.3, 0.5 + h))
                            - std::log(M::powerFactor(ChargingKind::AcLow, 2.3, 0.5 - h))) / (2 * h);
    QVERIFY(std::fabs(M::powerSlope(ChargingKind::AcLow, 2.3, 0.5) - numeric) < 1e-6);
    // Powers outside the kind are held at its edge: a taper-only record
    // at 0.5 kW does not claim a 70 % loss.
    QCOMPARE(M::powerFactor(ChargingKind::AcLow, 0.5), M::powerFactor(ChargingKind::AcLow, 1.4));
}

void TestEfficiencyModel::learnsAtTheReferencePower()
{
    // Two sockets, both losing what the published overhead says: one
    // efficiency at the reference power, no scatter between them.
    const double at23 = 0.81;
    const double at37 = 0.81 * EfficiencyModel::powerFactor(ChargingKind::AcLow, 3.7);
    QList<Sample> samples;
    for (int i = 0; i < 4; ++i) {
        samples.append({ChargingKind::AcLow, 10, 10 * at23, false, 2.3});
        samples.append({ChargingKind::AcLow, 10, 10 * at37, false, 3.7});
    }
    const EfficiencyStats low = EfficiencyModel::learn(samples, ChargingKind::AcLow);
    QCOMPARE(low.samples, 8);
    QVERIFY(std::fabs(low.mean - 0.81) < 1e-9);
    QCOMPARE(low.sigmaSession, 0.004); // the meter's floor: nothing left to scatter
    // Without their power they read as two efficiencies 5 points apart.
    for (Sample &s : samples)
        s.kw.reset();
    QVERIFY(EfficiencyModel::learn(samples, ChargingKind::AcLow).sigmaSession > 0.02);
}

QTEST_GUILESS_MAIN(TestEfficiencyModel)
#include "tst_efficiencymodel.moc"
