// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/capacitypoints.h"

#include <algorithm>

QList<CapacityPoint> CapacityPoints::compute(const QList<SessionForHealth> &sessions,
                                             const std::function<Efficiency(ChargingKind)> &efficiency,
                                             std::optional<double> referenceKwh, const PointFilter &filter,
                                             PointCounts *counts, double overheadKw)
{
    PointCounts c;
    QList<CapacityPoint> raw;
    for (const SessionForHealth &s : sessions) {
        ++c.sessions;
        const double delta = s.socEnd - s.socStart;
        if (delta < filter.minDeltaSoc) {
            ++c.tooSmall;
            continue;
        }
        CapacityPoint p;
        p.time = s.startTime;
        p.mileageKm = s.mileageKm;
        p.deltaSoc = delta;
        p.kind = s.kind;
        p.powerKw = s.avgPowerKw.value_or(NAN);
        const double socRel = filter.socSigma / delta;
        if (s.batteryKwh && *s.batteryKwh > 0) {
            p.capacityKwh = *s.batteryKwh * 100.0 / delta;
            p.sigmaKwh = p.capacityKwh * std::hypot(socRel, filter.batteryEnergySigma);
        } else if (s.gridKwh && *s.gridKwh > 0) {
            if (s.preconditioning) {
                ++c.preconditioned;
                continue;
            }
            const Efficiency e = efficiency(s.kind);
            p.capacityKwh = *s.gridKwh * e.eta * EfficiencyModel::powerFactor(s.kind, s.avgPowerKw, overheadKw) * 100.0 / delta;
            // Per-session scatter of the efficiency only; the uncertainty of
            // eta itself is shared by all derived points and is accounted
            // for in the vehicle's interval, not here.
            p.sigmaKwh = p.capacityKwh * std::hypot(socRel, std::hypot(filter.batteryEnergySigma, e.sigmaSession / e.eta));
            p.derived = true;
        } else {
            ++c.noEnergy;
            continue;
        }
        raw.append(p);
    }

    double reference = referenceKwh.value_or(0);
    if (reference <= 0 && !raw.isEmpty()) {
        QList<double> values;
        for (const CapacityPoint &p : std::as_const(raw))
            values.append(p.capacityKwh);
        std::sort(values.begin(), values.end());
        reference = values[values.size() / 2];
    }
    QList<CapacityPoint> points;
    for (const CapacityPoint &p : std::as_const(raw)) {
        if (p.capacityKwh < filter.plausibleLow * reference || p.capacityKwh > filter.plausibleHigh * reference) {
            ++c.implausible;
            continue;
        }
        points.append(p);
    }
    std::sort(points.begin(), points.end(), [](const CapacityPoint &a, const CapacityPoint &b) { return a.time < b.time; });
    if (counts)
        *counts = c;
    return points;
}
