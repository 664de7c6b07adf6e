// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/healthrows.h"

#include "core/model/isotime.h"
#include "core/report/jsonvalues.h"
#include "core/report/trendsamples.h"

using namespace Qt::StringLiterals;
using JsonValues::rounded;
using JsonValues::textOrNull;

namespace HealthRows {

const QStringList &columns()
{
    static const QStringList names = {
        u"type"_s,     u"vehicle"_s,  u"model"_s,       u"time"_s,     u"mileage_km"_s,      u"bin_start"_s,
        u"bin_end"_s,  u"vehicles"_s, u"capacity_kwh"_s, u"sigma_kwh"_s, u"low_kwh"_s,         u"high_kwh"_s,
        u"soh_percent"_s, u"p10"_s,   u"p90"_s,         u"p10_soh_percent"_s, u"p90_soh_percent"_s, u"derived"_s,
        u"outlier"_s,  u"kind"_s,     u"delta_soc"_s,   u"reading"_s,  u"value"_s};
    return names;
}

namespace {

QJsonValue soh(double kwh, const std::optional<double> &capacityNew)
{
    return capacityNew ? rounded(kwh / *capacityNew * 100, 2) : QJsonValue();
}

void writeVehicle(const VehicleHealthView &v, const Options &options, const Sink &sink)
{
    const QJsonValue model = textOrNull(v.vehicle.model);
    const std::optional<double> capacityNew = v.vehicle.capacityNewKwh;
    for (const CapacityPoint &p : v.points) {
        sink({{u"type"_s, u"point"_s},
              {u"vehicle"_s, v.vehicle.key},
              {u"model"_s, model},
              {u"time"_s, isoUtc(p.time)},
              {u"mileage_km"_s, rounded(p.mileageKm, 0)},
              {u"capacity_kwh"_s, rounded(p.capacityKwh, 3)},
              {u"sigma_kwh"_s, rounded(p.sigmaKwh, 3)},
              {u"soh_percent"_s, soh(p.capacityKwh, capacityNew)},
              {u"derived"_s, p.derived},
              {u"outlier"_s, p.outlier},
              {u"kind"_s, textOrNull(chargingKindName(p.kind))},
              {u"delta_soc"_s, p.deltaSoc}});
    }
    for (const BatteryReading &r : v.readings) {
        sink({{u"type"_s, u"reading"_s},
              {u"vehicle"_s, v.vehicle.key},
              {u"model"_s, model},
              {u"time"_s, isoUtc(r.time)},
              {u"reading"_s, batteryReadingKindName(r.kind)},
              {u"value"_s, r.value}});
    }
    // The trend, sampled over the range it was fitted on.
    const std::optional<TrendModel> &trend = options.byMileage ? v.vehicle.trendMileage : v.vehicle.trendDate;
    if (!trend)
        return;
    for (const TrendSample &s : TrendSamples::sample(*trend)) {
        QJsonObject o{{u"type"_s, u"trend"_s},
                      {u"vehicle"_s, v.vehicle.key},
                      {u"model"_s, model},
                      {u"capacity_kwh"_s, rounded(s.y, 3)},
                      {u"low_kwh"_s, rounded(s.low, 3)},
                      {u"high_kwh"_s, rounded(s.high, 3)},
                      {u"soh_percent"_s, soh(s.y, capacityNew)}};
        if (options.byMileage)
            o[u"mileage_km"_s] = rounded(s.x, 0);
        else
            o[u"time"_s] = isoUtc(v.vehicle.dateOrigin.value_or(0) + qint64(s.x * 86400));
        sink(o);
    }
}

QJsonValue optionalRounded(const std::optional<double> &value)
{
    return value ? rounded(*value, 2) : QJsonValue();
}

} // namespace

void write(const QList<VehicleHealthView> &views, const QList<ModelBands> &bands, const Options &options,
           const Sink &sink)
{
    for (const VehicleHealthView &v : views)
        writeVehicle(v, options, sink);
    for (const ModelBands &mb : bands) {
        for (const FleetBand &b : mb.bands) {
            sink({{u"type"_s, u"band"_s},
                  {u"model"_s, mb.label},
                  {u"bin_start"_s, b.binStart},
                  {u"bin_end"_s, b.binEnd},
                  {u"vehicles"_s, b.vehicles},
                  {u"capacity_kwh"_s, rounded(b.medianKwh, 3)},
                  {u"p10"_s, rounded(b.p10Kwh, 3)},
                  {u"p90"_s, rounded(b.p90Kwh, 3)},
                  {u"soh_percent"_s, optionalRounded(b.medianSoh)},
                  {u"p10_soh_percent"_s, optionalRounded(b.p10Soh)},
                  {u"p90_soh_percent"_s, optionalRounded(b.p90Soh)}});
        }
    }
}

} // namespace HealthRows
