// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/efficiencymodel.h"

#include "core/health/median.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double minSessionSigma = 0.004; // energy meters resolve ~0.4 %
constexpr double defaultSessionSigma = 0.012;

ChargingKind effectiveKind(ChargingKind kind)
{
    return kind == ChargingKind::Unknown ? ChargingKind::Ac : kind;
}

} // namespace

double EfficiencyModel::carSigmaRelative(ChargingKind kind)
{
    switch (effectiveKind(kind)) {
    case ChargingKind::AcLow: return 0.025 / 0.81; // 14-24 % losses
    case ChargingKind::Dc: return 0.01 / 0.96;     // a few %
    default: return 0.0125 / 0.925;               // 5-10 %
    }
}

double EfficiencyModel::referenceKw(ChargingKind kind)
{
    switch (effectiveKind(kind)) {
    case ChargingKind::AcLow: return 2.3;
    case ChargingKind::Dc: return 0;
    default: return 11.0;
    }
}

namespace {

// Within what the kind spans: a taper-only session or a broken record must
// not claim a loss the overhead cannot explain.
double clampedKw(ChargingKind kind, double kw)
{
    return effectiveKind(kind) == ChargingKind::AcLow ? std::clamp(kw, 1.4, 3.7) : std::clamp(kw, 3.7, 22.0);
}

} // namespace

double EfficiencyModel::powerFactor(ChargingKind kind, std::optional<double> kw, double overhead)
{
    const double reference = referenceKw(kind);
    if (reference <= 0 || !kw || !std::isfinite(*kw) || *kw <= 0)
        return 1;
    const double p = clampedKw(kind, *kw);
    // The car's loss at p relative to its loss at the anchor, times what
    // the published centres put between the anchor and the kind's reference.
    return (1 - overhead / p) / (1 - overhead / anchorKw) * (1 - overheadKw / anchorKw) / (1 - overheadKw / reference);
}

double EfficiencyModel::powerSlope(ChargingKind kind, double kw, double overhead)
{
    if (referenceKw(kind) <= 0 || !std::isfinite(kw) || kw <= 0)
        return 0;
    const double p = clampedKw(kind, kw);
    return -1 / (p - overhead) + 1 / (anchorKw - overhead);
}

Efficiency EfficiencyModel::literature(ChargingKind kind)
{
    Efficiency e;
    e.source = Efficiency::Source::Literature;
    e.sigmaSession = defaultSessionSigma;
    switch (effectiveKind(kind)) {
    case ChargingKind::AcLow: e.eta = 0.81; break;
    case ChargingKind::Dc: e.eta = 0.96; break;
    default: e.eta = 0.925; break;
    }
    e.sigmaMean = e.eta * std::hypot(carSigmaRelative(kind), centreSigmaRelative);
    return e;
}

EfficiencyStats EfficiencyModel::learn(const QList<Sample> &samples, ChargingKind kind)
{
    QList<double> ratios;
    for (const Sample &s : samples) {
        if (effectiveKind(s.kind) != effectiveKind(kind) || s.preconditioning || s.gridKwh < 1.0 || s.batteryKwh <= 0)
            continue;
        const double r = s.batteryKwh / s.gridKwh;
        // Above 1 the battery gained more than the grid gave: a broken record.
        // Kept at the kind's reference power, so that sessions at different
        // powers (and cars with different wallboxes) compare.
        if (r > 0.5 && r <= 1.0)
            ratios.append(r / powerFactor(kind, s.kw));
    }
    EfficiencyStats stats;
    if (ratios.isEmpty())
        return stats;
    // Median and MAD first, so that a few broken records cannot move the
    // mean; then the plain mean and scatter of what is left.
    const double m = median(ratios);
    QList<double> deviations;
    for (double r : std::as_const(ratios))
        deviations.append(std::fabs(r - m));
    const double mad = 1.4826 * median(deviations);
    QList<double> kept;
    for (double r : std::as_const(ratios)) {
        if (mad <= 0 || std::fabs(r - m) <= 3.5 * mad)
            kept.append(r);
    }
    double sum = 0;
    for (double r : std::as_const(kept))
        sum += r;
    stats.samples = int(kept.size());
    stats.mean = sum / kept.size();
    double ss = 0;
    for (double r : std::as_const(kept))
        ss += (r - stats.mean) * (r - stats.mean);
    stats.sigmaSession = kept.size() > 2 ? std::max(std::sqrt(ss / (kept.size() - 1)), minSessionSigma) : defaultSessionSigma;
    return stats;
}

Efficiency EfficiencyModel::pooled(const QList<EfficiencyStats> &vehicles, const Efficiency &fallback, Efficiency::Source source)
{
    QList<double> means;
    QList<double> scatters;
    for (const EfficiencyStats &v : vehicles) {
        if (v.samples >= minSamplesForPool) {
            means.append(v.mean);
            scatters.append(v.sigmaSession);
        }
    }
    if (means.size() < 2)
        return fallback;
    Efficiency e;
    e.source = source;
    e.eta = median(means);
    QList<double> deviations;
    for (double m : std::as_const(means))
        deviations.append(std::fabs(m - e.eta));
    // A new vehicle of the group differs from the group median by about the
    // between-vehicle spread; with few vehicles that spread is itself
    // uncertain, so never claim less than a quarter of the literature's.
    const double spread = 1.4826 * median(deviations);
    e.sigmaMean = std::max({spread, fallback.sigmaMean / 4, 0.003});
    e.sigmaSession = median(scatters);
    e.samples = int(means.size());
    return e;
}

Efficiency EfficiencyModel::combine(const EfficiencyStats &own, const Efficiency &prior)
{
    if (own.samples == 0)
        return prior;
    const double priorPrecision = 1.0 / (prior.sigmaMean * prior.sigmaMean);
    const double dataPrecision = own.samples / (own.sigmaSession * own.sigmaSession);
    Efficiency e;
    e.eta = (priorPrecision * prior.eta + dataPrecision * own.mean) / (priorPrecision + dataPrecision);
    e.sigmaMean = 1.0 / std::sqrt(priorPrecision + dataPrecision);
    e.sigmaSession = own.samples > 2 ? own.sigmaSession : prior.sigmaSession;
    e.samples = own.samples;
    e.source = dataPrecision >= priorPrecision ? Efficiency::Source::Vehicle : prior.source;
    return e;
}
