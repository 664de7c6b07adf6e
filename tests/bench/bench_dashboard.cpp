// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Dashboard benchmark: how long the dashboard takes to show a database, and
// to redraw after each thing a person does, with either chart engine.
//
//   bench_dashboard --data-dir DIR [--engine native|plotly] [--repeat R]
//   bench_dashboard --generate N [--seed S] [--engine ...]
//
// --data-dir reads an existing database (made with cardata-health-cli
// import, e.g. from bench_import's inputs) without changing it; --generate
// imports a generated fleet of N vehicles into a temporary folder first.
// Measured in the process, from the moment the database is open:
//   launch   reading the database, building the chart and the table, and
//            the chart drawn (Plotly: its page says it has drawn)
//   filter   each model of the filter, in turn, then all models again
//   axis     by date, then by mileage again
//   select   the first vehicle of the table, then none
// Each step ends when the window has painted (the engine ready and the
// paint events handled). Times are wall-clock; peak RSS is the process's.
// No step is judged: the figures are reported (docs/performance.md).
#include "core/operations/operations.h"
#include "core/report/chartdata.h"
#include "gui/chart/chartengine.h"
#include "gui/dashboard/dashboard.h"
#include "guibench.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Until the engine has drawn and the window has painted; false after 60 s.
bool settle(Dashboard &dashboard)
{
    QElapsedTimer timer;
    timer.start();
    while (!dashboard.isReady()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (timer.elapsed() > 60000)
            return false;
        if (!dashboard.isReady())
            QThread::msleep(1);
    }
    dashboard.repaint();
    QCoreApplication::processEvents();
    return true;
}

struct Timing
{
    QList<double> ms;
    void add(double v) { ms.append(v); }
    void print(const char *name) const
    {
        if (ms.isEmpty()) {
            std::printf("%-10s (nothing to switch to)\n", name);
            return;
        }
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        std::printf("%-10s median %8.1f ms   max %8.1f ms   (%lld runs)\n", name, sorted[sorted.size() / 2],
                    sorted.last(), static_cast<long long>(sorted.size()));
    }
};

template<typename Step>
bool timed(Dashboard &dashboard, Timing &timing, Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    if (!settle(dashboard))
        return false;
    timing.add(double(timer.nsecsElapsed()) / 1e6);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    GuiBench::prepareApplication();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Dashboard launch and switch times on a database."_s);
    parser.addHelpOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"An existing data folder (read only)."_s, u"DIR"_s);
    const QCommandLineOption generate(u"generate"_s, u"Import a generated fleet of N vehicles first."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"The generated fleet's seed."_s, u"S"_s, u"1"_s);
    const QCommandLineOption engine(u"engine"_s, u"native or plotly."_s, u"ENGINE"_s, u"native"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Rounds of switching."_s, u"R"_s, u"3"_s);
    parser.addOptions({dataDir, generate, seed, engine, repeat});
    parser.process(app);

    QTemporaryDir scratch;
    QString dir = parser.value(dataDir);
    if (dir.isEmpty()) {
        if (!parser.isSet(generate)) {
            std::fprintf(stderr, "bench_dashboard: give --data-dir DIR or --generate N\n");
            return 2;
        }
        const auto exports = GuiBench::generateFleet(scratch.filePath(u"fleet"_s), parser.value(generate).toInt(),
                                                     parser.value(seed).toULongLong());
        if (!exports) {
            std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(exports.error()));
            return 1;
        }
        dir = scratch.filePath(u"data"_s);
        auto ops = Operations::open(dir);
        if (!ops) {
            std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(ops.error()));
            return 1;
        }
        auto run = (*ops)->importPaths({*exports}, {});
        if (!run || run->failed()) {
            std::fprintf(stderr, "bench_dashboard: the generated fleet did not import\n");
            return 1;
        }
    }
    const ChartEngine::Kind kind = parser.value(engine) == u"plotly" ? ChartEngine::Kind::Plotly : ChartEngine::Kind::Native;
    const double rssBefore = GuiBench::peakRssMiB();

    QElapsedTimer launchTimer;
    launchTimer.start();
    auto reader = Operations::open(dir, true);
    if (!reader) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(reader.error()));
        return 1;
    }
    ChartOptions options;
    Dashboard dashboard(options, QString());
    dashboard.resize(1200, 760);
    dashboard.setChartEngine(kind);
    if (auto read = dashboard.reload(reader->get()); !read) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(read.error()));
        return 1;
    }
    dashboard.show();
    if (!settle(dashboard)) {
        std::fprintf(stderr, "bench_dashboard: the chart was not drawn within 60 s\n");
        return 1;
    }
    const double launchMs = double(launchTimer.nsecsElapsed()) / 1e6;

    Timing filter;
    Timing axis;
    Timing select;
    bool ok = true;
    for (int round = 0; ok && round < parser.value(repeat).toInt(); ++round) {
        QComboBox *combo = dashboard.modelCombo();
        for (int i = 1; ok && i < combo->count(); ++i)
            ok = timed(dashboard, filter, [&] { dashboard.setModelFilter(combo->itemData(i).toString()); });
        if (ok && combo->count() > 1)
            ok = timed(dashboard, filter, [&] { dashboard.setModelFilter(QString()); });
        ok = ok && timed(dashboard, axis, [&] { dashboard.setXAxis(ChartOptions::XAxis::Date); });
        ok = ok && timed(dashboard, axis, [&] { dashboard.setXAxis(ChartOptions::XAxis::Mileage); });
        const QModelIndex first = dashboard.vehicleTable()->model()->index(0, 0);
        if (ok && first.isValid()) {
            ok = timed(dashboard, select, [&] { dashboard.vehicleTable()->setCurrentIndex(first); });
            ok = ok && timed(dashboard, select, [&] { dashboard.vehicleTable()->setCurrentIndex({}); });
        }
    }
    if (!ok) {
        std::fprintf(stderr, "bench_dashboard: a redraw did not finish within 60 s\n");
        return 1;
    }
    std::printf("engine     %s\n", kind == ChartEngine::Kind::Plotly ? "plotly" : "native");
    std::printf("vehicles   %d\n", dashboard.vehicleCount());
    const ChartData &shown = dashboard.chartEngine()->chartData();
    std::printf("cloud      %lld points drawn, %lld sessions as a density\n", static_cast<long long>(shown.points.size()),
                static_cast<long long>(shown.density.sessions));
    std::printf("launch     %8.1f ms   (open, read, draw, paint)\n", launchMs);
    filter.print("filter");
    axis.print("axis");
    select.print("select");
    std::printf("peak RSS   %.0f MiB (%.0f MiB before opening the database)\n", GuiBench::peakRssMiB(), rssBefore);
    return 0;
}
