#pragma once

#include "core/health/capacitypoints.h"
#include "core/health/efficiencymodel.h"
#include "core/health/trendfit.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Everything the estimator needs to know about one vehicle.
struct VehicleHealthInput
{
    QList<SessionForHealth> sessions;
    QString model;
    std::optional<double> capacityNewOverrideKwh;
    // The efficiency prior for this vehicle's model (model, then fleet, then
    // the published ranges); its own sessions refine it.
    std::function<Efficiency(ChargingKind)> efficiencyPrior;
};

struct KindEfficiency
{
    ChargingKind kind = ChargingKind::Unknown;
    EfficiencyStats own; // learned from this vehicle alone (for group priors)
    Efficiency used;     // what grid-only sessions of this kind were scaled with
};

struct VehicleHealth
{
    QList<CapacityPoint> points; // usable points, outliers flagged
    PointCounts counts;
    QList<KindEfficiency> efficiencies;

    std::optional<TrendModel> byMileage; // x: odometer km
    std::optional<TrendModel> byDate;    // x: days since dateOrigin
    qint64 dateOrigin = 0;
    qint64 lastTime = 0;
    double lastMileageKm = NAN;

    // Usable capacity now (at the last session), with a 90 % interval.
    std::optional<double> capacityKwh;
    std::optional<double> capacityLowKwh;
    std::optional<double> capacityHighKwh;
    double systematicKwh = 0; // part of the uncertainty shared by derived points

    std::optional<double> capacityNewKwh;
    QString capacityNewSource; // "override", "table" or empty
    QString catalogModel;      // the table entry used

    std::optional<double> sohPercent;
    std::optional<double> sohLowPercent;
    std::optional<double> sohHighPercent;

    int estimates = 0;        // points used by the trend
    int derivedEstimates = 0; // of which derived from grid energy
    // True when some derived point leaned on a model/fleet/literature prior:
    // such a vehicle must be recomputed when other vehicles teach the prior.
    bool usesPriorEfficiency = false;
};

class HealthEstimator
{
public:
    static constexpr double intervalLevel = 0.90;

    static VehicleHealth estimate(const VehicleHealthInput &input, const PointFilter &filter = {});

    // The sessions that carry both energies, as efficiency samples.
    static QList<EfficiencyModel::Sample> efficiencySamples(const QList<SessionForHealth> &sessions);

    static TrendOptions mileageTrendOptions();
    static TrendOptions dateTrendOptions();
};
