// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/efficiencymodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr double minSessionSigma = 0.004; // energy meters resolve ~0.4 %
constexpr double defaultSessionSigma = 0.012;

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

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
        if (r > 0.5 && r <= 1.0)
            ratios.append(r);
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
