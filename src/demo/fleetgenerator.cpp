// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/fleetgenerator.h"

#include "demo/calendar.h"
#include "demo/chargingjsonwriter.h"
#include "demo/exportlayout.h"
#include "demo/exportnames.h"
#include "demo/keylistwriter.h"
#include "demo/modelspecs.h"
#include "demo/random.h"
#include "demo/simulation.h"
#include "demo/vehicle.h"
#include "demo/vehiclesetup.h"
#include "demo/zipwriter.h"

#include "core/health/batterycatalog.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Demo::detail;

namespace {

// ------------------------------------------------------------ files

std::expected<void, QString> writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size())
        return std::unexpected(u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString relativePath(const QString &rest) { return u"exports/"_s + rest; }

// Creates outDir/exports, empty. A previous fleet there (recognized by the
// truth.json beside it) is replaced; anything else is refused rather than
// mixed into.
std::expected<QDir, QString> prepareExportsDir(const QString &outDir)
{
    const QDir out(outDir);
    if (!out.mkpath(u"."_s))
        return std::unexpected(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(outDir)));
    QDir exportsDir(out.filePath(u"exports"_s));
    if (exportsDir.exists() && !exportsDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        QFile previous(out.filePath(u"truth.json"_s));
        const bool ours = previous.open(QIODevice::ReadOnly) && FleetTruth::fromJson(previous.readAll()).has_value();
        if (!ours)
            return std::unexpected(u"%1 already holds files that are not a generated fleet; choose an empty folder"_s.arg(
                QDir::toNativeSeparators(exportsDir.path())));
        if (!exportsDir.removeRecursively())
            return std::unexpected(u"Cannot replace the previous fleet in %1"_s.arg(QDir::toNativeSeparators(exportsDir.path())));
    }
    if (!out.mkpath(u"exports"_s))
        return std::unexpected(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(exportsDir.path())));
    return exportsDir;
}

// ------------------------------------------------------------ planning

// The catalog entry of every model, in modelSpecs() order. The catalog's
// net values are the table the estimator will use too.
std::expected<QList<BatteryModel>, QString> catalogEntries()
{
    const BatteryCatalog &catalog = BatteryCatalog::builtIn();
    QList<BatteryModel> entries;
    for (const ModelSpec &spec : modelSpecs()) {
        const auto it = std::find_if(catalog.models().cbegin(), catalog.models().cend(), [&](const BatteryModel &m) {
            return m.name == QStringView(spec.catalogName);
        });
        if (it == catalog.models().cend() || !it->netKwh)
            return std::unexpected(u"The battery catalog has no usable capacity for %1"_s.arg(toString(spec.catalogName)));
        entries.append(*it);
    }
    return entries;
}

// Models first, fleet-wide, so that small batteries and PHEVs can be
// guaranteed before anything else is drawn.
QList<int> drawModels(const FleetOptions &options)
{
    const auto specs = modelSpecs();
    Rng fleetRng(mix(options.seed));
    QList<int> models;
    for (int i = 0; i < options.vehicles; ++i)
        models.append(drawModel(fleetRng, false, false));
    if (options.vehicles >= 10) {
        const auto has = [&](bool ModelSpec::*flag) {
            return std::any_of(models.cbegin(), models.cend(), [&](int m) { return specs[size_t(m)].*flag; });
        };
        if (!has(&ModelSpec::small)) {
            int i;
            do
                i = fleetRng.integer(0, options.vehicles - 1);
            while (specs[size_t(models[i])].phev);
            models[i] = drawModel(fleetRng, true, false);
        }
        if (!has(&ModelSpec::phev)) {
            int i;
            do
                i = fleetRng.integer(0, options.vehicles - 1);
            while (specs[size_t(models[i])].small);
            models[i] = drawModel(fleetRng, false, true);
        }
    }
    return models;
}

QList<Layout> assignLayouts(const FleetOptions &options, const QList<int> &models, qint64 cutoff)
{
    const auto specs = modelSpecs();
    QList<Layout> layouts;
    for (int i = 0; i < options.vehicles; ++i)
        layouts.append(layoutFor(options.scenario, i));
    // A 2021 export needs a car that was on the road in 2021.
    for (int i = 0; i < options.vehicles; ++i) {
        if (!layouts[i].with2021 || canHave2021Export(specs[size_t(models[i])], cutoff))
            continue;
        for (int j = 0; j < options.vehicles; ++j) {
            if (!layouts[j].with2021 && canHave2021Export(specs[size_t(models[j])], cutoff)) {
                std::swap(layouts[i], layouts[j]);
                break;
            }
        }
    }
    return layouts;
}

QList<Vehicle> simulateFleet(const FleetOptions &options, const QList<int> &models, const QList<BatteryModel> &entries,
                             const QList<Layout> &layouts, qint64 cutoff)
{
    const auto specs = modelSpecs();
    QList<Vehicle> vehicles;
    vehicles.reserve(options.vehicles);
    QSet<QString> vins;
    for (int i = 0; i < options.vehicles; ++i) {
        Rng rng(mix(options.seed ^ mix(quint64(i) + 1)));
        Vehicle v;
        setUpVehicle(v, rng, specs[size_t(models[i])], entries[models[i]], options, layouts[i], vins);
        vins.insert(v.truth.vin);
        simulate(v, rng, cutoff);
        vehicles.append(std::move(v));
    }
    return vehicles;
}

// Exports of the same date may share one archive, as a fleet account's
// archive holds several cars.
struct Archive
{
    QDate date;
    int capacity = 1;
    bool inFolder = false;
    QList<std::pair<int, int>> members; // (vehicle, export)
};

// Numbers the export folders and puts archive exports into archives.
QList<Archive> planContainers(QList<Vehicle> &vehicles, quint64 seed)
{
    QList<Archive> archives;
    Rng layoutRng(mix(seed ^ 0xA5A5A5A5ull));
    int folders = 0;
    for (int vi = 0; vi < vehicles.size(); ++vi) {
        for (int ei = 0; ei < vehicles[vi].exports.size(); ++ei) {
            ExportPlan &p = vehicles[vi].exports[ei];
            if (p.container == Container::Folder)
                p.folder = ++folders;
            if (p.container != Container::Archive)
                continue;
            auto open = std::find_if(archives.begin(), archives.end(), [&](const Archive &a) {
                return a.date == p.date && a.members.size() < a.capacity;
            });
            if (open == archives.end()) {
                Archive a;
                a.date = p.date;
                a.capacity = 1 + layoutRng.weighted({0.6, 0.25, 0.15});
                a.inFolder = layoutRng.chance(0.25);
                archives.append(a);
                open = archives.end() - 1;
            }
            open->members.append({vi, ei});
            p.archive = int(open - archives.begin()) + 1;
        }
    }
    return archives;
}

// ------------------------------------------------------------ writing

// Writes the vehicle's folder and Customer API exports, and lists them and
// its archives in its truth, in the order of its exports.
std::expected<void, QString> writeExportsOutsideArchives(const QDir &exportsDir, Vehicle &v)
{
    for (const ExportPlan &p : std::as_const(v.exports)) {
        if (p.container == Container::Archive) {
            const QString name = archiveFileName(p.archive);
            if (!v.truth.files.contains(relativePath(name)))
                v.truth.files.append(relativePath(name));
            continue;
        }
        const QString dir = p.container == Container::Folder ? u"CarData-Export_%1/"_s.arg(p.folder) : QString();
        if (!dir.isEmpty() && !exportsDir.mkpath(dir))
            return std::unexpected(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(exportsDir.filePath(dir))));
        const QString json = dir + chargingFileName(v, p);
        const QString xml = dir + keyListFileName(v, p, u".xml"_s);
        if (auto written = writeBytes(exportsDir.filePath(json), chargingJson(v, p)); !written)
            return written;
        if (auto written = writeBytes(exportsDir.filePath(xml), keyListXml(v, p)); !written)
            return written;
        v.truth.files.append(relativePath(json));
        v.truth.files.append(relativePath(xml));
    }
    return {};
}

// The truth as of the newest export: its completed sessions and the last one.
void settleTruth(Vehicle &v)
{
    const ExportPlan &newest = v.exports.last();
    const Session *last = nullptr;
    int completed = 0;
    for (const Session &s : std::as_const(v.sessions)) {
        if (s.start < newest.cutoff - 600 && s.end <= newest.cutoff - 600) {
            last = &s;
            ++completed;
        }
    }
    v.truth.sessions = completed;
    if (last) {
        const double factor = v.uk ? kmPerMile : 1.0;
        v.truth.lastSessionTime = last->start;
        v.truth.lastMileageKm = double(std::llround(last->odometerKm / factor)) * factor;
        v.truth.capacityAtLastKwh = FleetGenerator::trueCapacity(v.truth, last->start, last->odometerKm);
    } else {
        v.truth.capacityAtLastKwh = v.truth.capacityNewKwh;
    }
}

std::expected<void, QString> writeArchives(const QDir &exportsDir, const QList<Vehicle> &vehicles,
                                           const QList<Archive> &archives)
{
    for (int ai = 0; ai < archives.size(); ++ai) {
        const Archive &a = archives[ai];
        QList<Demo::ZipEntry> entries;
        const QString prefix = a.inFolder ? u"BMW-CarData/"_s : QString();
        for (const auto &[vi, ei] : a.members) {
            const Vehicle &v = vehicles[vi];
            const ExportPlan &p = v.exports[ei];
            entries.append({prefix + chargingFileName(v, p), chargingJson(v, p)});
            entries.append({prefix + keyListFileName(v, p, u".xml"_s), keyListXml(v, p)});
            entries.append({prefix + keyListFileName(v, p, u".html"_s), keyListHtml(v, p)});
        }
        // A fixed time stamp: the same seed must give byte-identical archives.
        Demo::ZipOptions zipOptions;
        zipOptions.timeStamp = QDateTime(a.date, QTime(6, 0));
        if (auto written = Demo::writeZip(exportsDir.filePath(archiveFileName(ai + 1)), entries, zipOptions); !written)
            return written;
    }
    return {};
}

} // namespace

// ------------------------------------------------------------ public API

QString FleetOptions::scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Mixed:
        return u"mixed"_s;
    case Scenario::BatteryEnergy:
        return u"battery-energy"_s;
    case Scenario::NoBatteryEnergy:
        return u"no-battery-energy"_s;
    case Scenario::Overlapping:
        return u"overlapping"_s;
    }
    return {};
}

std::optional<FleetOptions::Scenario> FleetOptions::scenarioFromName(QStringView name)
{
    for (Scenario s : {Scenario::Mixed, Scenario::BatteryEnergy, Scenario::NoBatteryEnergy, Scenario::Overlapping}) {
        if (name.compare(scenarioName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

double FleetGenerator::trueCapacity(const VehicleTruth &v, qint64 time, double mileageKm)
{
    const double years = std::max(0.0, double(time - v.startOfUse) / secondsPerYear);
    const double km = std::max(0.0, mileageKm);
    const double early = v.earlyKm > 0 ? v.earlyLoss * (1.0 - std::exp(-km / v.earlyKm)) : 0.0;
    return v.capacityNewKwh * (1.0 - early - v.linearPer10kKm * km / 10000.0 - v.calendarPerYear * years);
}

double FleetGenerator::bmsCapacity(const VehicleTruth &v, qint64 time, double mileageKm)
{
    const bool episode = time >= v.bmsFrom && time < v.bmsTo;
    return trueCapacity(v, time, mileageKm) * (1.0 + (episode ? v.bmsOffset : 0.0));
}

QStringList FleetGenerator::modelNameVariants(const QString &catalogName)
{
    const ModelSpec *spec = findModelSpec(catalogName);
    return spec ? keyListNames(*spec) : QStringList();
}

std::expected<FleetTruth, QString> FleetGenerator::write(const QString &outDir, const FleetOptions &options)
{
    if (options.vehicles < 0)
        return std::unexpected(u"The number of vehicles cannot be negative (%1)"_s.arg(options.vehicles));
    if (!options.exportDate.isValid())
        return std::unexpected(u"The export date is not a valid date"_s);
    const auto entries = catalogEntries();
    if (!entries)
        return std::unexpected(entries.error());
    const auto exportsDir = prepareExportsDir(outDir);
    if (!exportsDir)
        return std::unexpected(exportsDir.error());

    const qint64 cutoff = exportMoment(options.exportDate);
    const QList<int> models = drawModels(options);
    const QList<Layout> layouts = assignLayouts(options, models, cutoff);
    QList<Vehicle> vehicles = simulateFleet(options, models, *entries, layouts, cutoff);
    const QList<Archive> archives = planContainers(vehicles, options.seed);

    FleetTruth truth;
    truth.options = options;
    for (Vehicle &v : vehicles) {
        if (auto written = writeExportsOutsideArchives(*exportsDir, v); !written)
            return std::unexpected(written.error());
        settleTruth(v);
        truth.vehicles.append(v.truth);
    }
    if (auto written = writeArchives(*exportsDir, vehicles, archives); !written)
        return std::unexpected(written.error());
    if (auto written = writeBytes(QDir(outDir).filePath(u"truth.json"_s), truth.toJson()); !written)
        return std::unexpected(written.error());
    return truth;
}
