// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/fleetbands.h"

#include <QMap>

#include <algorithm>
#include <cmath>

double FleetBands::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return NAN;
    std::sort(values.begin(), values.end());
    const double h = (values.size() - 1) * p;
    const qsizetype lo = qsizetype(std::floor(h));
    const qsizetype hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - lo) * (values[hi] - values[lo]);
}

double FleetBands::weightedMedian(QList<std::pair<double, double>> vw)
{
    if (vw.isEmpty())
        return NAN;
    std::sort(vw.begin(), vw.end());
    double total = 0;
    for (const auto &[v, w] : std::as_const(vw))
        total += w;
    double running = 0;
    for (qsizetype i = 0; i < vw.size(); ++i) {
        running += vw[i].second;
        if (running > total / 2)
            return vw[i].first;
        if (running == total / 2 && i + 1 < vw.size())
            return (vw[i].first + vw[i + 1].first) / 2;
    }
    return vw.last().first;
}

QList<FleetBand> FleetBands::compute(const QList<BandVehicle> &vehicles, Axis axis, double binWidth)
{
    Accumulator accumulator(axis, binWidth);
    for (const BandVehicle &vehicle : vehicles)
        accumulator.add(vehicle.points, vehicle.capacityNewKwh);
    return accumulator.bands();
}

QList<FleetBand> FleetBands::Accumulator::bands() const
{
    QList<FleetBand> bands;
    for (auto it = m_bins.cbegin(); it != m_bins.cend(); ++it) {
        FleetBand b;
        b.binStart = it.key() * m_binWidth;
        b.binEnd = b.binStart + m_binWidth;
        b.vehicles = int(it->kwh.size());
        b.medianKwh = percentile(it->kwh, 0.5);
        b.p10Kwh = percentile(it->kwh, 0.1);
        b.p90Kwh = percentile(it->kwh, 0.9);
        b.sohVehicles = int(it->soh.size());
        if (!it->soh.isEmpty()) {
            b.medianSoh = percentile(it->soh, 0.5);
            b.p10Soh = percentile(it->soh, 0.1);
            b.p90Soh = percentile(it->soh, 0.9);
        }
        bands.append(b);
    }
    return bands;
}
