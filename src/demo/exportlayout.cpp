// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/exportlayout.h"

#include "demo/calendar.h"
#include "demo/modelspecs.h"

#include <algorithm>

namespace Demo::detail {

namespace {

using C = Container;

Layout mixed(int index)
{
    Layout l;
    switch (index % 7) {
    case 0:
        l.exports = {{C::Archive, true, 1}};
        break;
    case 1:
        l.exports = {{C::Folder, false, 1}};
        break;
    case 2:
        l.exports = {{C::Archive, true, 0.55}, {C::Folder, false, 1}};
        break;
    case 3:
        l.exports = {{C::Api, false, 1}};
        break;
    case 4:
        l.exports = {{C::Folder, true, 1}};
        break;
    case 5:
        l.exports = {{C::Archive, true, 0.7}, {C::Api, false, 1}};
        l.with2021 = true;
        break;
    default:
        l.exports = {{C::Archive, false, 1}};
        break;
    }
    return l;
}

// No Customer API file here: its schema has no battery-side energy.
Layout batteryEnergy(int index)
{
    Layout l;
    switch (index % 4) {
    case 0:
        l.exports = {{C::Archive, true, 1}};
        break;
    case 1:
        l.exports = {{C::Folder, true, 1}};
        break;
    case 2:
        l.exports = {{C::Folder, true, 0.55}, {C::Archive, true, 1}};
        break;
    default:
        l.exports = {{C::Archive, true, 0.55}, {C::Folder, true, 1}};
        break;
    }
    return l;
}

Layout noBatteryEnergy(int index)
{
    Layout l;
    switch (index % 4) {
    case 0:
        l.exports = {{C::Archive, false, 1}};
        break;
    case 1:
        l.exports = {{C::Folder, false, 1}};
        break;
    case 2:
        l.exports = {{C::Api, false, 1}};
        break;
    default:
        l.exports = {{C::Api, false, 0.55}, {C::Folder, false, 1}};
        break;
    }
    return l;
}

Layout overlapping(int index)
{
    Layout l;
    switch (index % 3) {
    case 0:
        l.exports = {{C::Archive, true, 0.55}, {C::Folder, false, 1}};
        break;
    case 1:
        l.exports = {{C::Folder, true, 0.55}, {C::Api, false, 1}};
        break;
    default:
        l.exports = {{C::Archive, true, 0.55}, {C::Archive, false, 1}};
        break;
    }
    return l;
}

} // namespace

qint64 exportMoment(QDate date) { return unixOf(date) + 6 * 3600; }

// 1-5 years before the export, and not before the model was sold (an i5
// with five years of history would give the fleet away), nor more than half
// a year after it left the price list. Models no longer sold in that window
// (i3 60/94 Ah) keep the plain 1-5 years.
std::pair<qint64, qint64> startWindow(const ModelSpec &m, qint64 cutoff)
{
    const auto month = [](int yyyymm) { return unixOf(QDate(yyyymm / 100, yyyymm % 100, 1)); };
    const qint64 earliest = cutoff - qint64(5 * secondsPerYear);
    const qint64 latest = cutoff - qint64(secondsPerYear);
    const qint64 lo = std::max(earliest, month(m.soldFrom));
    const qint64 hi = m.soldUntil ? std::min(latest, month(m.soldUntil) + qint64(0.5 * secondsPerYear)) : latest;
    if (lo >= hi)
        return {earliest, latest};
    return {lo, hi};
}

bool canHave2021Export(const ModelSpec &m, qint64 cutoff)
{
    return startWindow(m, cutoff).first < unixOf(last2021ExportStart);
}

Layout layoutFor(FleetOptions::Scenario scenario, int index)
{
    switch (scenario) {
    case FleetOptions::Scenario::Mixed:
        return mixed(index);
    case FleetOptions::Scenario::BatteryEnergy:
        return batteryEnergy(index);
    case FleetOptions::Scenario::NoBatteryEnergy:
        return noBatteryEnergy(index);
    case FleetOptions::Scenario::Overlapping:
        return overlapping(index);
    }
    return {};
}

} // namespace Demo::detail
