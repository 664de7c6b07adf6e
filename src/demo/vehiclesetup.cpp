// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/vehiclesetup.h"

#include "demo/calendar.h"
#include "demo/exportlayout.h"
#include "demo/modelspecs.h"
#include "demo/random.h"
#include "demo/simulation.h"
#include "demo/vehicle.h"

#include "core/health/batterycatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// As in the simulation, the steps below draw their random numbers in a fixed
// order: changing it changes every fleet.

namespace Demo::detail {

namespace {

void drawIdentity(Vehicle &v, Rng &rng, const ModelSpec &spec, const BatteryModel &catalogEntry,
                  const TruthSettings &settings,
                  const QSet<QString> &vinsTaken)
{
    VehicleTruth &t = v.truth;
    v.spec = &spec;
    v.grossKwh = catalogEntry.grossKwh.value_or(*catalogEntry.netKwh);
    v.uk = rng.chance(0.10);
    v.german = !v.uk && rng.chance(0.5);
    v.unitsValue = v.uk ? (rng.chance(0.5) ? "MI" : "MILES") : "KM";
    t.mileageUnit = v.uk ? u"mi"_s : u"km"_s;

    static constexpr char vinAlphabet[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    do {
        QString vin = QString::fromLatin1(spec.wmi);
        for (int i = 0; i < 14; ++i)
            vin += QLatin1Char(vinAlphabet[rng.integer(0, 32)]);
        t.vin = vin;
    } while (vinsTaken.contains(t.vin) || t.vin.count(u'X') >= 10);

    t.model = toString(spec.names[size_t(rng.integer(0, nameCount(spec) - 1))]);
    t.driveTrain = spec.phev ? u"PHEV"_s : u"BEV"_s;
    t.tableCapacityNewKwh = *catalogEntry.netKwh;
    t.capacityNewKwh = t.tableCapacityNewKwh * rng.normal(1.0, settings.capacitySpread);
}

// Start of use and how much the car is driven.
void drawUse(Vehicle &v, Rng &rng, const Layout &layout, qint64 cutoff)
{
    auto [earliestStart, latestStart] = startWindow(*v.spec, cutoff);
    if (layout.with2021 && canHave2021Export(*v.spec, cutoff))
        latestStart = std::min(latestStart, unixOf(last2021ExportStart));
    v.truth.startOfUse = qint64(rng.uniform(double(earliestStart), double(latestStart)));
    v.annualKm = std::clamp(std::exp(std::log(15000.0) + 0.4 * rng.normal(0, 1)), 8000.0, 35000.0);
    v.consumptionFactor = std::clamp(rng.normal(1.0, 0.06), 0.85, 1.2);
}

// How this owner charges.
void drawChargingHabits(Vehicle &v, Rng &rng)
{
    const ModelSpec &spec = *v.spec;
    bool wallbox = true;
    if (spec.phev) {
        v.shareDc = 0;
        v.shareLow = rng.uniform(0.05, 0.4);
        wallbox = rng.chance(0.85);
    } else {
        switch (rng.weighted({0.55, 0.22, 0.13, 0.10})) {
        case 0: // charges at home
            v.shareDc = rng.uniform(0.02, 0.10);
            v.shareLow = rng.uniform(0.0, 0.08);
            wallbox = rng.chance(0.95);
            break;
        case 1: // mixed
            v.shareDc = rng.uniform(0.15, 0.35);
            v.shareLow = rng.uniform(0.0, 0.10);
            wallbox = rng.chance(0.7);
            break;
        case 2: // heavy DC user
            v.shareDc = rng.uniform(0.40, 0.70);
            v.shareLow = rng.uniform(0.0, 0.05);
            wallbox = rng.chance(0.5);
            break;
        default: // household socket
            v.shareDc = rng.uniform(0.03, 0.15);
            v.shareLow = rng.uniform(0.35, 0.70);
            wallbox = rng.chance(0.3);
            break;
        }
    }
    const bool workCharging = rng.chance(0.35);
    if (wallbox) {
        v.acHome = rng.uniform(0.65, 0.95);
        v.acWork = workCharging ? (1 - v.acHome) * rng.uniform(0.3, 0.8) : 0;
    } else {
        v.acHome = 0;
        v.acWork = workCharging ? rng.uniform(0.3, 0.7) : 0;
    }
    v.lowKw = rng.chance(0.6) ? 2.3 : 3.7;
    v.endHabit = spec.phev ? 100 : std::array<int, 3>{80, 90, 100}[size_t(rng.weighted({0.4, 0.2, 0.4}))];
    v.timerMinute = rng.chance(0.3) ? std::array<int, 4>{22 * 60, 23 * 60, 0, 60}[size_t(rng.integer(0, 3))] : -1;
    v.tariffKnown = rng.chance(0.65);
    v.homePrice = v.uk ? rng.uniform(0.22, 0.32) : rng.uniform(0.28, 0.42);
    v.truth.dcShare = v.shareDc;
}

// Charging efficiencies, the ageing law and a BMS recalibration episode.
void drawBattery(Vehicle &v, Rng &rng, qint64 cutoff, const TruthSettings &settings)
{
    VehicleTruth &t = v.truth;
    t.efficiencyAc = rng.uniform(settings.acMin, settings.acMax);
    t.efficiencyAcLow = rng.uniform(settings.acLowMin, settings.acLowMax);
    t.efficiencyDc = rng.uniform(settings.dcMin, settings.dcMax);
    v.sessionScatter = settings.sessionScatter;
    if (v.spec->phev)
        t.efficiencyDc = 0;

    t.earlyLoss = rng.uniform(0.02, 0.05);
    t.earlyKm = rng.uniform(5000, 9000);
    t.linearPer10kKm = rng.uniform(0.001, 0.003);
    t.calendarPerYear = rng.uniform(0.003, 0.008);
    if (v.shareDc > 0.4)
        t.calendarPerYear += rng.uniform(0.0, 0.007);

    if (rng.chance(1.0 / 3.0)) {
        const double from = rng.uniform(double(t.startOfUse) + 0.1 * double(cutoff - t.startOfUse), double(cutoff - 30 * 86400));
        t.bmsFrom = qint64(from);
        t.bmsTo = t.bmsFrom + qint64(rng.uniform(30, 90) * 86400);
        t.bmsOffset = (rng.chance(0.5) ? 1 : -1) * rng.uniform(0.02, 0.03);
    }
}

// Losses that depend on charging power: the charger's own efficiency, the
// car's fixed draw while it charges, and the home wallbox's power.
void drawPowerLosses(Vehicle &v, Rng &rng, const TruthSettings &settings)
{
    VehicleTruth &t = v.truth;
    t.chargerEfficiency = rng.uniform(settings.chargerMin, settings.chargerMax);
    t.auxKw = rng.uniform(settings.auxKwMin, settings.auxKwMax);
    // Single-phase 32 A is the rule in the UK; three-phase 16 A elsewhere,
    // with single-phase boxes and 20 A circuits in older homes.
    const double wallbox = v.uk ? std::array<double, 2>{7.4, 4.6}[size_t(rng.weighted({0.85, 0.15}))]
                                : std::array<double, 3>{11.0, 7.4, 4.6}[size_t(rng.weighted({0.6, 0.3, 0.1}))];
    t.homeAcKw = std::min(wallbox, v.spec->acKw);
    t.efficiencyAc = t.chargerEfficiency * (1 - t.auxKw / v.spec->acKw);
    t.efficiencyAcLow = t.chargerEfficiency * (1 - t.auxKw / v.lowKw);
}

// Home, work and family, then the usual public points near home.
void drawPlaces(Vehicle &v, Rng &rng)
{
    const double lat = v.uk ? rng.uniform(50.6, 54.3) : rng.uniform(47.8, 54.0);
    const double lon = v.uk ? rng.uniform(-3.0, 0.3) : rng.uniform(6.5, 13.8);
    v.places.append(makePlace(rng, v.uk, lat, lon, 0.0));
    v.places.append(makePlace(rng, v.uk, lat, lon, 0.12));
    v.places.append(makePlace(rng, v.uk, lat, lon, 1.2));
    for (int i = 0; i < 5; ++i)
        v.publicAc.append(addPublicPlace(v, rng, false, 0.1));
    if (!v.spec->phev) {
        for (int i = 0; i < 4; ++i)
            v.publicDc.append(addPublicPlace(v, rng, true, 0.3));
    }
}

// The exports: dates first, so that their cut-offs are known.
void planExports(Vehicle &v, Rng &rng, const FleetOptions &options, const Layout &layout, qint64 cutoff)
{
    const VehicleTruth &t = v.truth;
    const qint64 span = cutoff - t.startOfUse;
    for (const Layout::Export &e : layout.exports) {
        ExportPlan p;
        p.container = e.container;
        p.batteryEnergy = e.batteryEnergy;
        p.newest = e.fraction >= 1;
        if (p.newest) {
            p.date = options.exportDate;
        } else {
            const double fraction = rng.uniform(e.fraction - 0.15, e.fraction + 0.15);
            p.date = dateOfUnix(t.startOfUse + qint64(fraction * double(span)));
        }
        p.cutoff = exportMoment(p.date);
        p.shuffled = rng.chance(0.3);
        p.orderSeed = rng.next();
        v.exports.append(p);
    }
    if (layout.with2021) {
        const QDate latest(2021, 12, 20);
        const QDate earliest = dateOfUnix(t.startOfUse + qint64(0.3 * secondsPerYear));
        if (earliest < latest && v.exports.size() > 1 && latest.daysTo(v.exports.first().date) > 30) {
            ExportPlan p;
            p.container = Container::Folder;
            p.batteryEnergy = true;
            p.date = earliest.addDays(rng.integer(0, int(earliest.daysTo(latest))));
            p.cutoff = exportMoment(p.date);
            p.shuffled = rng.chance(0.3);
            p.orderSeed = rng.next();
            v.exports.prepend(p);
        }
    }
}

} // namespace

void setUpVehicle(Vehicle &v, Rng &rng, const ModelSpec &spec, const BatteryModel &catalogEntry,
                  const FleetOptions &options, const Layout &layout, const QSet<QString> &vinsTaken)
{
    const qint64 cutoff = exportMoment(options.exportDate);
    drawIdentity(v, rng, spec, catalogEntry, options.truth, vinsTaken);
    drawUse(v, rng, layout, cutoff);
    drawChargingHabits(v, rng);
    drawBattery(v, rng, cutoff, options.truth);
    drawPlaces(v, rng);
    v.keyListReading = rng.chance(options.truth.readingShare);
    v.runningAtExport = rng.chance(0.2);
    planExports(v, rng, options, layout, cutoff);
    // Drawn last, and only when asked for, so that the default fleet stays
    // the same draw for draw.
    if (options.truth.readingBias > 0)
        v.truth.readingBias = rng.normal(0, options.truth.readingBias);
    v.readingNoise = options.truth.readingNoise;
    if (options.truth.auxKwMax > 0)
        drawPowerLosses(v, rng, options.truth);
    if (options.truth.usedShare > 0 && rng.chance(options.truth.usedShare)) {
        qint64 from = v.truth.startOfUse + qint64(rng.uniform(0.1, 0.6) * double(cutoff - v.truth.startOfUse));
        // An older export still holds a few months of the new owner's sessions.
        if (v.exports.size() > 1)
            from = std::min(from, v.exports.first().cutoff - 120 * 86400);
        v.historyFrom = std::max(from, v.truth.startOfUse);
    }
}

} // namespace Demo::detail
