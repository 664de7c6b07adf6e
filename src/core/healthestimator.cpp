#include "healthestimator.h"

#include "batterycatalog.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double secondsPerDay = 86400.0;

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

} // namespace

TrendOptions HealthEstimator::mileageTrendOptions()
{
    TrendOptions o;
    // The early loss plays out over the first 15-25 thousand km.
    o.x0Candidates = {3000, 6000, 12000, 25000};
    return o;
}

TrendOptions HealthEstimator::dateTrendOptions()
{
    TrendOptions o;
    o.x0Candidates = {60, 150, 365};
    return o;
}

VehicleHealth HealthEstimator::estimate(const VehicleHealthInput &input, const PointFilter &filter)
{
    VehicleHealth out;
    out.capacityNewKwh = capacityNew(input, out);

    // 1. Efficiency per kind: this vehicle's sessions with both energies,
    //    weighed against the prior.
    QList<EfficiencyModel::Sample> samples;
    for (const SessionForHealth &s : input.sessions) {
        if (s.gridKwh && s.batteryKwh)
            samples.append({s.kind, *s.gridKwh, *s.batteryKwh, s.preconditioning});
    }
    for (ChargingKind kind : EfficiencyModel::kinds) {
        KindEfficiency k;
        k.kind = kind;
        k.own = EfficiencyModel::learn(samples, kind);
        const Efficiency prior = input.efficiencyPrior ? input.efficiencyPrior(kind) : EfficiencyModel::literature(kind);
        k.used = EfficiencyModel::combine(k.own, prior);
        out.efficiencies.append(k);
    }
    const auto efficiencyFor = [&out](ChargingKind kind) {
        const ChargingKind effective = kind == ChargingKind::Unknown ? ChargingKind::Ac : kind;
        for (const KindEfficiency &k : std::as_const(out.efficiencies)) {
            if (k.kind == effective)
                return k.used;
        }
        return EfficiencyModel::literature(effective);
    };

    // 2. Points.
    out.points = CapacityPoints::compute(input.sessions, efficiencyFor, out.capacityNewKwh, filter, &out.counts);
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
    if (byMileage.size() >= 2) {
        if (const auto mileageFit = fitTrend(byMileage, mileageTrendOptions()))
            out.byMileage = mileageFit->model;
    }
    if (!dateFit)
        return out;
    out.byDate = dateFit->model;
    double derivedWeight = 0;
    double totalWeight = 0;
    const double recentFrom = dateFit->model.xMax - (dateFit->model.xMax - dateFit->model.xMin) / 3;
    for (qsizetype i = 0; i < out.points.size(); ++i) {
        CapacityPoint &p = out.points[i];
        const double w = dateFit->robustWeights[i];
        p.outlier = w <= 0;
        if (p.outlier)
            continue;
        ++out.estimates;
        if (p.derived) {
            ++out.derivedEstimates;
            const Efficiency e = efficiencyFor(p.kind);
            if (e.source != Efficiency::Source::Vehicle)
                out.usesPriorEfficiency = true;
        }
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
    //    share (it does not average away over many sessions).
    const double x = (out.lastTime - out.dateOrigin) / secondsPerDay;
    const double value = dateFit->model.value(std::min(x, dateFit->model.xMax));
    const double statistical = dateFit->model.standardError(std::min(x, dateFit->model.xMax));
    const double systematicRel = totalWeight > 0 ? derivedWeight / totalWeight : 0;
    out.systematicKwh = value * systematicRel;
    const double sigma = std::hypot(statistical, out.systematicKwh);
    const double t = studentQuantile(0.5 + intervalLevel / 2, std::max(dateFit->model.dof, 1));
    out.capacityKwh = value;
    out.capacityLowKwh = value - t * sigma;
    out.capacityHighKwh = value + t * sigma;
    if (out.capacityNewKwh && *out.capacityNewKwh > 0) {
        out.sohPercent = value / *out.capacityNewKwh * 100;
        out.sohLowPercent = *out.capacityLowKwh / *out.capacityNewKwh * 100;
        out.sohHighPercent = *out.capacityHighKwh / *out.capacityNewKwh * 100;
    }
    return out;
}
