// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/vehiclerows.h"

#include "core/model/isotime.h"
#include "core/report/jsonvalues.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using JsonValues::orNull;
using JsonValues::rounded;
using JsonValues::textOrNull;

namespace VehicleRows {

namespace {

QJsonValue calibrationJson(const std::optional<EfficiencyCalibration> &c)
{
    if (!c)
        return QJsonValue();
    return QJsonObject{{u"shift_percent"_s, rounded(c->shift * 100, 2)},
                       {u"uncertainty_percent"_s, rounded(c->sigmaRelative * 100, 2)},
                       {u"weight_prior"_s, rounded(c->weightPrior, 3)},
                       {u"weight_fleet_readings"_s, rounded(c->weightFleetReadings, 3)},
                       {u"weight_own_readings"_s, rounded(c->weightOwnReadings, 3)},
                       {u"weight_capacity_new"_s, rounded(c->weightCapacityNew, 3)},
                       {u"readings_used"_s, c->readingsUsed},
                       {u"fleet_vehicles"_s, c->fleetVehicles}};
}

} // namespace

QJsonObject json(const VehicleSummary &v)
{
    const auto time = [](const std::optional<qint64> &t) { return t ? QJsonValue(isoUtc(*t)) : QJsonValue(); };
    return QJsonObject{{u"vehicle"_s, v.key},
                       {u"shared"_s, v.shared()},
                       {u"shared_source"_s, textOrNull(v.sharedSource)},
                       {u"model"_s, textOrNull(v.model)},
                       {u"model_source"_s, textOrNull(v.modelSource)},
                       {u"drive_train"_s, textOrNull(v.driveTrain)},
                       {u"sessions"_s, v.sessions},
                       {u"first_session"_s, time(v.firstSession)},
                       {u"last_session"_s, time(v.lastSession)},
                       {u"mileage_km"_s, v.mileageKm ? rounded(*v.mileageKm, 1) : QJsonValue()},
                       {u"capacity_new_override_kwh"_s, orNull(v.capacityNewOverrideKwh)},
                       {u"capacity_kwh"_s, rounded(v.capacityKwh, 2)},
                       {u"capacity_low_kwh"_s, rounded(v.capacityLowKwh, 2)},
                       {u"capacity_high_kwh"_s, rounded(v.capacityHighKwh, 2)},
                       {u"capacity_new_kwh"_s, orNull(v.capacityNewKwh)},
                       {u"capacity_new_source"_s, textOrNull(v.capacityNewSource)},
                       {u"capacity_new_model"_s, textOrNull(v.catalogModel)},
                       {u"soh_percent"_s, rounded(v.sohPercent, 1)},
                       {u"soh_low_percent"_s, rounded(v.sohLowPercent, 1)},
                       {u"soh_high_percent"_s, rounded(v.sohHighPercent, 1)},
                       {u"estimates"_s, v.estimates},
                       {u"derived_estimates"_s, v.derivedEstimates},
                       {u"efficiency_calibration"_s, calibrationJson(v.calibration)},
                       {u"charging_overhead"_s, v.overheadKw ? QJsonValue(QJsonObject{
                                                    {u"kw"_s, rounded(*v.overheadKw, 3)},
                                                    {u"uncertainty_kw"_s, rounded(v.overheadSigmaKw, 3)}})
                                                            : QJsonValue()}};
}

std::optional<TrendRate> trendRate(const VehicleSummary &v, double distanceKm)
{
    // A rate needs data that span some distance: a few sessions over a
    // thousand km say nothing about ageing per 10,000 km.
    constexpr int minSessions = 10;
    constexpr double minKm = 5000;
    constexpr double minDays = 180;
    if (v.estimates < minSessions)
        return std::nullopt;
    std::optional<TrendModel> trend = v.trendMileage;
    double span = distanceKm;
    bool perYear = false;
    if (!trend || trend->xMax - trend->xMin < minKm) {
        trend = v.trendDate;
        span = 365.25; // days
        perYear = true;
        if (!trend || trend->xMax - trend->xMin < minDays)
            return std::nullopt;
    }
    // The slope over the last stretch of the fitted range: for an early-drop
    // curve that is the current rate, not the average since new.
    const double from = std::max(trend->xMin, trend->xMax - span);
    const double rate = (trend->value(trend->xMax) - trend->value(from)) / (trend->xMax - from) * span;
    if (!std::isfinite(rate))
        return std::nullopt;
    if (v.capacityNewKwh && *v.capacityNewKwh > 0)
        return TrendRate{rate / *v.capacityNewKwh * 100, true, perYear};
    return TrendRate{rate, false, perYear};
}

} // namespace VehicleRows
