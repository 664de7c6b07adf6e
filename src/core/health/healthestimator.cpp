// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/healthestimator.h"

#include "core/health/batterycatalog.h"
#include "core/health/median.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double secondsPerDay = 86400.0;
// The early loss of BMW/MINI batteries: 2-5 % (battery-capacities.md).
constexpr double earlyLossPrior = 0.035;
constexpr double earlyLossPriorSigma = 0.015;

std::optional<double> capacityNew(const VehicleHealthInput &input, VehicleHealth &out)
{
    if (input.capacityNewOverrideKwh) {
        out.capacityNewSource = QStringLiteral("override");
        return input.capacityNewOverrideKwh;
    }
    if (const auto entry = BatteryCatalog::builtIn().find(input.model); entry && entry->netKwh) {
        out.capacityNewSource = QStringLiteral("table");
        out.catalogModel = entry->name;
        return entry->netKwh;
    }
    return std::nullopt;
}

// Mean over blocks of consecutive points of (block mean residual^2 minus
// its variance under independent errors), never below zero.
double correlatedVariance(const QList<TrendPoint> &points, const TrendFit &fit, int blockSize)
{
    double sum = 0;
    int blocks = 0;
    double weightedResidual = 0;
    double weight = 0;
    int inBlock = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (fit.robustWeights[i] <= 0)
            continue;
        const double w = 1.0 / (points[i].sigma * points[i].sigma);
        weightedResidual += w * (points[i].y - fit.fitted[i]);
        weight += w;
        if (++inBlock == blockSize) {
            const double mean = weightedResidual / weight;
            sum += mean * mean - 1.0 / weight;
            ++blocks;
            weightedResidual = weight = 0;
            inBlock = 0;
        }
    }
    return blocks >= 2 ? std::max(0.0, sum / blocks) : 0.0;
}

} // namespace

double HealthEstimator::intervalQuantile(int dof)
{
    return studentQuantile(0.5 + intervalLevel / 2, std::max(dof, 1));
}

TrendOptions HealthEstimator::mileageTrendOptions()
{
    TrendOptions o;
    // The early loss plays out over the first 15-25 thousand km: an
    // e-folding distance of 4-9 thousand km.
    o.x0Candidates = {4000, 6000, 9000};
    return o;
}

TrendOptions HealthEstimator::dateTrendOptions()
{
    TrendOptions o;
    o.x0Candidates = {60, 150, 365};
    return o;
}

QList<EfficiencyModel::Sample> HealthEstimator::efficiencySamples(const QList<SessionForHealth> &sessions)
{
    QList<EfficiencyModel::Sample> samples;
    for (const SessionForHealth &s : sessions) {
        if (s.gridKwh && s.batteryKwh)
            samples.append({s.kind, *s.gridKwh, *s.batteryKwh, s.preconditioning, s.avgPowerKw});
    }
    return samples;
}

QList<KindEfficiency> HealthEstimator::baseEfficiencies(const VehicleHealthInput &input)
{
    QList<KindEfficiency> efficiencies;
    const QList<EfficiencyModel::Sample> samples = efficiencySamples(input.sessions);
    for (ChargingKind kind : EfficiencyModel::kinds) {
        KindEfficiency k;
        k.kind = kind;
        k.own = EfficiencyModel::learn(samples, kind);
        const Efficiency prior = input.efficiencyPrior ? input.efficiencyPrior(kind) : EfficiencyModel::literature(kind);
        k.used = EfficiencyModel::combine(k.own, prior);
        efficiencies.append(k);
    }
    return efficiencies;
}

std::optional<ScaleEvidence> HealthEstimator::ownEvidence(const VehicleHealthInput &input,
                                                         std::optional<VehicleHealth> *firstPassOut)
{
    // Evidence needs readings or a history that starts new: without
    // either, no pass can give any (and a large import need not run one).
    const bool mayStartNew = std::any_of(input.sessions.cbegin(), input.sessions.cend(),
                                         [](const SessionForHealth &s) { return s.mileageKm <= youngKm; });
    if (input.readings.isEmpty() && !mayStartNew)
        return std::nullopt;
    // The uncalibrated pass alone: its evidence does not depend on the
    // calibration that follows.
    const VehicleHealth first = firstPass(input, baseEfficiencies(input), {});
    const auto calibrated = calibrate(input, first);
    if (firstPassOut)
        *firstPassOut = first;
    return calibrated && calibrated->literatureBased ? first.readingEvidence : std::nullopt;
}

VehicleHealth HealthEstimator::estimate(const VehicleHealthInput &input, const PointFilter &filter,
                                       const VehicleHealth *firstPassIn)
{
    // 1. Efficiency per kind: this vehicle's sessions with both energies,
    //    weighed against the prior.
    const QList<KindEfficiency> efficiencies = baseEfficiencies(input);
    VehicleHealth first = firstPassIn ? *firstPassIn : firstPass(input, efficiencies, filter);

    // 2. Calibration of the derived points by battery readings: this car's,
    //    and those of other cars of its model.
    const auto calibrated = calibrate(input, first);
    if (!calibrated) {
        first.readingEvidence.reset(); // its scale is its own sessions': nothing for others to pool
        return first;
    }
    if (!calibrated->literatureBased)
        first.readingEvidence.reset();
    if (calibrated->calibration.readingsUsed == 0 && calibrated->calibration.fleetVehicles == 0
        && calibrated->calibration.weightCapacityNew == 0) {
        first.calibration = calibrated->calibration; // the prior alone: nothing moves
        return first;
    }
    QList<KindEfficiency> scaled = efficiencies;
    for (KindEfficiency &k : scaled) {
        if (k.used.source == Efficiency::Source::Vehicle)
            continue;
        const double rel = k.used.sigmaMean / k.used.eta;
        k.used.eta *= 1 + calibrated->calibration.shift;
        k.used.sigmaMean = k.used.eta * std::sqrt(calibrated->calibration.sigmaRelative * calibrated->calibration.sigmaRelative
                                                  + std::max(0.0, rel * rel - calibrated->priorVariance));
    }
    VehicleHealth out = estimateWith(input, scaled, filter, first.pointsOverheadKw.value_or(EfficiencyModel::overheadKw));
    out.pointsOverheadKw = first.pointsOverheadKw;
    out.overheadKw = first.overheadKw;
    out.overheadSigmaKw = first.overheadSigmaKw;
    out.calibration = calibrated->calibration;
    out.readingEvidence = first.readingEvidence;
    return out;
}
VehicleHealth HealthEstimator::firstPass(const VehicleHealthInput &input, const QList<KindEfficiency> &efficiencies,
                                        const PointFilter &filter)
{
    VehicleHealth h = estimateWith(input, efficiencies, filter, EfficiencyModel::overheadKw);
    // A car whose own sessions with both energies fixed its AC efficiency
    // keeps it as learned.
    for (const KindEfficiency &k : efficiencies)
        if (k.kind != ChargingKind::Dc && k.used.source == Efficiency::Source::Vehicle)
            return h;
    // Until it settles (twice at most: the loss is not linear in the
    // overhead at 2.3 kW). A move of 0.01 kW shifts a 2.3 kW point by 0.5 %
    // of its own error's size at most: not worth another pass.
    std::optional<OverheadFit> fit;
    double used = EfficiencyModel::overheadKw;
    for (int i = 0; i < 2; ++i) {
        fit = fitOverhead(h, used);
        if (!fit)
            return h;
        if (std::fabs(fit->kw - used) < 0.01)
            break;
        used = fit->kw;
        h = estimateWith(input, efficiencies, filter, used);
    }
    h.pointsOverheadKw = used;
    if (fit->informative) {
        h.overheadKw = used;
        h.overheadSigmaKw = fit->sigmaKw;
    }
    return h;
}

std::optional<HealthEstimator::OverheadFit> HealthEstimator::fitOverhead(const VehicleHealth &h, double overhead)
{
    if (!h.byDate)
        return std::nullopt;
    struct Residual
    {
        double z, r, w;
    };
    // The trend's outliers too: with the wrong overhead, a car's points at
    // its less usual power are the ones the trend gives up on.
    QList<Residual> residuals;
    for (const CapacityPoint &p : h.points) {
        if (!p.derived || std::isnan(p.powerKw) || p.kind == ChargingKind::Dc)
            continue;
        const double trend = h.byDate->value((p.time - h.dateOrigin) / secondsPerDay);
        if (trend <= 0 || p.capacityKwh <= 0)
            continue;
        const double rel = p.sigmaKwh / p.capacityKwh;
        residuals.append({EfficiencyModel::powerSlope(p.kind, p.powerKw, overhead), std::log(p.capacityKwh / trend),
                          1 / (rel * rel)});
    }
    struct Line
    {
        double slope = 0, szz = 0, chi2 = 0;
        int n = 0;
    };
    // Weighted least squares of residual on slope, with an intercept: the
    // car's level is not this fit's business.
    const auto fitLine = [](const QList<Residual> &xs) -> std::optional<Line> {
        double sw = 0, sz = 0, sr = 0;
        for (const Residual &x : xs) {
            sw += x.w;
            sz += x.w * x.z;
            sr += x.w * x.r;
        }
        if (xs.size() < 6 || sw <= 0)
            return std::nullopt;
        const double zMean = sz / sw, rMean = sr / sw;
        Line l;
        double szr = 0;
        for (const Residual &x : xs) {
            l.szz += x.w * (x.z - zMean) * (x.z - zMean);
            szr += x.w * (x.z - zMean) * (x.r - rMean);
        }
        // Points that hardly differ in power say nothing.
        if (l.szz <= 1e-9 * sw)
            return std::nullopt;
        l.slope = szr / l.szz;
        for (const Residual &x : xs) {
            const double e = x.r - rMean - l.slope * (x.z - zMean);
            l.chi2 += x.w * e * e;
        }
        l.n = int(xs.size());
        return l;
    };
    auto line = fitLine(residuals);
    if (!line)
        return std::nullopt;
    // One screen for broken records and recalibration episodes: points
    // more than 3.5 robust standard deviations off the line are left out.
    {
        double sw = 0, sz = 0, sr = 0;
        for (const Residual &x : std::as_const(residuals)) {
            sw += x.w;
            sz += x.w * x.z;
            sr += x.w * x.r;
        }
        QList<double> standardized;
        for (const Residual &x : std::as_const(residuals))
            standardized.append(std::fabs(x.r - sr / sw - line->slope * (x.z - sz / sw)) * std::sqrt(x.w));
        QList<double> sorted = standardized; // only its middle is needed
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        const double mad = std::max(1.0, 1.4826 * sorted[sorted.size() / 2]);
        QList<Residual> kept;
        for (qsizetype i = 0; i < residuals.size(); ++i)
            if (standardized[i] <= 3.5 * mad)
                kept.append(residuals[i]);
        if (kept.size() < residuals.size()) {
            line = fitLine(kept);
            if (!line)
                return std::nullopt;
        }
    }
    // Scatter beyond the points' own errors (the trend's misfit, a BMS
    // episode) makes the slope less certain, never more.
    const double scale = std::max(1.0, line->chi2 / double(line->n - 2));
    const double dataPrecision = line->szz / scale;
    const double priorPrecision = 1 / (EfficiencyModel::overheadSigmaKw * EfficiencyModel::overheadSigmaKw);
    // A point computed with too small an overhead sits high where the
    // overhead costs most (z most negative): the residuals' slope is minus
    // the overhead's error. Shrunk towards the published overhead.
    const double moved = overhead - EfficiencyModel::overheadKw - line->slope;
    OverheadFit fit;
    fit.kw = std::clamp(EfficiencyModel::overheadKw + moved * dataPrecision / (dataPrecision + priorPrecision), 0.0, 1.5);
    fit.sigmaKw = 1 / std::sqrt(dataPrecision + priorPrecision);
    fit.informative = dataPrecision >= priorPrecision;
    return fit;
}

VehicleHealth HealthEstimator::estimateWith(const VehicleHealthInput &input, const QList<KindEfficiency> &efficiencies,
                                           const PointFilter &filter, double overheadKw)
{
    VehicleHealth out;
    out.capacityNewKwh = capacityNew(input, out);
    out.efficiencies = efficiencies;
    const auto efficiencyFor = [&out](ChargingKind kind) {
        const ChargingKind effective = kind == ChargingKind::Unknown ? ChargingKind::Ac : kind;
        for (const KindEfficiency &k : std::as_const(out.efficiencies)) {
            if (k.kind == effective)
                return k.used;
        }
        return EfficiencyModel::literature(effective);
    };

    // 2. Points.
    out.points = CapacityPoints::compute(input.sessions, efficiencyFor, out.capacityNewKwh, filter, &out.counts, overheadKw);
    if (out.points.isEmpty())
        return out;
    out.dateOrigin = out.points.first().time;
    out.lastTime = out.points.last().time;
    for (const SessionForHealth &s : input.sessions) {
        if (!std::isnan(s.mileageKm) && (std::isnan(out.lastMileageKm) || s.mileageKm > out.lastMileageKm))
            out.lastMileageKm = s.mileageKm;
        out.lastTime = std::max(out.lastTime, s.startTime);
    }

    // 3. Trends. The date trend gives the current value (every session has a
    //    date; 2021 exports have no mileage); its outlier verdicts mark points.
    QList<TrendPoint> byDate;
    QList<TrendPoint> byMileage;
    QList<qsizetype> mileageIndex;
    for (qsizetype i = 0; i < out.points.size(); ++i) {
        const CapacityPoint &p = out.points[i];
        byDate.append({(p.time - out.dateOrigin) / secondsPerDay, p.capacityKwh, p.sigmaKwh});
        if (!std::isnan(p.mileageKm)) {
            byMileage.append({p.mileageKm, p.capacityKwh, p.sigmaKwh});
            mileageIndex.append(i);
        }
    }
    const auto dateFit = fitTrend(byDate, dateTrendOptions());
    if (!dateFit)
        return out;
    out.byDate = dateFit->model;
    // Against mileage the early loss has a known size (2-5 % over the first
    // 15-25 thousand km): a prior on it keeps short histories, where a line
    // fits the bend about as well, from ending too low.
    std::optional<TrendFit> mileageFit;
    if (byMileage.size() >= 3) {
        TrendOptions options = mileageTrendOptions();
        double reference = out.capacityNewKwh.value_or(0);
        if (reference <= 0) {
            QList<double> values;
            for (const TrendPoint &p : std::as_const(byMileage))
                values.append(p.y);
            std::sort(values.begin(), values.end());
            reference = values[values.size() / 2];
        }
        options.earlyDropPrior = TrendOptions::Prior{-earlyLossPrior * reference, earlyLossPriorSigma * reference};
        mileageFit = fitTrend(byMileage, options);
        if (mileageFit)
            out.byMileage = mileageFit->model;
    }
    double derivedWeight = 0;
    double totalWeight = 0;
    const double recentFrom = dateFit->model.xMax - (dateFit->model.xMax - dateFit->model.xMin) / 3;
    for (qsizetype i = 0; i < out.points.size(); ++i) {
        CapacityPoint &p = out.points[i];
        const double w = dateFit->robustWeights[i];
        p.outlier = w <= 0;
        // A derived point, an outlier too, is scaled with an efficiency that
        // leans on the prior: its own when it has one, shrunk towards the
        // model's and the fleet's.
        if (p.derived)
            out.usesPriorEfficiency = true;
        if (p.outlier)
            continue;
        ++out.estimates;
        if (p.derived)
            ++out.derivedEstimates;
        // How much the current value leans on derived points: their share
        // of the weight in the most recent third of the history.
        if (byDate[i].x >= recentFrom) {
            const double weight = w / (p.sigmaKwh * p.sigmaKwh);
            totalWeight += weight;
            if (p.derived) {
                const Efficiency e = efficiencyFor(p.kind);
                derivedWeight += weight * (e.sigmaMean / e.eta);
            }
        }
    }

    // 4. Current capacity with a 90 % interval: the trend's own error at the
    //    last session plus the efficiency uncertainty that derived points
    //    share (it does not average away over many sessions). The mileage
    //    trend when the exports have mileage; else the date trend.
    double value;
    double statistical;
    int dof;
    const bool useMileage = mileageFit && !std::isnan(out.lastMileageKm);
    if (useMileage) {
        const double x = std::min(out.lastMileageKm, mileageFit->model.xMax);
        value = mileageFit->model.value(x);
        statistical = mileageFit->model.standardError(x);
        dof = mileageFit->model.dof;
    } else {
        const double x = std::min((out.lastTime - out.dateOrigin) / secondsPerDay, dateFit->model.xMax);
        value = dateFit->model.value(x);
        statistical = dateFit->model.standardError(x);
        dof = dateFit->model.dof;
    }
    const double systematicRel = totalWeight > 0 ? derivedWeight / totalWeight : 0;
    out.systematicKwh = value * systematicRel;
    // Errors that are correlated in time (a BMS recalibration, a bend the
    // trend does not follow) do not shrink with more sessions. Their size
    // shows in runs of consecutive residuals: the scatter of block means
    // beyond what independent point errors would give.
    const TrendFit &used = useMileage ? *mileageFit : *dateFit;
    const QList<TrendPoint> &usedPoints = useMileage ? byMileage : byDate;
    // Short runs catch a recalibration of a few weeks, long runs a slow drift.
    const double blockExcess = std::max(correlatedVariance(usedPoints, used, 8), correlatedVariance(usedPoints, used, 24));
    const double sigma = std::sqrt(statistical * statistical + blockExcess + out.systematicKwh * out.systematicKwh);
    const double t = intervalQuantile(dof);
    out.capacityKwh = value;
    out.capacityLowKwh = value - t * sigma;
    out.capacityHighKwh = value + t * sigma;
    if (out.capacityNewKwh && *out.capacityNewKwh > 0) {
        out.sohPercent = value / *out.capacityNewKwh * 100;
        out.sohLowPercent = *out.capacityLowKwh / *out.capacityNewKwh * 100;
        out.sohHighPercent = *out.capacityHighKwh / *out.capacityNewKwh * 100;
    }
    out.readingEvidence = combinedEvidence(readingEvidence(input, out), newCapacityEvidence(out));
    return out;
}

std::optional<ScaleEvidence> HealthEstimator::newCapacityEvidence(const VehicleHealth &h)
{
    if (!h.capacityNewKwh || !h.byMileage || h.derivedEstimates == 0)
        return std::nullopt;
    double firstKm = NAN;
    for (const CapacityPoint &p : h.points)
        if (!p.outlier && !std::isnan(p.mileageKm) && (std::isnan(firstKm) || p.mileageKm < firstKm))
            firstKm = p.mileageKm;
    if (std::isnan(firstKm) || firstKm > youngKm)
        return std::nullopt;
    // The early loss by then, from its prior (2-5 % over the first 15-25
    // thousand km; the middle e-folding distance).
    constexpr double earlyKm = 6000;
    const double early = 1 - std::exp(-firstKm / earlyKm);
    const double expected = *h.capacityNewKwh * (1 - earlyLossPrior * early);
    const TrendModel &trend = *h.byMileage;
    const double at = std::clamp(firstKm, trend.xMin, trend.xMax);
    const double derived = trend.value(at);
    if (derived <= 0)
        return std::nullopt;
    const double ratio = std::log(expected / derived);
    if (std::fabs(ratio) > readingPlausible)
        return std::nullopt;
    const double se = trend.standardError(at) / derived;
    ScaleEvidence e;
    e.logRatio = ratio;
    e.variance = capacityNewSigma * capacityNewSigma + (earlyLossPriorSigma * early) * (earlyLossPriorSigma * early) + se * se;
    e.vehicles = 1;
    return e;
}

std::optional<ScaleEvidence> HealthEstimator::combinedEvidence(const std::optional<ScaleEvidence> &a,
                                                               const std::optional<ScaleEvidence> &b)
{
    if (!a || !b)
        return a ? a : b;
    ScaleEvidence e;
    const double wa = 1 / a->variance, wb = 1 / b->variance;
    e.logRatio = (wa * a->logRatio + wb * b->logRatio) / (wa + wb);
    e.variance = 1 / (wa + wb);
    e.readings = a->readings + b->readings;
    e.vehicles = 1;
    return e;
}

std::optional<ScaleEvidence> HealthEstimator::readingEvidence(const VehicleHealthInput &input, const VehicleHealth &h)
{
    if (input.readings.isEmpty() || !h.byDate || h.derivedEstimates == 0)
        return std::nullopt;
    QList<double> ratios;
    double trendVariance = 0;
    const TrendModel &trend = *h.byDate;
    for (const BatteryReading &r : input.readings) {
        double value = 0;
        switch (r.kind) {
        case BatteryReadingKind::MaxEnergyKwh:
        case BatteryReadingKind::HvsMaxEnergyKwh:
            value = r.value;
            break;
        case BatteryReadingKind::StateOfHealthPercent:
            if (!h.capacityNewKwh)
                continue;
            value = r.value / 100 * *h.capacityNewKwh;
            break;
        case BatteryReadingKind::BatterySizeMaxKwh: // the gross size: says nothing of ageing
            continue;
        }
        // Within the history the trend covers (two months' grace at its ends).
        const double x = (r.time - h.dateOrigin) / secondsPerDay;
        if (value <= 0 || x < trend.xMin - 60 || x > trend.xMax + 60)
            continue;
        const double at = std::clamp(x, trend.xMin, trend.xMax);
        const double expected = trend.value(at);
        if (expected <= 0)
            continue;
        const double ratio = std::log(value / expected);
        if (std::fabs(ratio) > readingPlausible)
            continue;
        ratios.append(ratio);
        const double se = trend.standardError(at) / expected;
        trendVariance += se * se;
    }
    if (ratios.isEmpty())
        return std::nullopt;
    ScaleEvidence e;
    e.readings = int(ratios.size());
    e.vehicles = 1;
    const qsizetype n = ratios.size();
    e.logRatio = median(ratios);
    e.variance = readingBiasSigma * readingBiasSigma + readingNoiseSigma * readingNoiseSigma / n + trendVariance / n;
    return e;
}

std::optional<HealthEstimator::Calibrated> HealthEstimator::calibrate(const VehicleHealthInput &input,
                                                                     const VehicleHealth &h)
{
    // Only derived points resting on a prior: a car's own battery-side
    // energy already fixed the scale of its kind.
    double priorVariance = 0;
    double weight = 0;
    bool allLiterature = true;
    for (const CapacityPoint &p : h.points) {
        if (!p.derived || p.outlier)
            continue;
        Efficiency e;
        for (const KindEfficiency &k : h.efficiencies)
            if (k.kind == (p.kind == ChargingKind::Unknown ? ChargingKind::Ac : p.kind))
                e = k.used;
        if (e.eta <= 0 || e.source == Efficiency::Source::Vehicle)
            return std::nullopt;
        allLiterature = allLiterature && e.source == Efficiency::Source::Literature;
        const double w = 1.0 / (p.sigmaKwh * p.sigmaKwh);
        priorVariance += w * (e.sigmaMean / e.eta) * (e.sigmaMean / e.eta);
        weight += w;
    }
    if (weight <= 0)
        return std::nullopt;
    priorVariance /= weight;

    Calibrated c;
    EfficiencyCalibration &out = c.calibration;
    double mean = 0;
    double variance = priorVariance;
    if (allLiterature) {
        // The published centre's own uncertainty is shared by every car:
        // other cars' readings narrow it, a car's own spread stays.
        const double centre = EfficiencyModel::centreSigmaRelative * EfficiencyModel::centreSigmaRelative;
        const double car = std::max(0.0, priorVariance - centre);
        double centrePrecision = 1.0 / centre;
        double fleetPrecision = 0;
        if (input.fleetReadings && input.fleetReadings->variance > 0) {
            fleetPrecision = 1.0 / input.fleetReadings->variance;
            out.fleetVehicles = input.fleetReadings->vehicles;
        }
        mean = fleetPrecision > 0 ? fleetPrecision * input.fleetReadings->logRatio / (centrePrecision + fleetPrecision) : 0;
        variance = 1.0 / (centrePrecision + fleetPrecision) + car;
        out.weightFleetReadings = fleetPrecision / (centrePrecision + fleetPrecision);
        out.weightPrior = 1 - out.weightFleetReadings;
    }
    c.priorVariance = priorVariance;
    c.literatureBased = allLiterature;
    // The car's own evidence: its readings, and its capacity when new.
    const auto readings = readingEvidence(input, h);
    const auto young = newCapacityEvidence(h);
    const double readingPrecision = readings ? 1.0 / readings->variance : 0;
    const double youngPrecision = young ? 1.0 / young->variance : 0;
    const double priorPrecision = 1.0 / variance;
    const double total = priorPrecision + readingPrecision + youngPrecision;
    mean = (priorPrecision * mean + readingPrecision * (readings ? readings->logRatio : 0)
            + youngPrecision * (young ? young->logRatio : 0))
           / total;
    variance = 1.0 / total;
    out.weightPrior *= priorPrecision / total;
    out.weightFleetReadings *= priorPrecision / total;
    out.weightOwnReadings = readingPrecision / total;
    out.weightCapacityNew = youngPrecision / total;
    out.readingsUsed = readings ? readings->readings : 0;
    out.shift = std::expm1(mean);
    out.sigmaRelative = std::sqrt(variance);
    return c;
}
