// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// What the chart shows; shared by both chart engines, the CSV export and the
// settings. Plain values so that a test can build one without a window.
struct ChartOptions
{
    enum class XAxis { Mileage, Date };
    enum class YUnit { Kwh, SohPercent };
    enum class Distance { Km, Miles };

    XAxis xAxis = XAxis::Mileage;
    YUnit yUnit = YUnit::Kwh; // the app's default is SoH (AppSettings)
    Distance distance = Distance::Km;
    bool showOutliers = true;
    // Vehicles other owners shared (docs/sharing.md) in the chart, its fleet
    // band and the table; off: the user's own cars alone.
    bool includeShared = true;
    QString selectedKey; // the vehicle highlighted on the chart, empty for none

    static constexpr double kmPerMile = 1.609344;
    double distanceFromKm(double km) const { return distance == Distance::Km ? km : km / kmPerMile; }
};
