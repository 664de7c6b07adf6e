// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/fleetbands.h"
#include "core/model/batteryreading.h"
#include "core/model/capacitypoint.h"
#include "core/model/vehiclesummary.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QString>

// One vehicle with everything a report shows of it: its summary (and stored
// estimate), its capacity points and the car's own battery readings.
struct VehicleHealthView
{
    VehicleSummary vehicle;
    QString group; // shared efficiency / fleet group (BatteryCatalog::modelGroup), empty when the model is unknown
    QList<CapacityPoint> points;
    QList<BatteryReading> readings;
};

// A vehicle's capacity points as the chart and its fleet band read them:
// column by column, capacity and error in the whole Wh the store keeps
// them in. 25 bytes a point instead of 64, for the million points the
// dashboard holds so that switching the model or the axis reads nothing;
// points read from the store come back bit for bit.
class PlotPoints
{
public:
    struct Point
    {
        qint64 time = 0;
        double mileageKm = NAN;
        double capacityKwh = 0;
        double sigmaKwh = 0;
        bool derived = false;
        bool outlier = false;
    };

    PlotPoints() = default;
    explicit PlotPoints(const QList<CapacityPoint> &points);
    qsizetype size() const { return m_time.size(); }
    bool isEmpty() const { return m_time.isEmpty(); }
    Point at(qsizetype i) const;

    // Iterates by value: for (const auto &p : points) works as on a list.
    class const_iterator
    {
    public:
        const_iterator(const PlotPoints *points, qsizetype index) : m_points(points), m_index(index) {}
        Point operator*() const { return m_points->at(m_index); }
        const_iterator &operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_index == other.m_index; }
        bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

    private:
        const PlotPoints *m_points;
        qsizetype m_index;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    QList<qint64> m_time;
    QList<double> m_mileageKm;
    QList<qint32> m_capacityWh;
    QList<qint32> m_sigmaWh;
    QList<quint8> m_flags; // 1: derived, 2: outlier
};

// A vehicle as the chart draws it.
struct ChartVehicle
{
    VehicleSummary vehicle;
    QString group;
    PlotPoints points;
    QList<BatteryReading> readings; // the selected vehicle's only

    static ChartVehicle from(const VehicleHealthView &view);
};

// The fleet bands of one model group.
struct ModelBands
{
    QString group;
    QString label; // a model name to show
    QList<FleetBand> bands;
    // Where the fleet's cars come from: the user's own, and shared by other
    // owners (docs/sharing.md).
    int ownVehicles = 0;
    int sharedVehicles = 0;
    // "i4 eDrive40: 37 vehicles (1 yours, 36 shared)"
    QString provenance() const;
};

namespace HealthViews {

// Bands per model group over the given vehicles (VehicleHealthView or
// ChartVehicle), in the order the groups first appear; vehicles of an
// unknown model have no fleet to compare with.
template<typename Vehicles>
QList<ModelBands> bands(const Vehicles &vehicles, FleetBands::Axis axis, double binWidth);

// The same, a vehicle at a time, keeping only each vehicle's summary per bin.
class BandsBuilder
{
public:
    BandsBuilder(FleetBands::Axis axis, double binWidth) : m_axis(axis), m_binWidth(binWidth) {}
    template<typename Vehicle>
    void add(const Vehicle &vehicle)
    {
        if (vehicle.group.isEmpty())
            return;
        accumulatorFor(vehicle.group, vehicle.vehicle).add(vehicle.points, vehicle.vehicle.capacityNewKwh);
        auto &[own, shared] = m_counts[vehicle.group];
        ++(vehicle.vehicle.shared() ? shared : own);
    }
    QList<ModelBands> result() const;

private:
    FleetBands::Accumulator &accumulatorFor(const QString &group, const VehicleSummary &vehicle);

    FleetBands::Axis m_axis;
    double m_binWidth;
    QStringList m_order;
    QHash<QString, QString> m_labels;
    QHash<QString, FleetBands::Accumulator> m_groups;
    QHash<QString, std::pair<int, int>> m_counts; // own, shared
};

template<typename Vehicles>
QList<ModelBands> bands(const Vehicles &vehicles, FleetBands::Axis axis, double binWidth)
{
    BandsBuilder builder(axis, binWidth);
    for (const auto &v : vehicles)
        builder.add(v);
    return builder.result();
}

// The default bin width of an axis (5,000 km, or 91 days of age).
double defaultBinWidth(FleetBands::Axis axis);

} // namespace HealthViews
