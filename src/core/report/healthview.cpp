// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/healthview.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <cmath>

PlotPoints::PlotPoints(const QList<CapacityPoint> &points)
{
    const auto wh = [](double kwh) {
        return qint32(std::clamp<double>(std::llround(std::isfinite(kwh) ? kwh * 1000 : 0), INT32_MIN, INT32_MAX));
    };
    m_time.reserve(points.size());
    m_mileageKm.reserve(points.size());
    m_capacityWh.reserve(points.size());
    m_sigmaWh.reserve(points.size());
    m_flags.reserve(points.size());
    for (const CapacityPoint &p : points) {
        m_time.append(p.time);
        m_mileageKm.append(p.mileageKm);
        m_capacityWh.append(wh(p.capacityKwh));
        m_sigmaWh.append(std::max<qint32>(1, wh(p.sigmaKwh))); // as stored: an error is a weight's divisor
        m_flags.append(quint8((p.derived ? 1 : 0) | (p.outlier ? 2 : 0)));
    }
}

PlotPoints::Point PlotPoints::at(qsizetype i) const
{
    Point p;
    p.time = m_time.at(i);
    p.mileageKm = m_mileageKm.at(i);
    // As the store reads them: whole Wh over 1000.
    p.capacityKwh = double(m_capacityWh.at(i)) / 1000.0;
    p.sigmaKwh = double(m_sigmaWh.at(i)) / 1000.0;
    p.derived = (m_flags.at(i) & 1) != 0;
    p.outlier = (m_flags.at(i) & 2) != 0;
    return p;
}

ChartVehicle ChartVehicle::from(const VehicleHealthView &view)
{
    return {view.vehicle, view.group, PlotPoints(view.points), view.readings};
}

namespace HealthViews {

FleetBands::Accumulator &BandsBuilder::accumulatorFor(const QString &group, const VehicleSummary &vehicle)
{
    auto it = m_groups.find(group);
    if (it == m_groups.end()) {
        m_order.append(group);
        m_labels.insert(group, vehicle.catalogModel.isEmpty() ? vehicle.model : vehicle.catalogModel);
        it = m_groups.insert(group, FleetBands::Accumulator(m_axis, m_binWidth));
    }
    return *it;
}

QList<ModelBands> BandsBuilder::result() const
{
    QList<ModelBands> result;
    for (const QString &group : m_order) {
        const auto [own, shared] = m_counts.value(group);
        result.append({group, m_labels.value(group), m_groups.value(group, FleetBands::Accumulator(m_axis, m_binWidth)).bands(),
                       own, shared});
    }
    return result;
}

double defaultBinWidth(FleetBands::Axis axis)
{
    return axis == FleetBands::Axis::Mileage ? FleetBands::defaultMileageBinKm : FleetBands::defaultAgeBinDays;
}

} // namespace HealthViews

QString ModelBands::provenance() const
{
    return QStringLiteral("%1: %2 vehicle(s) (%3 yours, %4 shared)").arg(label).arg(ownVehicles + sharedVehicles).arg(ownVehicles).arg(sharedVehicles);
}
