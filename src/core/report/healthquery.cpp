#include "core/report/healthquery.h"

#include "core/import/healthupdater.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QList<VehicleHealthView> HealthQuery::vehicles(Store &store, const QString &model, const QString &vehicleKey)
{
    const QString wantedGroup = model.isEmpty() ? QString() : HealthUpdater::modelGroup(model);
    QList<VehicleHealthView> views;
    QHash<QString, qsizetype> byKey;
    for (const VehicleSummary &v : store.vehicles()) {
        if (!vehicleKey.isEmpty() && v.key != vehicleKey)
            continue;
        const QString group = v.model.isEmpty() ? QString() : HealthUpdater::modelGroup(v.model);
        if (!wantedGroup.isEmpty() && group != wantedGroup)
            continue;
        VehicleHealthView view;
        view.vehicle = v;
        view.group = group;
        view.trendDate = HealthUpdater::trendFromJson(v.trendDate);
        view.trendMileage = HealthUpdater::trendFromJson(v.trendMileage);
        byKey.insert(v.key, views.size());
        views.append(view);
    }
    if (views.isEmpty())
        return views;

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.exec(u"SELECT v.key, p.start_time, p.mileage_km, p.capacity_kwh, p.sigma_kwh, p.delta_soc, p.derived, p.outlier, "
           "p.charging_kind FROM capacity_points p JOIN vehicles v ON v.id = p.vehicle_id ORDER BY v.key, p.start_time"_s);
    while (q.next()) {
        const auto it = byKey.constFind(q.value(0).toString());
        if (it == byKey.constEnd())
            continue;
        CapacityPoint p;
        p.time = q.value(1).toLongLong();
        p.mileageKm = q.value(2).isNull() ? NAN : q.value(2).toDouble();
        p.capacityKwh = q.value(3).toDouble();
        p.sigmaKwh = q.value(4).toDouble();
        p.deltaSoc = q.value(5).toDouble();
        p.derived = q.value(6).toInt() != 0;
        p.outlier = q.value(7).toInt() != 0;
        p.kind = chargingKindFromName(q.value(8).toString());
        views[*it].points.append(p);
    }
    q.exec(u"SELECT v.key, r.kind, r.read_at, r.value FROM battery_readings r JOIN vehicles v ON v.id = r.vehicle_id "
           "ORDER BY v.key, r.read_at"_s);
    while (q.next()) {
        const auto it = byKey.constFind(q.value(0).toString());
        if (it != byKey.constEnd())
            views[*it].readings.append({q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toDouble()});
    }
    return views;
}

QList<ModelBands> HealthQuery::bands(const QList<VehicleHealthView> &vehicles, FleetBands::Axis axis, double binWidth)
{
    QHash<QString, QList<BandVehicle>> groups;
    QHash<QString, QString> labels;
    QStringList order;
    for (const VehicleHealthView &v : vehicles) {
        if (v.group.isEmpty())
            continue; // an unknown model has no fleet to compare with
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
