// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/healthview.h"

#include <QHash>
#include <QStringList>

namespace HealthViews {

QList<ModelBands> bands(const QList<VehicleHealthView> &vehicles, FleetBands::Axis axis, double binWidth)
{
    QHash<QString, QList<BandVehicle>> groups;
    QHash<QString, QString> labels;
    QStringList order;
    for (const VehicleHealthView &v : vehicles) {
        if (v.group.isEmpty())
            continue;
        if (!groups.contains(v.group)) {
            order.append(v.group);
            labels.insert(v.group, v.vehicle.catalogModel.isEmpty() ? v.vehicle.model : v.vehicle.catalogModel);
        }
        groups[v.group].append({v.points, v.vehicle.capacityNewKwh});
    }
    QList<ModelBands> result;
    for (const QString &group : std::as_const(order))
        result.append({group, labels.value(group), FleetBands::compute(groups.value(group), axis, binWidth)});
    return result;
}

double defaultBinWidth(FleetBands::Axis axis)
{
    return axis == FleetBands::Axis::Mileage ? FleetBands::defaultMileageBinKm : FleetBands::defaultAgeBinDays;
}

} // namespace HealthViews
