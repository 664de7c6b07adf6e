// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/appactions.h"
#include "gui/shell/appsettings.h"
#include "gui/chart/chartengine.h"
#include "guitesthelpers.h"
#include "guitestmain.h"
#include "gui/import/importpanel.h"
#include "gui/shell/launchoptions.h"
#include "gui/shell/mainwindow.h"
#include "gui/chart/nativechartview.h"
#include "gui/chart/plotlychartview.h"
#include "core/report/chartdata.h"
#include "core/operations/operations.h"
#include "core/store/store.h"
#include "core/operations/operationservice.h"
#include "testsupport.h"
#include "gui/dashboard/vehicletablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QSqlQuery>
#include <QDropEvent>
#include <QMimeData>
#include <QPainter>
#include <QWebEnginePage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWebEngineView>
#include <QXYSeries>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int importTimeoutMs = 60000;
constexpr int webTimeoutMs = 90000;

// A window on a database and settings file of its own, in the test's folder.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;

    // readOnly: --read-only on the data folder `data` (default: a new one).
    explicit Fixture(bool readOnly = false, const QString &data = {})
    {
        settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
        LaunchOptions options;
        options.dataDir = data.isEmpty() ? dir.filePath(u"data"_s) : data;
        options.readOnly = readOnly;
        options.windowSize = QSize(1100, 760);
        window = std::make_unique<MainWindow>(options, *settings);
        // A test never waits for a click: "which model?" is not answered
        // unless a test says otherwise.
        window->setModelPrompt([](const MainWindow::ModelQuestion &) { return std::optional<QString>(); });
        window->show();
        window->start();
    }

    QString dataDir() const { return dir.filePath(u"data"_s); }
};

// What a file manager does when files are dropped on the window.
void drop(QWidget *target, const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime->setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

bool importAndWait(MainWindow &w, const QStringList &paths, bool viaDrop = false)
{
    QSignalSpy finished(&w, &MainWindow::importFinished);
    if (viaDrop)
        drop(&w, paths);
    else
        w.importPaths(paths);
    return finished.wait(importTimeoutMs) || finished.count() > 0;
}

// Runs one of the window's vehicle edits and waits for its outcome.
EditOutcome editAndWait(MainWindow &w, const std::function<void()> &edit)
{
    QSignalSpy finished(&w, &MainWindow::editFinished);
    edit();
    if (!finished.wait(importTimeoutMs) && finished.isEmpty())
        qFatal("the edit did not finish");
    return finished.first().first().value<EditOutcome>();
}

int plottedPoints(NativeChartView *view)
{
    int n = 0;
    for (QAbstractSeries *s : view->plottedSeries()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && s->type() == QAbstractSeries::SeriesTypeScatter)
            n += int(xy->count());
    }
    return n;
}

QStringList columnTexts(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(column));
    return texts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDatabaseShowsDropZone();
    void dropImportsFixture();
    void filterChangesPlottedSeries();
    void unknownModelPromptStoresAnswer();
    void declinedPromptIsNotRepeated();
    void errorsShowInResultList();
    void nativeExportsPng();
    void plotlyRendersOfflineAndExportsPng();
    void csvExport();
    void vehicleEdits();
    void demoFleetIsSeparate();
    void settingsRemembered();
    void darkPaletteChart();
    void largeFleetIsDrawnAsDensity();
    void databaseFailureUnderARunningWindowIsShown();
    void readOnlyDatabaseIsShownNotChanged();
    void damagedDatabaseAtStartIsShownNotChanged();
    void windowAndTwoCommandLinesImportTogether();
};

void TestMainWindow::emptyDatabaseShowsDropZone()
{
    Fixture f;
    QVERIFY(f.dir.isValid());
    QTRY_VERIFY(f.window->showsDropZone());
    QVERIFY(!f.window->isDemo());
    QVERIFY(!f.window->windowTitle().contains(u"Demo"_s));
    QVERIFY(f.window->isIdle());
}

void TestMainWindow::dropImportsFixture()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}, true));
    QCOMPARE(f.window->vehicleModel()->rowCount(), 1);
    QVERIFY(!f.window->showsDropZone());
    const VehicleSummary v = f.window->vehicleModel()->vehicles().first();
    QVERIFY(v.model.contains(u"i4"_s));
    // The filter offers "All models" and the imported model.
    QCOMPARE(f.window->modelCombo()->count(), 2);
    QVERIFY(f.window->modelCombo()->itemText(1).contains(u"i4"_s));
    // One result line, imported, with its rejected record shown on demand.
    QTreeWidget *results = f.window->importPanel()->results();
    QVERIFY(results->topLevelItemCount() >= 1);
    QVERIFY(columnTexts(results, ImportPanel::StatusColumn).contains(u"Imported"_s));
    // The drop did not freeze the window: it still answers events.
    QVERIFY(f.window->isIdle());
    // A second drop of the same files is reported as duplicate.
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}, true));
    QVERIFY(columnTexts(results, ImportPanel::StatusColumn).contains(u"Duplicate"_s));
    QCOMPARE(f.window->vehicleModel()->rowCount(), 1);
}

void TestMainWindow::filterChangesPlottedSeries()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s), TestSupport::fixture(u"api"_s),
                                      TestSupport::fixture(u"keylist"_s)}));
    QCOMPARE(f.window->vehicleModel()->rowCount(), 2);
    QComboBox *combo = f.window->modelCombo();
    QCOMPARE(combo->count(), 3); // all + two models
    auto *native = qobject_cast<NativeChartView *>(f.window->chartEngine()->widget());
    QVERIFY(native);
    const int all = plottedPoints(native);
    QVERIFY(all > 0);
    QSet<QString> counts;
    for (int i = 1; i < combo->count(); ++i) {
        f.window->setModelFilter(combo->itemData(i).toString());
        QCOMPARE(f.window->vehicleModel()->rowCount(), 1);
        const QString key = f.window->vehicleModel()->vehicles().first().key;
        for (const ChartPoint &p : f.window->chartEngine()->chartData().points)
            QCOMPARE(p.vehicleKey, key);
        const int n = plottedPoints(native);
        QVERIFY2(n < all, "a single model shows fewer points than all models");
        counts.insert(key);
    }
    QCOMPARE(counts.size(), 2);
    f.window->setModelFilter({});
    QCOMPARE(plottedPoints(native), all);
    // Selecting a row highlights that vehicle on the chart.
    const QString key = f.window->vehicleModel()->vehicles().first().key;
    f.window->selectVehicle(key);
    QCOMPARE(f.window->selectedVehicle(), key);
    int selected = 0;
    for (const ChartPoint &p : f.window->chartEngine()->chartData().points)
        selected += p.selected ? 1 : 0;
    QVERIFY(selected > 0);
    bool highlighted = false;
    for (QAbstractSeries *s : native->plottedSeries())
        highlighted |= s->objectName().startsWith(u"selected"_s);
    QVERIFY(highlighted);
}

void TestMainWindow::unknownModelPromptStoresAnswer()
{
    Fixture f;
    // The charging history alone does not name the model.
    const QString json = u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s;
    QVERIFY(QFile::copy(TestSupport::fixture(u"current/"_s + json), f.dir.filePath(json)));
    QList<MainWindow::ModelQuestion> asked;
    f.window->setModelPrompt([&asked](const MainWindow::ModelQuestion &q) {
        asked.append(q);
        return std::optional<QString>(u"i4 eDrive40"_s);
    });
    QVERIFY(importAndWait(*f.window, {f.dir.filePath(json)}));
    QCOMPARE(asked.size(), 1);
    QVERIFY(!asked.first().vehicleKey.isEmpty());
    QVERIFY(asked.first().file.endsWith(json));
    QCOMPARE(f.window->vehicleModel()->vehicles().first().model, u"i4 eDrive40"_s);
    // Stored, with the estimate recomputed for the model's capacity.
    auto ops = Operations::open(f.dataDir());
    QVERIFY(ops);
    const auto v = *(*ops)->vehicle(asked.first().vehicleKey);
    QVERIFY(v);
    QCOMPARE(v->model, u"i4 eDrive40"_s);
    QCOMPARE(v->modelSource, u"user"_s);
    QVERIFY(v->capacityNewKwh.has_value());
    QVERIFY(f.window->modelCombo()->itemText(1).contains(u"i4"_s));
}

void TestMainWindow::declinedPromptIsNotRepeated()
{
    Fixture f;
    const QString json = u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s;
    const QString older = u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_20-06-2024.json"_s;
    QVERIFY(QFile::copy(TestSupport::fixture(u"current/"_s + json), f.dir.filePath(json)));
    QVERIFY(QFile::copy(TestSupport::fixture(u"older/"_s + older), f.dir.filePath(older)));
    int asked = 0;
    f.window->setModelPrompt([&asked](const MainWindow::ModelQuestion &) {
        ++asked;
        return std::optional<QString>();
    });
    QVERIFY(importAndWait(*f.window, {f.dir.filePath(json)}));
    QCOMPARE(asked, 1);
    QVERIFY(f.window->vehicleModel()->vehicles().first().model.isEmpty());
    QVERIFY(importAndWait(*f.window, {f.dir.filePath(older)}));
    QCOMPARE(asked, 1); // asked once per vehicle; Vehicle → Set model is the way to change it later
}

void TestMainWindow::errorsShowInResultList()
{
    Fixture f;
    const QString broken = f.dir.filePath(u"BMW-CarData-Ladehistorie_broken.json"_s);
    QVERIFY(TestSupport::writeFile(broken, "this is not JSON"));
    const QString missing = f.dir.filePath(u"does-not-exist.zip"_s);
    QVERIFY(importAndWait(*f.window, {broken, missing}, true));
    QTreeWidget *results = f.window->importPanel()->results();
    QCOMPARE(columnTexts(results, ImportPanel::StatusColumn).count(u"Error"_s), 2);
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        QVERIFY2(!results->topLevelItem(i)->text(ImportPanel::DetailsColumn).isEmpty(), "the error says what is wrong");
    QVERIFY(f.window->showsDropZone()); // nothing was stored
}

void TestMainWindow::nativeExportsPng()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}));
    for (const QSize size : {f.window->chartPixelSize(), QSize(1600, 900)}) {
        QVERIFY(!size.isEmpty());
        const QString path = f.dir.filePath(u"native-%1.png"_s.arg(size.width()));
        bool done = false;
        bool ok = false;
        QString message;
        f.window->exportChartPng(path, size, [&](bool success, const QString &text) {
            done = true;
            ok = success;
            message = text;
        });
        QTRY_VERIFY(done);
        QVERIFY2(ok, qPrintable(message));
        const QImage image(path);
        QCOMPARE(image.size(), size);
        QVERIFY2(GuiTest::distinctColours(image) > 8, "the exported chart is not blank");
    }
}

void TestMainWindow::plotlyRendersOfflineAndExportsPng()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}));
    f.window->setChartEngine(ChartEngine::Kind::Plotly);
    ChartEngine *engine = f.window->chartEngine();
    QCOMPARE(engine->kind(), ChartEngine::Kind::Plotly);
    QTRY_VERIFY_WITH_TIMEOUT(engine->isReady(), webTimeoutMs);
    // The page's own flag, read directly, and the traces it drew.
    auto *view = qobject_cast<QWebEngineView *>(engine->widget());
    QVERIFY(view);
    QVariant flag;
    view->page()->runJavaScript(u"window.plotReady === true && typeof Plotly === 'object'"_s,
                                [&flag](const QVariant &v) { flag = v; });
    QTRY_VERIFY_WITH_TIMEOUT(flag.isValid(), webTimeoutMs);
    QVERIFY(flag.toBool());
    QVariant traces;
    view->page()->runJavaScript(u"document.getElementById('plot').data.length"_s,
                                [&traces](const QVariant &v) { traces = v; });
    QTRY_VERIFY_WITH_TIMEOUT(traces.isValid(), webTimeoutMs);
    QVERIFY(traces.toInt() >= 1);

    const QSize size(900, 560);
    const QString path = f.dir.filePath(u"plotly.png"_s);
    bool done = false;
    bool ok = false;
    QString message;
    f.window->exportChartPng(path, size, [&](bool success, const QString &text) {
        done = true;
        ok = success;
        message = text;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, webTimeoutMs);
    QVERIFY2(ok, qPrintable(message));
    const QImage image(path);
    QCOMPARE(image.size(), size);
    QVERIFY2(GuiTest::distinctColours(image) > 8, "the exported Plotly chart is not blank");

    // The same data as the native engine, and the choice is remembered.
    QCOMPARE(f.settings->chartEngine(), ChartEngine::Kind::Plotly);
    const int plotlyPoints = int(engine->chartData().points.size());
    f.window->setChartEngine(ChartEngine::Kind::Native);
    QCOMPARE(int(f.window->chartEngine()->chartData().points.size()), plotlyPoints);
}

void TestMainWindow::csvExport()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}));
    f.window->selectVehicle(f.window->vehicleModel()->vehicles().first().key);
    const QString path = f.dir.filePath(u"data.csv"_s);
    const auto saved = f.window->exportCsv(path);
    QVERIFY2(saved, qPrintable(TestSupport::errorText(saved)));
    const QByteArray csv = TestSupport::readFile(path);
    QVERIFY(csv.startsWith("type,vehicle,"));
    QVERIFY(csv.contains("\npoint,"));
    QVERIFY(csv.contains("\nband,"));
    const auto failed = f.window->exportCsv(f.dir.filePath(u"no/such/folder/data.csv"_s));
    QVERIFY(!failed);
    QVERIFY(!failed.error().isEmpty());
}

void TestMainWindow::vehicleEdits()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}));
    const QString key = f.window->vehicleModel()->vehicles().first().key;
    MainWindow &w = *f.window;
    QVERIFY(editAndWait(w, [&] { w.setVehicleCapacity(key, 70.0); }).ok());
    QCOMPARE(f.window->vehicleModel()->vehicles().first().capacityNewOverrideKwh, std::optional<double>(70.0));
    QVERIFY(!editAndWait(w, [&] { w.setVehicleCapacity(key, -3.0); }).ok());
    QVERIFY(editAndWait(w, [&] { w.setVehicleCapacity(key, std::nullopt); }).ok());
    QVERIFY(!f.window->vehicleModel()->vehicles().first().capacityNewOverrideKwh);
    QVERIFY(editAndWait(w, [&] { w.setVehicleModel(key, u"i4 M50"_s); }).ok());
    QCOMPARE(f.window->vehicleModel()->vehicles().first().model, u"i4 M50"_s);
    QVERIFY(editAndWait(w, [&] { w.forgetVehicle(key); }).ok());
    QCOMPARE(f.window->vehicleModel()->rowCount(), 0);
    QVERIFY(f.window->showsDropZone());
}

void TestMainWindow::demoFleetIsSeparate()
{
    Fixture f;
    QSignalSpy loaded(f.window.get(), &MainWindow::demoLoaded);
    f.window->loadDemoFleet();
    QVERIFY(f.window->isDemo());
    QVERIFY(loaded.wait(importTimeoutMs) || loaded.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(f.window->isIdle(), importTimeoutMs);
    QVERIFY(f.window->vehicleModel()->rowCount() > 3);
    QVERIFY(f.window->windowTitle().contains(u"Demo"_s));
    QCOMPARE(QDir(f.window->dataDir()).dirName(), u"demo"_s);
    // The user's own database stays empty.
    auto own = Operations::open(f.dataDir());
    QVERIFY(own);
    QVERIFY((*own)->vehicles()->isEmpty());
    // Dropping own files leaves the demo and imports into the own database.
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}, true));
    QVERIFY(!f.window->isDemo());
    QCOMPARE(f.window->vehicleModel()->rowCount(), 1);
    QVERIFY(!f.window->windowTitle().contains(u"Demo"_s));
}

void TestMainWindow::settingsRemembered()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}));
    f.window->setXAxis(ChartOptions::XAxis::Date);
    f.window->setYUnit(ChartOptions::YUnit::SohPercent);
    f.window->setDistance(ChartOptions::Distance::Miles);
    f.window->setModelFilter(f.window->modelCombo()->itemData(1).toString());
    f.window->close();
    QCOMPARE(f.settings->xAxis(), ChartOptions::XAxis::Date);
    QCOMPARE(f.settings->yUnit(), ChartOptions::YUnit::SohPercent);
    QCOMPARE(f.settings->distance(), ChartOptions::Distance::Miles);
    QVERIFY(!f.settings->modelFilter().isEmpty());
    QVERIFY(!f.settings->geometry().isEmpty());
    // A new window starts with them.
    LaunchOptions options;
    options.dataDir = f.dataDir();
    MainWindow again(options, *f.settings);
    again.show();
    again.start();
    QCOMPARE(again.chartOptions().xAxis, ChartOptions::XAxis::Date);
    QCOMPARE(again.modelFilter(), f.settings->modelFilter());
    QCOMPARE(again.modelCombo()->currentIndex(), 1);
}

void TestMainWindow::darkPaletteChart()
{
    // A dark desktop theme: the chart follows the palette instead of
    // staying a white rectangle.
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    {
        Fixture f;
        QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s)}));
        const QString path = f.dir.filePath(u"dark.png"_s);
        bool done = false;
        f.window->exportChartPng(path, QSize(800, 500), [&](bool, const QString &) { done = true; });
        QTRY_VERIFY(done);
        const QImage image(path);
        QVERIFY(!image.isNull());
        qint64 sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7, ++n)
                sum += qGray(image.pixel(x, y));
        }
        QVERIFY2(sum / n < 100, "the chart background is dark in a dark palette");
        QVERIFY(GuiTest::distinctColours(image) > 8);
    }
    QApplication::setPalette(original);
}

namespace {

// `vehicles` vehicles of `points` points each, capacities 70..78.9 kWh over
// 0..points km, called `key`-0, `key`-1, ...
QList<VehicleHealthView> fleetViews(int vehicles, int points, const QString &key = u"fleet"_s)
{
    QList<VehicleHealthView> views;
    for (int v = 0; v < vehicles; ++v) {
        VehicleHealthView view;
        view.vehicle.key = u"%1-%2"_s.arg(key).arg(v);
        view.vehicle.model = u"i4 eDrive40"_s;
        view.group = u"i4"_s;
        for (int i = 0; i < points; ++i) {
            CapacityPoint p;
            p.time = 1700000000 + qint64(i) * 86400;
            p.mileageKm = 10.0 * i;
            p.capacityKwh = 70 + ((i * 37 + v * 11) % 90) / 10.0;
            p.sigmaKwh = 1;
            view.points.append(p);
        }
        views.append(view);
    }
    return views;
}

} // namespace

void TestMainWindow::largeFleetIsDrawnAsDensity()
{
    // 20 other vehicles of 1,000 points (cap 3,000) and the selected one's 150.
    QList<VehicleHealthView> views = fleetViews(20, 1000);
    views.append(fleetViews(1, 150, u"mine"_s));
    ChartOptions options;
    options.yUnit = ChartOptions::YUnit::Kwh;
    options.selectedKey = u"mine-0"_s;
    const ChartData data = ChartData::build(views, options);
    QCOMPARE(data.points.size(), 150); // only the selected vehicle's, one by one
    QCOMPARE(data.density.sessions, 20000);
    quint64 counted = 0;
    for (quint32 n : data.density.counts)
        counted += n;
    QCOMPARE(counted, 20000u);
    // The chart file still has every point.
    QCOMPARE(data.toCsv().count("\npoint,"), 20150);

    NativeChartView view;
    view.setChartData(data);
    int background = 0;
    int selected = 0;
    bool densityInLegend = false;
    for (QAbstractSeries *s : view.plottedSeries()) {
        densityInLegend |= s->objectName() == u"density"_s;
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy || s->type() != QAbstractSeries::SeriesTypeScatter)
            continue;
        (s->objectName().startsWith(u"selected"_s) ? selected : background) += int(xy->count());
    }
    QCOMPARE(selected, 150);
    QCOMPARE(background, 0);
    QVERIFY(densityInLegend);
    const QImage image = view.densityImage();
    QCOMPARE(image.size(), QSize(ChartData::densityColumns, ChartData::densityRows));
    QVERIFY2(view.chart()->title().contains(u"20,000 sessions are drawn as a density"_s), qPrintable(view.chart()->title()));
    // The image is on screen where the fleet's points are, beyond the
    // selected vehicle's: blue at 8,300 km and 74.6 kWh, nothing beyond the
    // fleet's highest mileage.
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QImage shot(view.viewport()->size(), QImage::Format_ARGB32);
    shot.fill(Qt::white);
    {
        QPainter painter(&shot);
        view.viewport()->render(&painter);
    }
    QAbstractSeries *anchor = view.plottedSeries().constFirst();
    // The share of blue pixels between two mileages, over 70.5..78.5 kWh.
    const auto blueShare = [&](double fromKm, double toKm) {
        const auto at = [&](double km, double kwh) {
            return view.mapFromScene(view.chart()->mapToScene(view.chart()->mapToPosition(QPointF(km, kwh), anchor)));
        };
        const QRect area = QRect(at(fromKm, 78.5), at(toKm, 70.5)).normalized();
        int blue = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                blue += c.blue() > c.red() + 60 ? 1 : 0;
            }
        }
        return double(blue) / double(area.width() * area.height());
    };
    QVERIFY2(blueShare(3000, 9500) > 0.3, qPrintable(QString::number(blueShare(3000, 9500))));
    QCOMPARE(blueShare(10500, 14500), 0.0);

    // Plotly draws the same image under its traces.
    PlotlyChartView plotly;
    plotly.resize(800, 500);
    plotly.setChartData(data);
    plotly.show();
    QTRY_VERIFY_WITH_TIMEOUT(plotly.isReady(), webTimeoutMs);
    QVariant images;
    plotly.page()->runJavaScript(
        u"(function(){const p=document.getElementById('plot');return p.layout.images.length + ':' + "
        "p.layout.images[0].source.startsWith('data:image/png;base64,') + ':' + p.data.length;})()"_s,
        [&images](const QVariant &v) { images = v; });
    QTRY_VERIFY_WITH_TIMEOUT(images.isValid(), webTimeoutMs);
    // The band (3 traces), the density's legend entry and extent, the selected vehicle.
    QCOMPARE(images.toString(), u"1:true:6"_s);

    // Below the cap nothing is counted and nothing is said.
    const ChartData small = ChartData::build(fleetViews(3, 1000), options);
    QVERIFY(small.density.isEmpty());
    view.setChartData(small);
    QCOMPARE(plottedPoints(&view), 3000);
    QVERIFY(view.densityImage().isNull());
    QVERIFY(!view.chart()->title().contains(u"density"_s));
}

void TestMainWindow::databaseFailureUnderARunningWindowIsShown()
{
    Fixture f;
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"current"_s), TestSupport::fixture(u"api"_s)}));
    QCOMPARE(f.window->vehicleModel()->rowCount(), 2);
    // Another program damages the database while the window is open.
    {
        auto other = Operations::open(f.dataDir());
        QVERIFY(other);
        QSqlQuery q(QSqlDatabase::database((*other)->store().connectionName()));
        QVERIFY(q.exec(u"ALTER TABLE battery_health RENAME TO battery_health_gone"_s));
    }
    // The next read says so, instead of showing an empty database.
    f.window->setModelFilter(f.window->modelCombo()->itemData(1).toString());
    QVERIFY(f.window->showsDatabaseError());
    QVERIFY(!f.window->showsDropZone());
    QVERIFY2(f.window->databaseError().startsWith(u"cannot read the vehicles: no such table: "_s),
             qPrintable(f.window->databaseError()));
    // Nothing can be changed or exported from data that cannot be read.
    for (QAction *a : f.window->findChildren<QAction *>()) {
        if (a->text().contains(u"Export"_s) || a->text().contains(u"Forget"_s))
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
    // An import into it fails with the database's own words, and the window
    // stays on the error.
    QVERIFY(importAndWait(*f.window, {TestSupport::fixture(u"older"_s)}));
    QVERIFY(f.window->showsDatabaseError());
    QTreeWidget *results = f.window->importPanel()->results();
    const QString details = results->topLevelItem(results->topLevelItemCount() - 1)->text(ImportPanel::DetailsColumn);
    QVERIFY2(details.contains(u"battery_health"_s), qPrintable(details));
}

void TestMainWindow::readOnlyDatabaseIsShownNotChanged()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    {
        auto ops = Operations::open(data);
        QVERIFY(ops);
        const auto run = (*ops)->importPaths({TestSupport::fixture(u"current"_s), TestSupport::fixture(u"api"_s)}, {});
        QVERIFY(run && !run->failed());
    }
    const QString database = QDir(data).filePath(QString::fromLatin1(Store::databaseFileName));
    const QByteArray before = TestSupport::readFile(database);

    Fixture f(true, data);
    QVERIFY(QTest::qWaitFor([&] { return f.window->isIdle(); }, importTimeoutMs));
    // Shown as it is, marked read-only.
    QCOMPARE(f.window->vehicleModel()->rowCount(), 2);
    QVERIFY(!f.window->showsDatabaseError());
    auto *badge = f.window->findChild<QLabel *>(u"readOnlyBadge"_s);
    QVERIFY(badge);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"Read-only"_s);
    // Nothing that would change it can be started...
    f.window->selectVehicle(f.window->vehicleModel()->vehicles().first().key);
    const AppActions &a = *f.window->appActions();
    for (const QAction *action : {a.importFiles, a.importFolder, a.setModel, a.setCapacity, a.forget, a.fetchOnline,
                                  a.connectOnline})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    QVERIFY(a.exportCsv->isEnabled());
    // ...and files dropped on it are refused with a reason.
    QSignalSpy finished(f.window.get(), &MainWindow::importFinished);
    drop(f.window.get(), {TestSupport::fixture(u"keylist"_s)});
    QVERIFY(f.window->statusBar()->currentMessage().startsWith(u"Read-only database: This database can only be viewed here"_s));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(f.window->vehicleModel()->rowCount(), 2);
    QCOMPARE(TestSupport::readFile(database), before);
}

void TestMainWindow::damagedDatabaseAtStartIsShownNotChanged()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    {
        auto ops = Operations::open(data);
        QVERIFY(ops);
        QVERIFY((*ops)->importPaths({TestSupport::fixture(u"current"_s)}, {}));
    }
    const QString database = QDir(data).filePath(QString::fromLatin1(Store::databaseFileName));
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(64, 'x')); // the header
    }
    const QByteArray before = TestSupport::readFile(database);

    Fixture f(false, data);
    // The error, not the welcome screen, and what to do about it.
    QVERIFY(f.window->showsDatabaseError());
    QVERIFY(!f.window->showsDropZone());
    QCOMPARE(f.window->databaseError(),
             u"Cannot use the database %1: it is damaged or not a database (its first bytes are not an SQLite header). "
             "Nothing was changed."_s.arg(QDir::toNativeSeparators(database)));
    QVERIFY(f.window->findChild<QPushButton *>(u"retryDatabase"_s));
    QVERIFY(f.window->findChild<QPushButton *>(u"openDataFolder"_s));
    // Nothing can be imported into it, nor changed or exported.
    const AppActions &a = *f.window->appActions();
    for (const QAction *action : {a.importFiles, a.importFolder, a.setModel, a.setCapacity, a.forget, a.exportCsv, a.exportPng})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    // The demo fleet, a database of its own, still opens.
    QVERIFY(a.demo->isEnabled());
    QCOMPARE(TestSupport::readFile(database), before);
}

void TestMainWindow::windowAndTwoCommandLinesImportTogether()
{
    QTemporaryDir work;
    const QString fleet = work.filePath(u"fleet"_s);
    QCOMPARE(TestSupport::runCli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"12"_s, u"--seed"_s, u"6"_s}, work.path()).exitCode, 0);
    const QString exports = QDir(fleet).filePath(u"exports"_s);

    // The window and two command lines import the same fleet into a new
    // data folder at the same moment.
    Fixture f;
    const QStringList args{u"--data-dir"_s, f.dataDir(), u"import"_s, u"--json"_s, exports};
    QProcess first, second;
    for (QProcess *p : {&first, &second})
        p->start(TestSupport::cliPath(), args);
    QVERIFY(importAndWait(*f.window, {exports}));
    for (QProcess *p : {&first, &second}) {
        QVERIFY(p->state() == QProcess::NotRunning || p->waitForFinished(importTimeoutMs));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
    }
    // The window saw each file imported or as a duplicate, never an error.
    const QStringList statuses = columnTexts(f.window->importPanel()->results(), ImportPanel::StatusColumn);
    QVERIFY(!statuses.isEmpty());
    for (const QString &status : statuses)
        QVERIFY2(status == u"Imported"_s || status == u"Duplicate"_s, qPrintable(status));

    // One database, as one import alone makes it: every car once, every
    // estimate current.
    const QString alone = work.filePath(u"alone"_s);
    QVERIFY(QDir().mkpath(alone));
    QVERIFY(QFile::copy(QDir(f.dataDir()).filePath(u"installation-secret"_s), QDir(alone).filePath(u"installation-secret"_s)));
    QCOMPARE(TestSupport::runCli({u"--data-dir"_s, alone, u"import"_s, exports}, work.path()).exitCode, 0);
    const auto vehicles = [&](const QString &dir) {
        return TestSupport::runCli({u"--data-dir"_s, dir, u"vehicles"_s, u"--json"_s}, work.path()).out;
    };
    QCOMPARE(vehicles(f.dataDir()), vehicles(alone));
    QCOMPARE(f.window->vehicleModel()->rowCount(), 12);
}

CARDATA_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
