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

// The fleet bands of one model group.
struct ModelBands
{
    QString group;
    QString label; // a model name to show
    QList<FleetBand> bands;
};

namespace HealthViews {

// Bands per model group over the given vehicles, in the order the groups
// first appear; vehicles of an unknown model have no fleet to compare with.
QList<ModelBands> bands(const QList<VehicleHealthView> &vehicles, FleetBands::Axis axis, double binWidth);

// The same, a vehicle at a time, keeping only each vehicle's summary per bin.
class BandsBuilder
{
public:
    BandsBuilder(FleetBands::Axis axis, double binWidth) : m_axis(axis), m_binWidth(binWidth) {}
    void add(const VehicleHealthView &vehicle);
    QList<ModelBands> result() const;

private:
    FleetBands::Axis m_axis;
    double m_binWidth;
    QStringList m_order;
    QHash<QString, QString> m_labels;
    QHash<QString, FleetBands::Accumulator> m_groups;
};

// The default bin width of an axis (5,000 km, or 91 days of age).
double defaultBinWidth(FleetBands::Axis axis);

} // namespace HealthViews
