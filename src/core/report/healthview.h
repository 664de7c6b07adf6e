// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/fleetbands.h"
#include "core/model/batteryreading.h"
#include "core/model/capacitypoint.h"
#include "core/model/vehiclesummary.h"

#include <QList>
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

// The default bin width of an axis (5,000 km, or 91 days of age).
double defaultBinWidth(FleetBands::Axis axis);

} // namespace HealthViews
