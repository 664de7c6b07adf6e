// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/simulation.h"

#include "demo/calendar.h"
#include "demo/modelspecs.h"
#include "demo/random.h"
#include "demo/vehicle.h"

#include <QVarLengthArray>

#include <algorithm>

// Every helper below draws its random numbers in a fixed order, and the
// helpers are called in a fixed order: a seed must keep giving the same
// fleet, so reordering draws is a change of the output, not a refactoring.

namespace Demo::detail {

namespace {

// The power an AC session draws before the taper (the plan varies it by a
// few %): the home wallbox's at home, else the car's limit, or the socket's.
double nominalAcKw(const Vehicle &v, const Session &x)
{
    if (x.kind == Kind::AcLow)
        return v.lowKw;
    return x.place == 0 && v.truth.homeAcKw > 0 ? v.truth.homeAcKw : v.spec->acKw;
}

double efficiencyFor(const Vehicle &v, const Session &x)
{
    const VehicleTruth &t = v.truth;
    const Kind kind = x.kind;
    if (t.auxKw > 0 && kind != Kind::Dc)
        return t.chargerEfficiency * (1 - t.auxKw / nominalAcKw(v, x));
    switch (kind) {
    case Kind::Ac:
        return t.efficiencyAc;
    case Kind::AcLow:
        return t.efficiencyAcLow;
    case Kind::Dc:
        return t.efficiencyDc;
    }
    return t.efficiencyAc;
}

double seasonalConsumption(int month)
{
    // Heating and cold cells cost range in winter.
    static constexpr double factor[12] = {1.22, 1.20, 1.12, 1.03, 0.96, 0.95, 0.95, 0.95, 0.97, 1.03, 1.12, 1.20};
    return factor[month - 1];
}

// ------------------------------------------------------------ one session on the charger

struct Energies
{
    double gridCharge = 0; // from the grid into the battery
    double pre = 0;        // from the grid for preconditioning
};

// A stretch of steady power; each becomes one charging block.
struct Segment
{
    double gridKwh;
    double kw;
    qint64 gapBefore = 0;
};

struct ChargePlan
{
    QVarLengthArray<Segment, 6> segments;
    double preKw = 0; // > 0: the cabin is preconditioned at this power before departure
};

// The energies on both sides of the charger for x's SoC span.
Energies drawEnergies(const Vehicle &v, Rng &rng, Session &x)
{
    const VehicleTruth &t = v.truth;
    const double cBms = FleetGenerator::bmsCapacity(t, x.start, x.odometerKm);
    // The BMS shows SoC relative to what it believes the capacity to be, so
    // the physical energy behind a displayed span is the belief's share.
    const double energy = (x.sEnd - x.sStart) / 100.0 * cBms;
    const double efficiency = std::clamp(efficiencyFor(v, x) * rng.normal(1.0, v.sessionScatter), 0.5, 0.995);
    const double gridCharge = energy / efficiency;
    x.batteryKwh = round3(energy * rng.normal(1.0, 0.004));
    x.socStart = int(std::lround(x.sStart));
    x.socEnd = int(std::lround(x.sEnd));

    const int month = localDate(v.uk, x.start).month();
    double pre = 0;
    if ((month >= 11 || month <= 3) && rng.chance(0.10)) {
        x.preconditioning = true;
        pre = rng.uniform(0.5, 2.0);
    }
    x.gridKwh = gridCharge + pre;
    return {gridCharge, pre};
}

ChargePlan planDc(const Vehicle &v, Rng &rng, const Session &x, const Energies &e)
{
    ChargePlan plan;
    auto &segments = plan.segments;
    const double span = x.sEnd - x.sStart;
    const double station = std::array<double, 3>{50.0, 150.0, 300.0}[size_t(rng.weighted({0.25, 0.35, 0.4}))];
    const double peak = std::min(station, v.spec->dcMaxKw) * rng.uniform(0.85, 0.98);
    // The taper: full power to about half, less to about 75 %, little after.
    const double b1 = rng.uniform(50, 60);
    const double b2 = rng.uniform(72, 80);
    const double edges[4] = {x.sStart, std::clamp(b1, x.sStart, x.sEnd), std::clamp(b2, x.sStart, x.sEnd), x.sEnd};
    const double kw[3] = {peak, std::max(25.0, peak * rng.uniform(0.55, 0.7)), std::max(24.0, peak * rng.uniform(0.3, 0.45))};
    for (int i = 0; i < 3; ++i) {
        const double part = edges[i + 1] - edges[i];
        if (part <= 0)
            continue;
        if (part < 0.8 && !segments.isEmpty()) {
            segments.back().gridKwh += e.gridCharge * part / span;
            continue;
        }
        segments.append({e.gridCharge * part / span, kw[i]});
    }
    // Conditioning the battery for the fast charge draws from the charger.
    segments.front().gridKwh += e.pre;
    return plan;
}

ChargePlan planAc(const Vehicle &v, Rng &rng, const Session &x, const Energies &e)
{
    ChargePlan plan;
    auto &segments = plan.segments;
    const double span = x.sEnd - x.sStart;
    const bool homeOrWork = x.place == 0 || x.place == 1;
    const double kw = nominalAcKw(v, x) * (x.kind == Kind::Ac ? rng.uniform(0.955, 1.0) : rng.uniform(0.93, 1.0));
    double mainSpan = span;
    double taperSpan = 0;
    if (x.sEnd >= 97) {
        const double taperFrom = std::max(x.sStart, rng.uniform(95.0, 96.5));
        taperSpan = x.sEnd - taperFrom;
        mainSpan = taperFrom - x.sStart;
    }
    if (mainSpan > 0.3) {
        if (homeOrWork && mainSpan > 10 && rng.chance(0.08)) {
            // Load management or a tariff window paused the charge.
            const double first = rng.uniform(0.3, 0.7);
            segments.append({e.gridCharge * mainSpan * first / span, kw});
            segments.append({e.gridCharge * mainSpan * (1 - first) / span, kw * rng.uniform(0.97, 1.0),
                             qint64(rng.uniform(600, 5400))});
        } else {
            segments.append({e.gridCharge * mainSpan / span, kw});
        }
    } else {
        taperSpan = span;
    }
    if (taperSpan > 0) {
        // Keeps an AC taper above the low-power class: the car still
        // charges from an 11/7.4 kW supply.
        const double taperKw = x.kind == Kind::Ac ? std::max(4.0, kw * rng.uniform(0.5, 0.6)) : kw * rng.uniform(0.5, 0.7);
        segments.append({e.gridCharge * taperSpan / span, taperKw});
    }
    if (e.pre > 0)
        plan.preKw = x.kind == Kind::Ac ? std::min(kw, rng.uniform(4.0, 5.5)) : kw;
    return plan;
}

// Turns the segments into x's blocks, from shortly after plug-in or from a
// home charging timer; returns when the last one ends.
qint64 layOutBlocks(const Vehicle &v, Rng &rng, Session &x, const QVarLengthArray<Segment, 6> &segments)
{
    const qint64 plugIn = x.start;
    qint64 blockStart = plugIn + qint64(rng.uniform(30, 150));
    if (x.place == 0 && v.timerMinute >= 0 && x.kind != Kind::Dc) {
        const double hour = v.timerMinute / 60.0;
        const qint64 around = hour < 12 ? plugIn + 12 * 3600 : plugIn;
        const qint64 timed = atLocalTime(v.uk, rng, around, hour, hour + 0.02, plugIn + 60);
        if (timed < plugIn + 10 * 3600)
            blockStart = timed;
    }
    x.blockCount = 0;
    x.durationSec = 0;
    qint64 cursor = blockStart;
    for (const Segment &s : segments) {
        cursor += s.gapBefore;
        Block b;
        b.kw = round1(s.kw);
        const qint64 seconds = std::max<qint64>(60, std::llround(s.gridKwh / b.kw * 3600.0));
        b.start = cursor;
        b.end = cursor + seconds;
        cursor = b.end;
        x.durationSec += seconds;
        x.blocks[size_t(x.blockCount++)] = b;
    }
    return cursor;
}

// When the car leaves home in the morning or work in the evening; 0 for
// other places and fast charges.
qint64 departureTime(const Vehicle &v, Rng &rng, const Session &x)
{
    const bool home = x.place == 0;
    const bool work = x.place == 1;
    if (x.kind == Kind::Dc || !(home || work))
        return 0;
    return home ? atLocalTime(v.uk, rng, x.start + 8 * 3600, 6.0, 8.5, x.start + 3 * 3600)
                : atLocalTime(v.uk, rng, x.start, 16.0, 18.5, x.start + 2 * 3600);
}

// Cabin preconditioning before departure, from the grid while plugged in.
void addPreconditioningBlock(Rng &rng, Session &x, double pre, double preKw, qint64 departure, qint64 chargedUntil)
{
    Block b;
    b.kw = round1(preKw);
    const qint64 seconds = std::max<qint64>(60, std::llround(pre / b.kw * 3600.0));
    b.start = departure > chargedUntil + seconds + 60 ? departure - seconds : chargedUntil + qint64(rng.uniform(60, 600));
    b.end = b.start + seconds;
    x.durationSec += seconds;
    x.blocks[size_t(x.blockCount++)] = b;
}

qint64 plugOutTime(Rng &rng, const Session &x, qint64 departure)
{
    const bool homeOrWork = x.place == 0 || x.place == 1;
    const qint64 lastBlockEnd = x.blocks[size_t(x.blockCount - 1)].end;
    if (x.kind == Kind::Dc)
        return lastBlockEnd + qint64(rng.uniform(60, 480));
    if (departure > lastBlockEnd + 300)
        return departure + qint64(rng.uniform(0, 240));
    if (homeOrWork)
        return lastBlockEnd + qint64(rng.uniform(300, 5400));
    if (x.place == 2)
        return lastBlockEnd + qint64(rng.uniform(600, 14400));
    return lastBlockEnd + qint64(rng.uniform(180, 3600));
}

void drawCost(const Vehicle &v, Rng &rng, Session &x)
{
    const Place &place = v.places.at(x.place);
    if (!place.provider.isEmpty()) {
        if (rng.chance(0.6))
            x.cost = x.gridKwh * place.price;
    } else if (x.place == 0) {
        if (v.tariffKnown) {
            x.cost = x.gridKwh * v.homePrice;
            if (v.timerMinute >= 0)
                x.savings = x.gridKwh * rng.uniform(0.02, 0.06);
        }
    } else if (x.place == 1 && rng.chance(0.5)) {
        x.cost = 0.0;
    }
}

// Everything that happens while the car is plugged in: energies on both
// sides, blocks, plug-out, cost. x carries kind, place, SoC span and odometer.
void charge(const Vehicle &v, Rng &rng, Session &x, qint64 plugIn)
{
    x.start = plugIn;
    const Energies energies = drawEnergies(v, rng, x);
    const ChargePlan plan = x.kind == Kind::Dc ? planDc(v, rng, x, energies) : planAc(v, rng, x, energies);
    const qint64 chargedUntil = layOutBlocks(v, rng, x, plan.segments);
    const qint64 departure = departureTime(v, rng, x);
    if (plan.preKw > 0)
        addPreconditioningBlock(rng, x, energies.pre, plan.preKw, departure, chargedUntil);
    x.end = plugOutTime(rng, x, departure);
    drawCost(v, rng, x);
    if (rng.chance(0.005))
        x.businessError = rng.integer(0, int(businessErrorHints.size()) - 1);
}

// ------------------------------------------------------------ from one charge to the next

// Where the car stands after its last plug-out.
struct Trail
{
    qint64 previousEnd = 0;
    double odometer = 0;
    double soc = 0;
    Kind previousKind = Kind::Ac;
    bool first = true;
};

// The local hours in which a session begins.
struct Hours
{
    double from = 16.5;
    double to = 22.5;
};

Hours chooseKindAndPlace(Vehicle &v, Rng &rng, Session &x)
{
    Hours hours;
    const double u = rng.uniform();
    x.kind = u < v.shareDc ? Kind::Dc : u < v.shareDc + v.shareLow ? Kind::AcLow : Kind::Ac;
    if (x.kind == Kind::Dc) {
        x.place = (!v.publicDc.isEmpty() && rng.chance(0.55)) ? rng.pick(v.publicDc) : addPublicPlace(v, rng, true, 2.0);
        hours = {7.5, 21.0};
    } else if (x.kind == Kind::AcLow) {
        x.place = rng.chance(0.85) ? 0 : 2;
        if (x.place == 2)
            hours = {10.0, 20.0};
    } else {
        const double w = rng.uniform();
        if (w < v.acHome) {
            x.place = 0;
        } else if (w < v.acHome + v.acWork) {
            x.place = 1;
            hours = {7.0, 9.5};
        } else {
            x.place = rng.chance(0.8) ? rng.pick(v.publicAc) : addPublicPlace(v, rng, false, 0.3);
            hours = {8.5, 19.5};
        }
    }
    return hours;
}

// Where the displayed SoC starts and where charging stops, given the SoC
// the car was left with (`soc`).
void chooseSocSpan(const Vehicle &v, Rng &rng, Session &x, double soc)
{
    const ModelSpec &spec = *v.spec;
    bool limit = true; // stops at a charge limit (80/90/100) rather than at plug-out
    double target = v.endHabit;
    double sStart = 0;
    double sEnd = 0;
    if (spec.phev) {
        const int r = rng.weighted({0.7, 0.2, 0.1});
        sStart = r == 0 ? rng.uniform(0, 10) : r == 1 ? rng.uniform(10, 45) : rng.uniform(80, 92);
        target = rng.chance(0.85) ? 100 : rng.chance(0.5) ? 90 : 80;
    } else if (x.kind == Kind::Dc) {
        sStart = rng.uniform(5, 35);
        sEnd = rng.uniform(60, 90);
        limit = false;
    } else if (x.kind == Kind::AcLow) {
        if (rng.chance(0.6)) {
            target = v.endHabit;
        } else {
            limit = false;
            sEnd = rng.uniform(80, 100);
            target = sEnd;
        }
        sStart = rng.chance(0.1) ? target - rng.uniform(5, 15) : rng.uniform(30, 70);
    } else if (x.place <= 1) {
        target = rng.chance(0.75) ? v.endHabit : std::array<int, 3>{80, 90, 100}[size_t(rng.integer(0, 2))];
        sStart = rng.chance(0.15) ? target - rng.uniform(5, 15) : rng.uniform(15, 60);
    } else {
        sStart = rng.uniform(20, 60);
        sEnd = std::min(100.0, sStart + rng.uniform(10, 50));
        limit = false;
    }
    const double maxStart = soc - 1.0; // some driving since the last charge
    if (sStart > maxStart)
        sStart = std::max(0.0, maxStart - rng.uniform(0, 8));
    sStart = std::clamp(sStart, 0.0, 95.0);
    // A charge to 100 % stops where the BMS says full: the display is
    // exact there, unlike a charge stopped at a lower limit.
    if (limit)
        sEnd = target >= 100 ? 100.0 : target + rng.uniform(-0.45, 0.45);
    if (sEnd < sStart + 3)
        sEnd = std::min(100.0, sStart + rng.uniform(3, 8));
    x.sStart = sStart;
    x.sEnd = sEnd;
}

struct Drive
{
    double km = 0;
    double consumption = 0; // kWh/km on the way
    qint64 plugIn = 0;
};

// Driving from the last plug-out down to x.sStart, and when the car is
// plugged in for x.
Drive driveToCharger(const Vehicle &v, Rng &rng, const Trail &trail, const Session &x, Hours hours)
{
    const ModelSpec &spec = *v.spec;
    const double dailyKm = v.annualKm / 365.25;
    const qint64 previousEnd = trail.previousEnd;
    const double energy = (trail.soc - x.sStart) / 100.0
                          * FleetGenerator::bmsCapacity(v.truth, previousEnd, trail.odometer);
    Drive d;
    d.consumption = spec.consumption * v.consumptionFactor * seasonalConsumption(localDate(v.uk, previousEnd).month());
    d.km = energy / d.consumption;
    if (spec.phev) {
        // The battery runs empty within a day or two; the rest is on fuel.
        const double days = std::max(d.km / dailyKm, rng.uniform(0.5, 1.2)) * rng.uniform(0.9, 2.0);
        d.km = std::max(d.km, days * dailyKm * rng.uniform(0.7, 1.3));
        d.plugIn = atLocalTime(v.uk, rng, previousEnd + qint64(days * 86400), hours.from, hours.to, previousEnd + 1200);
    } else if (!trail.first && x.kind == Kind::Dc && trail.previousKind == Kind::Dc && rng.chance(0.6)) {
        // On a trip: the next fast charge is a few motorway hours on.
        d.plugIn = previousEnd + qint64(d.km / rng.uniform(85, 120) * 3600 + rng.uniform(600, 2400));
    } else {
        const double days = d.km / (dailyKm * rng.uniform(0.6, 1.5));
        d.plugIn = atLocalTime(v.uk, rng, previousEnd + std::max<qint64>(1800, qint64(days * 86400)), hours.from,
                               hours.to, previousEnd + 1200);
    }
    return d;
}

// The export catches this car on the charger at home: replaces x and the
// drive by a session that began a few hours before the export. False when
// the last plug-out was too recent for one.
bool chargingAtExport(const Vehicle &v, Rng &rng, const Trail &trail, qint64 cutoff, Session &x, Drive &d)
{
    d.plugIn = cutoff - qint64(rng.uniform(2, 8) * 3600);
    if (d.plugIn < trail.previousEnd + 3 * 3600)
        return false;
    x.kind = Kind::Ac;
    x.place = 0;
    x.sStart = std::clamp(trail.soc - rng.uniform(1, 10), 0.0, 95.0);
    x.sEnd = std::max(x.sStart + 3, v.endHabit - 0.2);
    d.km = (trail.soc - x.sStart) / 100.0 * FleetGenerator::bmsCapacity(v.truth, trail.previousEnd, trail.odometer)
           / d.consumption;
    return true;
}

} // namespace

int addPublicPlace(Vehicle &v, Rng &rng, bool dc, double spread)
{
    v.places.append(makePublicPlace(rng, v.uk, v.places.first(), dc, spread));
    return int(v.places.size()) - 1;
}

void simulate(Vehicle &v, Rng &rng, qint64 cutoff)
{
    const qint64 stopAt = cutoff - 600;
    Trail trail;
    trail.previousEnd = v.truth.startOfUse;
    trail.odometer = rng.uniform(3, 40);
    trail.soc = rng.uniform(40, 90);

    for (int guard = 0; guard < 100000; ++guard) {
        Session x;
        const Hours hours = chooseKindAndPlace(v, rng, x);
        chooseSocSpan(v, rng, x, trail.soc);
        Drive drive = driveToCharger(v, rng, trail, x, hours);

        bool running = false;
        if (drive.plugIn >= stopAt - 1800) {
            if (!v.runningAtExport || !chargingAtExport(v, rng, trail, cutoff, x, drive))
                break;
            running = true;
        }
        trail.odometer += drive.km;
        x.odometerKm = trail.odometer;
        charge(v, rng, x, drive.plugIn);
        if (x.end >= stopAt) {
            if (!v.runningAtExport)
                break;
            running = true;
        }
        if (running)
            x.end = std::max(x.end, cutoff + qint64(rng.uniform(600, 7200)));
        v.sessions.append(x);
        trail.soc = x.sEnd;
        trail.previousEnd = x.end;
        trail.previousKind = x.kind;
        trail.first = false;
        if (running)
            break;
    }
}

} // namespace Demo::detail
