// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/trendsamples.h"

#include "core/health/healthestimator.h"

namespace TrendSamples {

QList<TrendSample> sample(const TrendModel &trend, int segments)
{
    QList<TrendSample> samples;
    if (!(trend.xMax > trend.xMin))
        return samples;
    const double t = HealthEstimator::intervalQuantile(trend.dof);
    samples.reserve(segments + 1);
    for (int i = 0; i <= segments; ++i) {
        const double x = trend.xMin + (trend.xMax - trend.xMin) * i / segments;
        const double y = trend.value(x);
        const double se = trend.standardError(x);
        samples.append({x, y, y - t * se, y + t * se});
    }
    return samples;
}

} // namespace TrendSamples
