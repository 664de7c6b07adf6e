// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sharing bundles (docs/sharing.md): the size of a bundle per session, and
// how long writing a bundle of N vehicles and importing it into another
// installation (with its own car and the estimates of every shared one)
// take. docs/performance.md has the numbers.
//
//   bench_share --vehicles 1000 [--seed S] [--repeat R] [--dir DIR]
//
// The fleet comes from the demo generator (its own ageing, efficiencies
// and charging habits, none of which the estimator reads) and is imported
// into a sharer's folder first; --dir keeps the sharer's folder for another
// run.
#include "core/operations/operations.h"
#include "core/share/sharebundle.h"
#include "demo/fleetgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_share: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("CARDATA_KEYCHAIN", "off"); // a benchmark never writes to the desktop's keychain
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sharing bundle benchmark."_s);
    parser.addHelpOption();
    const QCommandLineOption vehiclesOption(u"vehicles"_s, u"Vehicles in the bundle."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"The generated fleet's seed."_s, u"S"_s, u"7"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Repetitions; the best is reported."_s, u"R"_s, u"3"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Keep the sharer's data folder here and reuse it."_s, u"DIR"_s);
    parser.addOptions({vehiclesOption, seedOption, repeatOption, dirOption});
    parser.process(app);
    const int vehicles = parser.value(vehiclesOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir scratch;
    const QString sharerDir = parser.isSet(dirOption) ? parser.value(dirOption) : scratch.filePath(u"sharer"_s);
    QElapsedTimer timer;
    if (!QFileInfo::exists(QDir(sharerDir).filePath(u"cardata-health.sqlite"_s))) {
        FleetOptions fleet;
        fleet.vehicles = vehicles;
        fleet.seed = parser.value(seedOption).toULongLong();
        if (auto written = FleetGenerator::write(scratch.filePath(u"fleet"_s), fleet); !written)
            fail(written.error());
        auto sharer = Operations::open(sharerDir);
        if (!sharer)
            fail(sharer.error());
        timer.start();
        if (auto run = (*sharer)->importPaths({scratch.filePath(u"fleet/exports"_s)}, {}); !run)
            fail(run.error());
        std::printf("sharer's import    %.3f s (%d generated vehicles, once)\n", timer.elapsed() / 1000.0, vehicles);
    }
    auto sharer = Operations::open(sharerDir);
    if (!sharer)
        fail(sharer.error());

    const QString bundlePath = scratch.filePath(u"fleet.cdshare"_s);
    double bestWrite = 1e9;
    qint64 bytes = 0;
    qsizetype sessions = 0;
    qsizetype shared = 0;
    for (int r = 0; r < repeat; ++r) {
        timer.start();
        const auto bundle = (*sharer)->shareBundle({});
        if (!bundle)
            fail(bundle.error());
        const auto written = Operations::writeBundle(*bundle, bundlePath);
        if (!written)
            fail(written.error());
        bestWrite = std::min(bestWrite, timer.elapsed() / 1000.0);
        bytes = *written;
        sessions = bundle->sessionCount();
        shared = bundle->vehicles.size();
    }
    std::printf("bundle             %lld vehicles, %lld sessions, %.1f MB (%.1f bytes per session)\n",
                static_cast<long long>(shared), static_cast<long long>(sessions), bytes / 1e6,
                double(bytes) / double(std::max<qsizetype>(1, sessions)));
    std::printf("write              %.3f s (reading the sharer's database, best of %d)\n", bestWrite, repeat);

    // Into a new installation that has no car of its own yet, then once
    // more into one that has: the bundle's vehicles with their estimates.
    double bestImport = 1e9;
    double bestParse = 1e9;
    QFile file(bundlePath);
    if (!file.open(QIODevice::ReadOnly))
        fail(file.errorString());
    const QByteArray bundleBytes = file.readAll();
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer parse;
        parse.start();
        if (!ShareBundle::parse(bundleBytes))
            fail(u"the bundle does not read back"_s);
        bestParse = std::min(bestParse, parse.elapsed() / 1000.0);
        const QString receiverDir = scratch.filePath(u"receiver-%1"_s.arg(r));
        auto receiver = Operations::open(receiverDir);
        if (!receiver)
            fail(receiver.error());
        timer.start();
        const auto run = (*receiver)->importPaths({bundlePath}, {});
        if (!run)
            fail(run.error());
        const double elapsed = timer.elapsed() / 1000.0;
        if (run->files.size() != 1 || run->files.first().status != FileImportResult::Status::Imported)
            fail(u"the bundle did not import: %1"_s.arg(run->files.isEmpty() ? QString() : run->files.first().error));
        if (run->estimatesUpdated + run->estimatesPending < int(shared) / 2)
            fail(u"only %1 estimates were made"_s.arg(run->estimatesUpdated));
        bestImport = std::min(bestImport, elapsed);
    }
    std::printf("parse              %.3f s (the reader alone, best of %d)\n", bestParse, repeat);
    std::printf("import             %.3f s (into a new installation, estimates included, best of %d)\n", bestImport, repeat);
    std::printf("peak RSS           %ld MiB\n", peakRssMiB());
    return 0;
}
