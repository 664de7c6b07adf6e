#pragma once

#include "core/health/capacitypoints.h"
#include "core/health/fleetbands.h"
#include "core/store/store.h"
#include "core/health/trendfit.h"

#include <QList>
#include <QString>

// Reads stored estimates for views and scripts: each vehicle's capacity
// points, KeyList readings and trends, and its model's fleet bands.
struct StoredReading
{
    QString kind; // max_energy_kwh, hvs_max_energy_kwh, battery_size_max_kwh, soh_percent
    qint64 time = 0;
    double value = 0;
};

struct VehicleHealthView
{
    VehicleSummary vehicle;
    QString group; // shared efficiency / fleet group (see HealthUpdater::modelGroup)
    QList<CapacityPoint> points;
    QList<StoredReading> readings;
    std::optional<TrendModel> trendDate;
    std::optional<TrendModel> trendMileage;
};

struct ModelBands
{
    QString group;
    QString label; // a model name to show
    QList<FleetBand> bands;
};

class HealthQuery
{
public:
    // Vehicles whose model is in the same group as `model` (all when empty),
    // or the one vehicle `vehicleKey` (when given).
    static QList<VehicleHealthView> vehicles(Store &store, const QString &model = {}, const QString &vehicleKey = {});

    // Bands per model group over the given vehicles.
    static QList<ModelBands> bands(const QList<VehicleHealthView> &vehicles, FleetBands::Axis axis, double binWidth);
};
