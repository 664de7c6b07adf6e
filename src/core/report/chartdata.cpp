// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/chartdata.h"

#include "core/health/batterycatalog.h"
#include "core/health/fleetbands.h"
#include "core/model/isotime.h"
#include "core/report/csv.h"
#include "core/report/healthview.h"
#include "core/report/trendsamples.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr double secondsPerDay = 86400;

// Mileage at a time, interpolated from the vehicle's own sessions: KeyList
// readings carry a date only, but the chart may be by mileage.
double mileageAt(const ChartVehicle &v, qint64 time)
{
    std::optional<PlotPoints::Point> before;
    std::optional<PlotPoints::Point> after;
    for (const PlotPoints::Point &p : v.points) {
        if (std::isnan(p.mileageKm))
            continue;
        if (p.time <= time)
            before = p;
        else if (!after)
            after = p;
    }
    if (before && after && after->time > before->time) {
        const double f = double(time - before->time) / double(after->time - before->time);
        return before->mileageKm + f * (after->mileageKm - before->mileageKm);
    }
    if (before)
        return time - before->time < 60 * secondsPerDay ? before->mileageKm : NAN;
    if (after)
        return after->time - time < 60 * secondsPerDay ? after->mileageKm : NAN;
    return NAN;
}

QString vehicleLabel(const VehicleSummary &v)
{
    return ChartData::tr("%1 (vehicle %2)")
        .arg(v.model.isEmpty() ? ChartData::tr("model unknown") : v.model, v.key.left(8));
}

QJsonArray numbers(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null));
    return a;
}

} // namespace

int ChartData::visiblePoints() const
{
    return int(points.size() + readings.size());
}

namespace {

// Where a point lies on the chart, in display units; false when it has no
// place there (no mileage on a mileage axis, a hidden outlier).
struct Projection
{
    const ChartOptions &options;
    bool byDate;
    bool soh;

    bool operator()(const PlotPoints::Point &p, double capacityNew, double &x, double &y) const
    {
        if (p.outlier && !options.showOutliers)
            return false;
        if (byDate) {
            x = double(p.time) * 1000;
        } else {
            if (std::isnan(p.mileageKm))
                return false;
            x = options.distanceFromKm(p.mileageKm);
        }
        y = soh ? p.capacityKwh / capacityNew * 100 : p.capacityKwh;
        return true;
    }
};

ChartPoint chartPoint(const PlotPoints::Point &p, const VehicleSummary &vehicle, double x, double y, bool selected)
{
    const QString &vehicleKey = vehicle.key;
    ChartPoint c;
    c.x = x;
    c.y = y;
    c.time = p.time;
    c.mileageKm = p.mileageKm;
    c.capacityKwh = p.capacityKwh;
    c.derived = p.derived;
    c.outlier = p.outlier;
    c.selected = selected;
    c.shared = vehicle.shared();
    c.vehicleKey = vehicleKey;
    return c;
}

// Calls visit(vehicle, point, x, y, selected) for every point of `views`
// that has a place on the chart; returns how many vehicles with points
// could not be shown as SoH for want of a capacity when new.
template<typename Visit>
int forEachPoint(const QList<ChartVehicle> &views, const ChartOptions &options, Visit visit)
{
    const Projection project{options, options.xAxis == ChartOptions::XAxis::Date,
                             options.yUnit == ChartOptions::YUnit::SohPercent};
    int withoutCapacityNew = 0;
    for (const ChartVehicle &v : views) {
        const std::optional<double> capacityNew = v.vehicle.capacityNewKwh;
        if (project.soh && (!capacityNew || *capacityNew <= 0)) {
            withoutCapacityNew += v.points.isEmpty() ? 0 : 1;
            continue;
        }
        const bool isSelected = !options.selectedKey.isEmpty() && v.vehicle.key == options.selectedKey;
        double x = 0;
        double y = 0;
        for (const PlotPoints::Point &p : v.points) {
            if (project(p, capacityNew.value_or(0), x, y))
                visit(v, p, x, y, isSelected);
        }
    }
    return withoutCapacityNew;
}

// The fleet's points (not the selected vehicle's) counted per grid cell.
// The grid spans the points that are not outliers, as the axes do.
ChartDensity countDensity(const QList<ChartVehicle> &views, const ChartOptions &options)
{
    ChartDensity g;
    g.x0 = g.y0 = INFINITY;
    g.x1 = g.y1 = -INFINITY;
    forEachPoint(views, options, [&g](const ChartVehicle &, const PlotPoints::Point &p, double x, double y, bool selected) {
        if (selected || p.outlier || !std::isfinite(x) || !std::isfinite(y))
            return;
        g.x0 = std::min(g.x0, x);
        g.x1 = std::max(g.x1, x);
        g.y0 = std::min(g.y0, y);
        g.y1 = std::max(g.y1, y);
    });
    if (!std::isfinite(g.x0))
        return {};
    // A cell's width more on the far edges, so that the largest value
    // falls inside the last cell.
    g.columns = ChartData::densityColumns;
    g.rows = ChartData::densityRows;
    const double w = std::max(g.x1 - g.x0, 1e-9) / (g.columns - 1);
    const double h = std::max(g.y1 - g.y0, 1e-9) / (g.rows - 1);
    g.x0 -= w / 2;
    g.x1 = g.x0 + w * g.columns;
    g.y0 -= h / 2;
    g.y1 = g.y0 + h * g.rows;
    g.counts.fill(0, qsizetype(g.columns) * g.rows);
    forEachPoint(views, options, [&g, w, h](const ChartVehicle &, const PlotPoints::Point &, double x, double y, bool selected) {
        if (selected || !std::isfinite(x) || !std::isfinite(y))
            return;
        const double cx = std::floor((x - g.x0) / w);
        const double cy = std::floor((y - g.y0) / h);
        if (cx < 0 || cy < 0 || cx >= g.columns || cy >= g.rows)
            return; // an outlier beyond the cloud, as off the axes
        quint32 &cell = g.counts[qsizetype(cy) * g.columns + qsizetype(cx)];
        g.maxCount = std::max(g.maxCount, ++cell);
        ++g.sessions;
    });
    return g;
}

// Every vehicle's points in display units, or, for a fleet too large to
// draw point by point, the selected vehicle's points and the others'
// density; returns how many vehicles could not be shown as SoH for want of
// a capacity when new.
int addPoints(ChartData &d, const QList<ChartVehicle> &views)
{
    qsizetype background = 0;
    const int withoutCapacityNew = forEachPoint(
        views, d.options, [&background](const ChartVehicle &, const PlotPoints::Point &, double, double, bool selected) {
            background += selected ? 0 : 1;
        });
    const bool dense = background > ChartData::backgroundCap;
    if (dense)
        d.density = countDensity(views, d.options);
    forEachPoint(views, d.options, [&d, dense](const ChartVehicle &v, const PlotPoints::Point &p, double x, double y, bool selected) {
        if (selected || !dense)
            d.points.append(chartPoint(p, v.vehicle, x, y, selected));
    });
    return withoutCapacityNew;
}

// The selected vehicle's own readings and its trend with the interval.
void addSelected(ChartData &d, const ChartVehicle &selected)
{
    const ChartOptions &options = d.options;
    const bool byDate = options.xAxis == ChartOptions::XAxis::Date;
    const bool soh = options.yUnit == ChartOptions::YUnit::SohPercent;
    const VehicleSummary &sv = selected.vehicle;
    d.selectedLabel = vehicleLabel(sv);
    for (const BatteryReading &r : selected.readings) {
        // The BMS's own view: its energy content and maximum usable energy
        // (KeyList, the API's telematic and basic data), or its displayed SoH.
        const bool energy = r.kind == BatteryReadingKind::MaxEnergyKwh || r.kind == BatteryReadingKind::HvsMaxEnergyKwh;
        if (soh ? r.kind != BatteryReadingKind::StateOfHealthPercent : !energy)
            continue;
        ChartReading c;
        c.time = r.time;
        c.kind = batteryReadingKindName(r.kind);
        c.y = r.value;
        c.mileageKm = mileageAt(selected, r.time);
        if (byDate) {
            c.x = double(r.time) * 1000;
        } else {
            if (std::isnan(c.mileageKm))
                continue;
            c.x = options.distanceFromKm(c.mileageKm);
        }
        d.readings.append(c);
    }
    const std::optional<double> capacityNew = sv.capacityNewKwh;
    const std::optional<TrendModel> &trend = byDate ? sv.trendDate : sv.trendMileage;
    if (!trend || (soh && !(capacityNew && *capacityNew > 0)))
        return;
    const double scale = soh ? 100 / *capacityNew : 1;
    for (const TrendSample &s : TrendSamples::sample(*trend)) {
        ChartTrendPoint c;
        c.x = byDate ? (double(sv.dateOrigin.value_or(0)) + s.x * secondsPerDay) * 1000 : options.distanceFromKm(s.x);
        c.y = s.y * scale;
        c.low = s.low * scale;
        c.high = s.high * scale;
        d.trend.append(c);
    }
}

// The fleet band of one model group, by mileage, or by age laid on the
// selected car's own calendar ("the fleet when it was as old as this car").
void addBand(ChartData &d, const QList<ChartVehicle> &views, const QString &group, const ChartVehicle *selected,
             QStringList &notes)
{
    const bool byDate = d.options.xAxis == ChartOptions::XAxis::Date;
    const bool soh = d.options.yUnit == ChartOptions::YUnit::SohPercent;
    QList<ChartVehicle> members;
    for (const ChartVehicle &v : views) {
        if (v.group == group)
            members.append(v);
    }
    const bool hasAnchor = selected && (selected->vehicle.dateOrigin || selected->vehicle.firstSession);
    const qint64 anchor = hasAnchor ? selected->vehicle.dateOrigin.value_or(selected->vehicle.firstSession.value_or(0)) : 0;
    if (byDate && !hasAnchor) {
        notes.append(ChartData::tr("Select a vehicle to compare it with its fleet at the same age."));
        return;
    }
    if (members.isEmpty())
        return;
    const auto axis = byDate ? FleetBands::Axis::Age : FleetBands::Axis::Mileage;
    for (const ModelBands &mb : HealthViews::bands(members, axis, HealthViews::defaultBinWidth(axis))) {
        if (mb.group != group)
            continue;
        for (const FleetBand &b : mb.bands) {
            ChartBandPoint c;
            const double centre = (b.binStart + b.binEnd) / 2;
            c.x = byDate ? (double(anchor) + centre * secondsPerDay) * 1000 : d.options.distanceFromKm(centre);
            c.vehicles = b.vehicles;
            if (soh) {
                if (!b.medianSoh || !b.p10Soh || !b.p90Soh)
                    continue;
                c.median = *b.medianSoh;
                c.low = *b.p10Soh;
                c.high = *b.p90Soh;
            } else {
                c.median = b.medianKwh;
                c.low = b.p10Kwh;
                c.high = b.p90Kwh;
            }
            d.band.append(c);
        }
        if (!d.band.isEmpty() && mb.sharedVehicles == 0)
            d.bandLabel = ChartData::tr("%1 fleet of %n vehicle(s): median and 10–90 % band", "", int(members.size()))
                              .arg(mb.label);
        else if (!d.band.isEmpty())
            d.bandLabel = ChartData::tr("%1 fleet of %n vehicle(s) (%2 yours, %3 shared): median and 10–90 % band", "",
                                        mb.ownVehicles + mb.sharedVehicles)
                              .arg(mb.label)
                              .arg(mb.ownVehicles)
                              .arg(mb.sharedVehicles);
    }
}

} // namespace

ChartData ChartData::build(const QList<VehicleHealthView> &views, const ChartOptions &options, const QString &bandModel)
{
    QList<ChartVehicle> vehicles;
    vehicles.reserve(views.size());
    for (const VehicleHealthView &v : views)
        vehicles.append(ChartVehicle::from(v));
    return build(vehicles, options, bandModel);
}

ChartData ChartData::build(const QList<ChartVehicle> &views, const ChartOptions &options, const QString &bandModel)
{
    ChartData d;
    d.options = options;
    d.m_source = views;
    // State of health needs a capacity when new. When no vehicle with
    // sessions has one (models the table does not know, a first import),
    // show kWh rather than an empty chart, and say why; the choice itself
    // is the caller's and stays as it was.
    bool anyWithPoints = false;
    bool anyWithCapacityNew = false;
    for (const ChartVehicle &v : views) {
        if (v.points.isEmpty())
            continue;
        anyWithPoints = true;
        anyWithCapacityNew |= v.vehicle.capacityNewKwh && *v.vehicle.capacityNewKwh > 0;
    }
    const bool sohFallback = options.yUnit == ChartOptions::YUnit::SohPercent && anyWithPoints && !anyWithCapacityNew;
    if (sohFallback)
        d.options.yUnit = ChartOptions::YUnit::Kwh;
    const bool byDate = options.xAxis == ChartOptions::XAxis::Date;
    const bool soh = d.options.yUnit == ChartOptions::YUnit::SohPercent;
    d.xLabel = byDate ? tr("Date")
                      : (options.distance == ChartOptions::Distance::Km ? tr("Mileage (km)") : tr("Mileage (mi)"));
    d.yLabel = soh ? tr("State of health (%)") : tr("Capacity (kWh)");

    const int withoutCapacityNew = addPoints(d, views);
    const ChartVehicle *selected = nullptr;
    for (const ChartVehicle &v : views) {
        if (!options.selectedKey.isEmpty() && v.vehicle.key == options.selectedKey)
            selected = &v;
    }
    if (selected)
        addSelected(d, *selected);

    // The fleet band of one model: the chosen one, else the selected vehicle's.
    const QString group = !bandModel.isEmpty() ? BatteryCatalog::modelGroup(bandModel)
                                               : (selected ? selected->group : QString());
    QStringList notes;
    if (sohFallback)
        notes.append(tr("No vehicle shown has a known capacity when new, so capacity is shown in kWh instead of "
                        "state of health (Vehicle → Set capacity when new)."));
    if (!group.isEmpty())
        addBand(d, views, group, selected, notes);
    else if (!views.isEmpty())
        notes.append(tr("Choose a model, or select a vehicle, to see its fleet band."));
    if (withoutCapacityNew > 0)
        notes.append(tr("%n vehicle(s) without a known capacity when new are not shown as state of health (Vehicle → Set capacity when new).", "", withoutCapacityNew));
    d.note = notes.join(u' ');
    return d;
}

QString ChartData::formatX(double x) const
{
    if (options.xAxis == ChartOptions::XAxis::Date)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date(), QLocale::ShortFormat);
    return options.distance == ChartOptions::Distance::Km ? tr("%L1 km").arg(x, 0, 'f', 0) : tr("%L1 mi").arg(x, 0, 'f', 0);
}

QString ChartData::pointText(const ChartPoint &p) const
{
    QStringList lines;
    if (options.yUnit == ChartOptions::YUnit::SohPercent)
        lines.append(tr("%L1 % (%L2 kWh)").arg(p.y, 0, 'f', 1).arg(p.capacityKwh, 0, 'f', 1));
    else
        lines.append(tr("%L1 kWh").arg(p.y, 0, 'f', 1));
    const QString date = QLocale().toString(QDateTime::fromSecsSinceEpoch(p.time, Qt::UTC).date(), QLocale::ShortFormat);
    const QString mileage = std::isnan(p.mileageKm) ? tr("mileage unknown")
                                                    : (options.distance == ChartOptions::Distance::Km
                                                           ? tr("%L1 km").arg(p.mileageKm, 0, 'f', 0)
                                                           : tr("%L1 mi").arg(options.distanceFromKm(p.mileageKm), 0, 'f', 0));
    lines.append(date + u" · "_s + mileage);
    lines.append(p.derived ? tr("derived from grid energy") : tr("measured battery energy"));
    if (p.outlier)
        lines.append(tr("outlier: not used for the trend"));
    lines.append(p.shared ? tr("vehicle %1, shared by another owner").arg(p.vehicleKey.left(8))
                          : tr("vehicle %1").arg(p.vehicleKey.left(8)));
    return lines.join(u'\n');
}

QString ChartData::readingText(const ChartReading &r) const
{
    QStringList lines;
    lines.append(options.yUnit == ChartOptions::YUnit::SohPercent ? tr("%L1 % shown by the car").arg(r.y, 0, 'f', 1)
                                                                 : tr("%L1 kWh reported by the car").arg(r.y, 0, 'f', 1));
    const QString date = QLocale().toString(QDateTime::fromSecsSinceEpoch(r.time, Qt::UTC).date(), QLocale::ShortFormat);
    lines.append(std::isnan(r.mileageKm) ? date : date + u" · "_s + formatX(options.distanceFromKm(r.mileageKm)));
    if (r.kind == batteryReadingKindName(BatteryReadingKind::HvsMaxEnergyKwh))
        lines.append(tr("the car's maximum usable energy"));
    else if (r.kind == batteryReadingKindName(BatteryReadingKind::StateOfHealthPercent))
        lines.append(tr("the car's displayed state of health"));
    else
        lines.append(tr("the car's energy content of the battery"));
    return lines.join(u'\n');
}

QString ChartData::densityNote() const
{
    if (density.isEmpty())
        return {};
    return tr("The fleet's %L1 sessions are drawn as a density: the darker, the more sessions. "
              "Select a vehicle to see its own points.")
        .arg(density.sessions);
}

ChartSeries chartSeriesOf(const ChartPoint &p)
{
    if (p.outlier)
        return ChartSeries::Outliers;
    if (p.selected)
        return p.derived ? ChartSeries::SelectedDerived : ChartSeries::SelectedMeasured;
    if (p.shared)
        return ChartSeries::Shared;
    return p.derived ? ChartSeries::FleetDerived : ChartSeries::FleetMeasured;
}

QJsonObject ChartData::toJson() const
{
    // Series are split here, not in JavaScript, so that both engines agree
    // on what is measured, derived, an outlier or the selected vehicle.
    struct Series
    {
        QList<double> x, y;
        QJsonArray text;
    };
    Series fleetMeasured, fleetDerived, shared, outliers, selMeasured, selDerived;
    Series *const bySeries[] = {&fleetMeasured, &fleetDerived, &shared, &outliers, &selMeasured, &selDerived};
    for (const ChartPoint &p : points) {
        Series &s = *bySeries[int(chartSeriesOf(p))];
        s.x.append(p.x);
        s.y.append(p.y);
        s.text.append(pointText(p));
    }
    Series reads;
    for (const ChartReading &r : readings) {
        reads.x.append(r.x);
        reads.y.append(r.y);
        reads.text.append(readingText(r));
    }
    const auto series = [](const Series &s) {
        return QJsonObject{{u"x"_s, numbers(s.x)}, {u"y"_s, numbers(s.y)}, {u"text"_s, s.text}};
    };
    QList<double> bx, bm, bl, bh, tx, ty, tl, th;
    for (const ChartBandPoint &b : band) {
        bx.append(b.x);
        bm.append(b.median);
        bl.append(b.low);
        bh.append(b.high);
    }
    for (const ChartTrendPoint &t : trend) {
        tx.append(t.x);
        ty.append(t.y);
        tl.append(t.low);
        th.append(t.high);
    }
    return QJsonObject{
        {u"xTitle"_s, xLabel},
        {u"yTitle"_s, yLabel},
        {u"xDate"_s, options.xAxis == ChartOptions::XAxis::Date},
        {u"note"_s, QStringList{note, densityNote()}.filter(QRegularExpression(u"."_s)).join(u"<br>"_s)},
        {u"names"_s, QJsonObject{{u"fleetMeasured"_s, tr("Sessions: measured")},
                                 {u"fleetDerived"_s, tr("Sessions: derived")},
                                 {u"shared"_s, tr("Sessions of shared cars")},
                                 {u"outliers"_s, tr("Outliers")},
                                 {u"selectedMeasured"_s, tr("Selected: measured")},
                                 {u"selectedDerived"_s, tr("Selected: derived")},
                                 {u"readings"_s, tr("Selected: car's own reading")},
                                 {u"bandMedian"_s, tr("Fleet median")},
                                 {u"band"_s, tr("Fleet 10–90 %")},
                                 {u"trend"_s, tr("Selected: trend")},
                                 {u"density"_s, tr("Sessions: density")},
                                 {u"empty"_s, tr("No data to show for this choice.")},
                                 {u"selected"_s, tr("Selected: %1").arg(QString())}}},
        {u"bandLabel"_s, bandLabel},
        {u"selectedLabel"_s, selectedLabel},
        {u"fleetMeasured"_s, series(fleetMeasured)},
        {u"fleetDerived"_s, series(fleetDerived)},
        {u"shared"_s, series(shared)},
        {u"outliers"_s, series(outliers)},
        {u"selectedMeasured"_s, series(selMeasured)},
        {u"selectedDerived"_s, series(selDerived)},
        {u"readings"_s, series(reads)},
        {u"band"_s, QJsonObject{{u"x"_s, numbers(bx)}, {u"median"_s, numbers(bm)}, {u"low"_s, numbers(bl)}, {u"high"_s, numbers(bh)}}},
        {u"trend"_s, QJsonObject{{u"x"_s, numbers(tx)}, {u"y"_s, numbers(ty)}, {u"low"_s, numbers(tl)}, {u"high"_s, numbers(th)}}},
        // The cells themselves travel as an image (the engine draws it).
        {u"density"_s, QJsonObject{{u"x0"_s, density.x0}, {u"x1"_s, density.x1}, {u"y0"_s, density.y0},
                                   {u"y1"_s, density.y1}, {u"sessions"_s, double(density.sessions)}}},
    };
}

QByteArray ChartData::toCsv() const
{
    // Column names are fixed English identifiers (a file for other
    // programs); the units are in the names.
    const bool soh = options.yUnit == ChartOptions::YUnit::SohPercent;
    const bool byDate = options.xAxis == ChartOptions::XAxis::Date;
    const QString yName = soh ? u"soh_percent"_s : u"capacity_kwh"_s;
    const QString xName = byDate ? u"x_time_utc"_s
                                 : (options.distance == ChartOptions::Distance::Km ? u"x_km"_s : u"x_mi"_s);
    const auto xText = [&](double x) {
        return byDate ? QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).toString(Qt::ISODate) : Csv::number(x, 1);
    };
    QStringList rows;
    rows.append(Csv::line({u"type"_s, u"vehicle"_s, u"time_utc"_s, u"mileage_km"_s, xName, yName, yName + u"_low"_s,
                            yName + u"_high"_s, u"vehicles"_s, u"derived"_s, u"outlier"_s, u"source"_s}));
    QList<ChartPoint> all;
    if (!density.isEmpty()) {
        // The chart counted the fleet's points: the file has every one.
        forEachPoint(m_source, options, [&all](const ChartVehicle &v, const PlotPoints::Point &p, double x, double y, bool selected) {
            all.append(chartPoint(p, v.vehicle, x, y, selected));
        });
    }
    for (const ChartPoint &p : density.isEmpty() ? points : all) {
        rows.append(Csv::line({u"point"_s, Csv::text(p.vehicleKey), isoUtc(p.time), Csv::number(p.mileageKm, 0), xText(p.x),
                                Csv::number(p.y, 3), {}, {}, {}, p.derived ? u"1"_s : u"0"_s, p.outlier ? u"1"_s : u"0"_s,
                                p.derived ? u"grid_energy"_s : u"battery_energy"_s}));
    }
    for (const ChartReading &r : readings) {
        rows.append(Csv::line({u"reading"_s, Csv::text(options.selectedKey), isoUtc(r.time), Csv::number(r.mileageKm, 0),
                                xText(r.x), Csv::number(r.y, 3), {}, {}, {}, {}, {}, Csv::text(r.kind)}));
    }
    for (const ChartTrendPoint &t : trend) {
        rows.append(Csv::line({u"trend"_s, Csv::text(options.selectedKey), {}, {}, xText(t.x), Csv::number(t.y, 3),
                                Csv::number(t.low, 3), Csv::number(t.high, 3), {}, {}, {}, {}}));
    }
    for (const ChartBandPoint &b : band) {
        rows.append(Csv::line({u"band"_s, {}, {}, {}, xText(b.x), Csv::number(b.median, 3), Csv::number(b.low, 3),
                                Csv::number(b.high, 3), QString::number(b.vehicles), {}, {}, Csv::text(bandLabel)}));
    }
    return (rows.join(u'\n') + u'\n').toUtf8();
}
