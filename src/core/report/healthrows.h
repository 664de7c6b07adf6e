// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/healthview.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

// The rows of `cardata-health-cli health`: each vehicle's capacity points,
// battery readings and sampled trend, then the fleet bands of its model.
// One row is a JSON object with a "type"; CSV writes the same rows with one
// column per field (columns()). Rows go to a sink one at a time, so that
// large outputs are never held in memory as a whole.
namespace HealthRows {

const QStringList &columns();

struct Options
{
    bool byMileage = true; // else by date (the bands by age)
};

using Sink = std::function<void(const QJsonObject &row)>;

void write(const QList<VehicleHealthView> &views, const QList<ModelBands> &bands, const Options &options,
           const Sink &sink);

} // namespace HealthRows
