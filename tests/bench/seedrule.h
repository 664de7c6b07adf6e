// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/capacitypoints.h"

#include <QList>

#include <optional>

// The seed prototype's rule, kept as the baseline the estimator must beat:
// capacity = battery energy x 100 / delta SoC for sessions with >= 30 kWh and
// >= 20 % delta SoC; grid-only sessions converted with fixed efficiencies
// (0.90 AC, 0.95 DC); monthly means; a least-squares line over time,
// evaluated at the last session.
struct SeedEstimate
{
    std::optional<double> capacityKwh;
    int sessionsUsed = 0;
};

SeedEstimate seedRule(const QList<SessionForHealth> &sessions);
