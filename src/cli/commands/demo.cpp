// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli demo: a synthetic fleet of exports with its truth.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "demo/fleetgenerator.h"

#include <QDir>

using namespace Qt::StringLiterals;

int Commands::demo(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption outOption(u"out"_s, u"Folder to write the fleet into."_s, u"DIR"_s);
    QCommandLineOption vehiclesOption(u"vehicles"_s, u"Number of vehicles (default 20)."_s, u"N"_s, u"20"_s);
    QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s);
    QCommandLineOption scenarioOption(u"scenario"_s, u"mixed (default), battery-energy, no-battery-energy or overlapping."_s,
                                      u"NAME"_s, u"mixed"_s);
    sub.parser.addOptions({outOption, vehiclesOption, seedOption, scenarioOption});
    if (const auto done = sub.parse(context, args))
        return *done;
    if (!sub.parser.isSet(outOption))
        return context.usage(u"demo needs --out DIR"_s);
    bool okVehicles = false;
    bool okSeed = false;
    FleetOptions options;
    options.vehicles = sub.parser.value(vehiclesOption).toInt(&okVehicles);
    options.seed = sub.parser.value(seedOption).toULongLong(&okSeed);
    const auto scenario = FleetOptions::scenarioFromName(sub.parser.value(scenarioOption));
    if (!okVehicles || options.vehicles < 1 || options.vehicles > 100000)
        return context.usage(u"--vehicles takes a number from 1 to 100000"_s);
    if (!okSeed)
        return context.usage(u"--seed takes a non-negative number"_s);
    if (!scenario)
        return context.usage(u"unknown scenario '%1'"_s.arg(sub.parser.value(scenarioOption)));
    options.scenario = *scenario;
    const QString out = sub.parser.value(outOption);
    const auto truth = FleetGenerator::write(out, options);
    if (!truth) {
        context.err << "cannot write the demo fleet: " << truth.error() << '\n';
        return Failure;
    }
    int sessions = 0;
    for (const VehicleTruth &v : truth->vehicles)
        sessions += v.sessions;
    context.out << "Wrote " << truth->vehicles.size() << " vehicles with " << sessions << " sessions ("
                << FleetOptions::scenarioName(options.scenario) << ") to " << QDir(out).filePath(u"exports"_s)
                << "\nTruth: " << QDir(out).filePath(u"truth.json"_s) << '\n';
    return Success;
}
