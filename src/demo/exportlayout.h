// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "demo/fleetgenerator.h"
#include "demo/vehicle.h"

#include <QDate>
#include <QList>

#include <utility>

namespace Demo::detail {

struct ModelSpec;

// The moment an export of a date is made (06:00 UTC).
qint64 exportMoment(QDate date);

// The last date a 2021-format export may start from.
inline const QDate last2021ExportStart(2021, 7, 1);

// When a car may have started its life, as [earliest, latest] Unix seconds,
// for a fleet exported at `cutoff`.
std::pair<qint64, qint64> startWindow(const ModelSpec &m, qint64 cutoff);
bool canHave2021Export(const ModelSpec &m, qint64 cutoff);

// Which exports a vehicle has, per scenario. Variants cycle over the
// vehicles so that even a small fleet holds each of them.
struct Layout
{
    struct Export
    {
        Container container;
        bool batteryEnergy;
        double fraction; // of the history covered, +-0.15; 1 = the newest export
    };
    QList<Export> exports;
    bool with2021 = false; // Mixed: an additional export from 2021
};

Layout layoutFor(FleetOptions::Scenario scenario, int index);

} // namespace Demo::detail
