// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

// Charging efficiency (battery-side energy / grid energy) of one charging
// kind: what a vehicle's own sessions say (EfficiencyStats), and what its
// grid-only sessions were scaled with (Efficiency). See
// core/health/efficiencymodel.h for how they are learned and combined.
struct EfficiencyStats
{
    int samples = 0;
    double mean = 0;
    double sigmaSession = 0; // scatter of single sessions
};

struct Efficiency
{
    enum class Source { Vehicle, Model, Fleet, Literature };
    double eta = 0;
    double sigmaMean = 0;    // uncertainty of eta itself: shared by all derived points
    double sigmaSession = 0; // scatter of one session around eta
    Source source = Source::Literature;
    int samples = 0;

    static QString sourceName(Source source);
    static std::optional<Source> sourceFromName(QStringView name);
};
