// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/healthview.h"

#include <QHash>
#include <QStringList>

namespace HealthViews {

QList<ModelBands> bands(const QList<VehicleHealthView> &vehicles, FleetBands::Axis axis, double binWidth)
{
    BandsBuilder builder(axis, binWidth);
    for (const VehicleHealthView &v : vehicles)
        builder.add(v);
    return builder.result();
}

void BandsBuilder::add(const VehicleHealthView &v)
{
    if (v.group.isEmpty())
        return;
    auto it = m_groups.find(v.group);
    if (it == m_groups.end()) {
        m_order.append(v.group);
        m_labels.insert(v.group, v.vehicle.catalogModel.isEmpty() ? v.vehicle.model : v.vehicle.catalogModel);
        it = m_groups.insert(v.group, FleetBands::Accumulator(m_axis, m_binWidth));
    }
    it->add(v.points, v.vehicle.capacityNewKwh);
}

QList<ModelBands> BandsBuilder::result() const
{
    QList<ModelBands> result;
    for (const QString &group : m_order)
        result.append({group, m_labels.value(group), m_groups.value(group, FleetBands::Accumulator(m_axis, m_binWidth)).bands()});
    return result;
}

double defaultBinWidth(FleetBands::Axis axis)
{
    return axis == FleetBands::Axis::Mileage ? FleetBands::defaultMileageBinKm : FleetBands::defaultAgeBinDays;
}

} // namespace HealthViews
