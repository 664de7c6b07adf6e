// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/trendmodel.h"

#include <QList>

// A trend drawn as a line: the fitted mean and its interval (the
// estimator's interval level) at evenly spaced x over the fitted range.
// The CLI's `health` rows, the chart and its CSV all use these samples.
struct TrendSample
{
    double x = 0; // km, or days since the vehicle's date origin
    double y = 0; // kWh
    double low = 0;
    double high = 0;
};

namespace TrendSamples {

// 61 samples: the early drop (an e-folding distance from 4,000 km) still
// bends smoothly over a 150,000 km range.
constexpr int defaultSegments = 60;

// Empty when the trend spans no range.
QList<TrendSample> sample(const TrendModel &trend, int segments = defaultSegments);

} // namespace TrendSamples
