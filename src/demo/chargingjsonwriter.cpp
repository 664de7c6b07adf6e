// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/chargingjsonwriter.h"

#include "demo/jsonwriter.h"
#include "demo/random.h"
#include "demo/vehicle.h"

#include "core/read/timestamps.h"

#include <algorithm>

namespace Demo::detail {

namespace {

enum class Format { Current, Api, Old2021 };

// What a session looks like in one export: complete, or still running when
// the export was made (no endTime, no energies, blocks cut at that moment).
struct SessionView
{
    const Session *s = nullptr;
    bool running = false;
    int socNow = 0;
    QVarLengthArray<Block, 6> blocks;
    qint64 durationSec = 0;
};

SessionView viewAt(const Session &s, qint64 exportTime)
{
    SessionView view;
    view.s = &s;
    view.running = s.end > exportTime;
    if (!view.running) {
        view.socNow = s.socEnd;
        view.durationSec = s.durationSec;
        for (int i = 0; i < s.blockCount; ++i)
            view.blocks.append(s.blocks[size_t(i)]);
        return view;
    }
    for (int i = 0; i < s.blockCount; ++i) {
        Block b = s.blocks[size_t(i)];
        if (b.start >= exportTime)
            break;
        b.end = std::min(b.end, exportTime);
        view.durationSec += b.end - b.start;
        view.blocks.append(b);
    }
    const double done = s.durationSec > 0 ? double(view.durationSec) / double(s.durationSec) : 0.0;
    view.socNow = std::max(s.socStart, int(std::lround(s.sStart + (s.sEnd - s.sStart) * done)));
    return view;
}

// ------------------------------------------------------------ parts of a session

void writeLocation(JsonWriter &w, const Place &p, bool coordinates)
{
    w.key("chargingLocation");
    w.beginObject();
    w.key("municipality");
    w.string(p.municipality);
    w.key("formattedAddress");
    w.string(p.formattedAddress);
    w.key("streetAddress");
    w.string(p.streetAddress);
    if (coordinates) {
        w.key("mapMatchedLatitude");
        w.number(p.lat, 6);
        w.key("mapMatchedLongitude");
        w.number(p.lon, 6);
    }
    w.endObject();
}

void writePublicPoint(JsonWriter &w, const Place &p)
{
    w.key("publicChargingPoint");
    w.beginObject();
    w.key("potentialChargingPointMatches");
    w.beginArray();
    for (const QByteArray &provider : {p.provider, p.provider2}) {
        if (provider.isEmpty())
            continue;
        w.beginObject();
        w.key("providerName");
        w.string(provider);
        w.key("streetAddress");
        w.string(p.streetAddress);
        w.key("postalCode");
        w.string(p.postalCode);
        w.key("city");
        w.string(p.municipality);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeCost(JsonWriter &w, const Vehicle &v, const Session &s, bool running)
{
    w.key("chargingCostInformation");
    w.beginObject();
    w.key("currency");
    w.string(v.uk ? "GBP" : "EUR");
    if (!running && s.cost >= 0) {
        w.key("calculatedChargingCost");
        w.number(std::round(s.cost * 100) / 100, -1);
        w.key("calculatedSavings");
        w.number(std::round(s.savings * 100) / 100, -1);
    }
    w.endObject();
}

void writeBlocks(JsonWriter &w, const SessionView &view)
{
    w.key("chargingBlocks");
    w.beginArray();
    for (const Block &b : view.blocks) {
        w.beginObject();
        w.key("startTime");
        w.integer(b.start);
        w.key("endTime");
        w.integer(b.end);
        w.key("averagePowerGridKw");
        w.number(b.kw, 1);
        w.endObject();
    }
    w.endArray();
}

void writeBusinessErrors(JsonWriter &w, const Session &s)
{
    w.key("businessErrors");
    w.beginArray();
    if (s.businessError >= 0) {
        w.beginObject();
        w.key("creationTime");
        w.string(isoUtc(s.blocks[0].end).toUtf8());
        w.key("hint");
        w.string(businessErrorHints[size_t(s.businessError)]);
        w.endObject();
    }
    w.endArray();
}

void writeMileage(JsonWriter &w, const Vehicle &v, const Session &s, Format format)
{
    w.key("mileage");
    w.integer(std::llround(s.odometerKm / (v.uk ? kmPerMile : 1.0)));
    w.key("mileageUnits");
    if (format == Format::Api)
        w.string(v.uk ? "MileageUnits.MILES" : "MileageUnits.KM");
    else
        w.string(v.unitsValue);
}

const char *timeZone(const Vehicle &v) { return v.uk ? "Europe/London" : "Europe/Berlin"; }

// ------------------------------------------------------------ a session per layout

// The 2021 layout (see tests/fixtures/public-samples): no blocks, no
// mileage, no coordinates, the grid energy unrounded.
void writeSession2021(JsonWriter &w, const Vehicle &v, const SessionView &view, bool batteryEnergy)
{
    const Session &s = *view.s;
    const Place &place = v.places.at(s.place);
    if (!place.provider.isEmpty())
        writePublicPoint(w, place);
    w.key("displayedSoc");
    w.integer(view.socNow);
    w.key("displayedStartSoc");
    w.integer(s.socStart);
    w.key("timeZone");
    w.string(timeZone(v));
    w.key("startTime");
    w.integer(s.start);
    if (!view.running) {
        w.key("endTime");
        w.integer(s.end);
    }
    w.key("totalChargingDurationSec");
    w.integer(view.durationSec);
    if (!view.running) {
        w.key("calculatedEnergyChargedKwh");
        w.number(s.gridKwh, -1);
        if (batteryEnergy) {
            w.key("energyChargedKwh");
            w.number(s.batteryKwh, -1);
        }
    }
    w.key("isPreconditioningActivated");
    w.boolean(s.preconditioning);
    writeCost(w, v, s, view.running);
    writeLocation(w, place, false);
}

void writeSessionCurrent(JsonWriter &w, const Vehicle &v, const SessionView &view, bool batteryEnergy)
{
    const Session &s = *view.s;
    const Place &place = v.places.at(s.place);
    w.key("startTime");
    w.integer(s.start);
    if (!view.running) {
        w.key("endTime");
        w.integer(s.end);
    }
    w.key("displayedStartSoc");
    w.integer(s.socStart);
    w.key("displayedSoc");
    w.integer(view.socNow);
    w.key("timeZone");
    w.string(timeZone(v));
    w.key("totalChargingDurationSec");
    w.integer(view.durationSec);
    if (!view.running) {
        w.key("energyConsumedFromPowerGridKwh");
        w.number(round3(s.gridKwh), -1);
        if (batteryEnergy) {
            w.key("energyIncreaseHvbKwh");
            w.number(s.batteryKwh, -1);
        }
    }
    writeMileage(w, v, s, Format::Current);
    w.key("isPreconditioningActivated");
    w.boolean(s.preconditioning);
    writeLocation(w, place, true);
    writeBlocks(w, view);
    writeBusinessErrors(w, s);
    writePublicPoint(w, place);
    writeCost(w, v, s, view.running);
}

// The Customer API's schema has no battery-side energy.
void writeSessionApi(JsonWriter &w, const Vehicle &v, const SessionView &view)
{
    const Session &s = *view.s;
    const Place &place = v.places.at(s.place);
    w.key("startTime");
    w.integer(s.start);
    if (!view.running) {
        w.key("endTime");
        w.integer(s.end);
    }
    w.key("displayedStartSoc");
    w.integer(s.socStart);
    w.key("displayedSoc");
    w.integer(view.socNow);
    if (!view.running) {
        w.key("energyConsumedFromPowerGridKwh");
        w.number(round3(s.gridKwh), -1);
    }
    writeMileage(w, v, s, Format::Api);
    writeBlocks(w, view);
    writeLocation(w, place, true);
    writeCost(w, v, s, view.running);
    w.key("isPreconditioningActivated");
    w.boolean(s.preconditioning);
    w.key("totalChargingDurationSec");
    w.integer(view.durationSec);
    w.key("timeZone");
    w.string(timeZone(v));
    writePublicPoint(w, place);
    writeBusinessErrors(w, s);
}

void writeSession(JsonWriter &w, const Vehicle &v, const SessionView &view, Format format, bool batteryEnergy)
{
    w.beginObject();
    switch (format) {
    case Format::Old2021:
        writeSession2021(w, v, view, batteryEnergy);
        break;
    case Format::Current:
        writeSessionCurrent(w, v, view, batteryEnergy);
        break;
    case Format::Api:
        writeSessionApi(w, v, view);
        break;
    }
    w.endObject();
}

// ------------------------------------------------------------ the file

bool is2021(QDate date) { return date < QDate(2022, 1, 1); }

Format formatOf(const ExportPlan &p)
{
    if (p.container == Container::Api)
        return Format::Api;
    return is2021(p.date) ? Format::Old2021 : Format::Current;
}

// The sessions an export holds: every one that ended before it was made,
// and the one on the charger at that moment (only the newest export's is
// planned; an older export may catch one by chance).
QList<SessionView> sessionsIn(const Vehicle &v, const ExportPlan &p)
{
    QList<SessionView> views;
    for (const Session &s : v.sessions) {
        if (s.start >= p.cutoff - 600)
            break;
        if (s.start < v.historyFrom)
            continue; // the previous owner's
        views.append(viewAt(s, p.cutoff - 600));
    }
    return views;
}

} // namespace

QByteArray chargingJson(const Vehicle &v, const ExportPlan &p)
{
    QList<SessionView> views = sessionsIn(v, p);
    if (p.shuffled) {
        Rng rng(p.orderSeed);
        for (qsizetype i = views.size() - 1; i > 0; --i)
            std::swap(views[i], views[rng.integer(0, int(i))]);
    } else {
        std::reverse(views.begin(), views.end());
    }
    const Format format = formatOf(p);
    QByteArray out;
    out.reserve(views.size() * 1400 + 64);
    JsonWriter w(out, format == Format::Api ? 2 : 4);
    if (format == Format::Api) {
        w.beginObject();
        w.key("data");
    }
    w.beginArray();
    for (const SessionView &view : std::as_const(views))
        writeSession(w, v, view, format, p.batteryEnergy && format != Format::Api);
    w.endArray();
    if (format == Format::Api) {
        w.key("next_token");
        w.null();
        w.endObject();
    }
    out += '\n';
    return out;
}

} // namespace Demo::detail
