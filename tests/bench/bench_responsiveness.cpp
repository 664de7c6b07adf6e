// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Responsiveness benchmark: how long the app's event loop goes without
// running while an import runs in the app.
//
//   bench_responsiveness --inputs PATH [--data-dir DIR] [--engine native|plotly] [--interval MS]
//   bench_responsiveness --generate N [--seed S] ...
//
// Opens the main window on a new data folder (or DIR), imports PATH (a
// folder of exports, e.g. bench_import's inputs) as a drop on the window
// would, and ticks a timer every --interval ms (default 5) from the drop
// until the window is idle again. A gap between two ticks is time the
// window could not answer: the figures are the gaps' median, 99th
// percentile and maximum, "during" from the drop until the window says the
// import has finished (the files stored, the dashboard read anew), "after"
// from then until it is idle (the chart drawn, background work done).
// Nothing is judged: the figures are reported (docs/performance.md).
#include "gui/shell/appsettings.h"
#include "gui/shell/launchoptions.h"
#include "gui/shell/mainwindow.h"
#include "guibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printGaps(const char *phase, QList<double> gaps, double interval)
{
    if (gaps.isEmpty()) {
        std::printf("%-12s no ticks\n", phase);
        return;
    }
    std::sort(gaps.begin(), gaps.end());
    const auto at = [&](double q) { return gaps.at(qMin(gaps.size() - 1, qsizetype(q * double(gaps.size())))); };
    const auto over = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 100.0; });
    std::printf("%-12s %6lld ticks  median %6.1f ms  p99 %7.1f ms  max %7.1f ms  (%lld over 100 ms; interval %.0f ms)\n",
                phase, static_cast<long long>(gaps.size()), at(0.5), at(0.99), gaps.last(),
                static_cast<long long>(over), interval);
}

} // namespace

int main(int argc, char *argv[])
{
    GuiBench::prepareApplication();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The window's event loop while an import runs in the app."_s);
    parser.addHelpOption();
    const QCommandLineOption inputs(u"inputs"_s, u"Exports to import (a file or folder)."_s, u"PATH"_s);
    const QCommandLineOption generate(u"generate"_s, u"Import a generated fleet of N vehicles."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"The generated fleet's seed."_s, u"S"_s, u"1"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Import into this data folder (default: a new one)."_s, u"DIR"_s);
    const QCommandLineOption engine(u"engine"_s, u"native or plotly."_s, u"ENGINE"_s, u"native"_s);
    const QCommandLineOption interval(u"interval"_s, u"Tick every MS milliseconds."_s, u"MS"_s, u"5"_s);
    parser.addOptions({inputs, generate, seed, dataDir, engine, interval});
    parser.process(app);

    QTemporaryDir scratch;
    QString path = parser.value(inputs);
    if (path.isEmpty()) {
        if (!parser.isSet(generate)) {
            std::fprintf(stderr, "bench_responsiveness: give --inputs PATH or --generate N\n");
            return 2;
        }
        const auto exports = GuiBench::generateFleet(scratch.filePath(u"fleet"_s), parser.value(generate).toInt(),
                                                     parser.value(seed).toULongLong());
        if (!exports) {
            std::fprintf(stderr, "bench_responsiveness: %s\n", qPrintable(exports.error()));
            return 1;
        }
        path = *exports;
    }

    AppSettings settings(std::make_unique<QSettings>(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat));
    LaunchOptions options;
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : scratch.filePath(u"data"_s);
    options.engine = parser.value(engine) == u"plotly" ? ChartEngine::Kind::Plotly : ChartEngine::Kind::Native;
    options.windowSize = QSize(1200, 760);
    MainWindow window(options, settings);
    // Nobody is there to answer "which model?".
    window.setModelPrompt([](const MainWindow::ModelQuestion &) { return std::optional<QString>(); });
    window.show();
    window.start();

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    const auto waitIdle = [&]() -> bool {
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (window.isIdle())
                loop.exit(0);
        });
        poll.start(20);
        deadline.start(600000);
        return loop.exec() == 0;
    };
    if (!waitIdle()) {
        std::fprintf(stderr, "bench_responsiveness: the window did not become idle\n");
        return 1;
    }

    const double tickMs = qMax(1, parser.value(interval).toInt());
    QList<double> during;
    QList<double> after;
    bool imported = false;
    double importMs = 0;
    QElapsedTimer clock;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        (imported ? after : during).append(double(now - lastTick) / 1e6);
        lastTick = now;
    });
    QObject::connect(&window, &MainWindow::importFinished, &loop, [&](bool) {
        imported = true;
        importMs = double(clock.nsecsElapsed()) / 1e6;
    });
    clock.start();
    ticker.start(int(tickMs));
    window.importPaths({path});
    const bool idle = waitIdle() && imported;
    ticker.stop();
    const double totalMs = double(clock.nsecsElapsed()) / 1e6;
    if (!idle) {
        std::fprintf(stderr, "bench_responsiveness: the import did not finish within 10 minutes\n");
        return 1;
    }
    std::printf("engine       %s\n", options.engine == ChartEngine::Kind::Plotly ? "plotly" : "native");
    std::printf("import       %.0f ms until the import finished, %.0f ms until the window was idle\n", importMs, totalMs);
    printGaps("during", during, tickMs);
    printGaps("after", after, tickMs);
    QList<double> all = during + after;
    printGaps("all", all, tickMs);
    std::printf("peak RSS     %.0f MiB\n", GuiBench::peakRssMiB());
    return 0;
}
