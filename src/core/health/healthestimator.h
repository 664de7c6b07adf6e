// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/capacitypoints.h"
#include "core/health/efficiencymodel.h"
#include "core/health/trendfit.h"
#include "core/model/vehiclehealth.h"

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

class HealthEstimator
{
public:
    static constexpr double intervalLevel = 0.90;
    // The Student-t factor of a two-sided intervalLevel interval: the one
    // place that turns standard errors into the intervals everyone shows.
    static double intervalQuantile(int dof);

    static VehicleHealth estimate(const VehicleHealthInput &input, const PointFilter &filter = {});

    // The sessions that carry both energies, as efficiency samples.
    static QList<EfficiencyModel::Sample> efficiencySamples(const QList<SessionForHealth> &sessions);

    static TrendOptions mileageTrendOptions();
    static TrendOptions dateTrendOptions();
};
