// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/mainwindow.h"

#include "core/operations/operations.h"
#include "core/operations/operationservice.h"
#include "gui/chart/chartexporter.h"
#include "gui/common/icons.h"
#include "gui/common/workspace.h"
#include "gui/dashboard/dashboard.h"
#include "gui/import/dropzone.h"
#include "gui/import/importpanel.h"
#include "gui/online/onlinecontroller.h"
#include "gui/shell/aboutbox.h"
#include "gui/shell/appactions.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/databasedialog.h"
#include "gui/shell/sharedialog.h"
#include "gui/shell/databaseerrorpage.h"
#include "gui/shell/idlescreenshot.h"
#include "gui/vehicles/modeldialog.h"
#include "gui/vehicles/vehicleeditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Page { DropPage, DashboardPage, ErrorPage };

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

MainWindow::MainWindow(const LaunchOptions &options, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    m_workspace = new Workspace(options.dataDir, options.readOnly, this);
    m_actions = new AppActions(settings, this);
    createPages();
    createDock();
    m_imports = new ImportController(*m_workspace, *m_importPanel, this);
    m_editor = new VehicleEditor(*m_workspace, this, this);
    m_exporter = new ChartExporter(this, this);
    // The account belongs to the own data, whichever database is shown.
    m_online = new OnlineController(options.dataDir, this);
    m_imports->setModelPrompt([this](const ModelQuestion &q) -> std::optional<QString> {
        const QString file = QFileInfo(q.file).fileName();
        ModelDialog dialog(tr("The export %1 does not say which model vehicle %2 is (%n session(s)). Which model is "
                              "it?",
                              "", q.sessions)
                               .arg(file.isEmpty() ? tr("(unnamed)") : file, q.vehicleKey.left(8)),
                           QString(), this);
        if (dialog.exec() != QDialog::Accepted || dialog.model().isEmpty())
            return std::nullopt;
        return dialog.model();
    });
    m_actions->buildMenus(menuBar(), m_importDock->toggleViewAction());
    m_dashboard->setVehicleActions(m_actions->vehicleActions());
    m_dashboard->setSelectFirst(options.selectFirst);
    connectActions();
    connectParts();
    restoreSettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The worker thread first: it may still report into widgets.
    m_imports->cancel();
    delete m_imports;
    delete m_workspace;
}

// --- construction ----------------------------------------------------------

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_dropZone = new DropZone;
    auto *dropPage = new QWidget(m_pages); // keeps the dashed frame off the window's edges
    auto *dropLayout = new QVBoxLayout(dropPage);
    dropLayout->setContentsMargins(16, 16, 16, 16);
    dropLayout->addWidget(m_dropZone);
    m_pages->insertWidget(DropPage, dropPage);
    ChartOptions options;
    options.xAxis = m_settings.xAxis();
    options.yUnit = m_settings.yUnit();
    options.distance = m_settings.distance();
    options.showOutliers = m_settings.showOutliers();
    options.includeShared = m_settings.includeShared();
    m_dashboard = new Dashboard(options, m_settings.modelFilter(), m_pages);
    m_pages->insertWidget(DashboardPage, m_dashboard);
    m_errorPage = new DatabaseErrorPage(m_pages);
    m_pages->insertWidget(ErrorPage, m_errorPage);
    setCentralWidget(m_pages);

    m_demoBadge = new QLabel(this);
    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->setText(tr("DEMO FLEET — synthetic cars, not your data"));
    m_demoBadge->setStyleSheet(u"QLabel#demoBadge { background: #8e44ad; color: white; padding: 2px 8px; "
                               "border-radius: 4px; font-weight: bold; }"_s);
    m_demoBadge->hide();
    m_readOnlyBadge = new QLabel(tr("Read-only"), this);
    m_readOnlyBadge->setObjectName(u"readOnlyBadge"_s);
    m_readOnlyBadge->setToolTip(tr("This database can only be viewed here (it was opened read-only, or its file, "
                                   "folder or disk cannot be written): nothing can be imported or changed."));
    m_readOnlyBadge->setStyleSheet(u"QLabel#readOnlyBadge { background: #7f8c8d; color: white; padding: 2px 8px; "
                                   "border-radius: 4px; font-weight: bold; }"_s);
    m_readOnlyBadge->hide();
    m_statusVehicles = new QLabel(this);
    m_statusOnline = new QLabel(this);
    m_statusUpdating = new QLabel(this);
    m_statusUpdating->setObjectName(u"statusUpdating"_s);
    statusBar()->addPermanentWidget(m_demoBadge);
    statusBar()->addPermanentWidget(m_readOnlyBadge);
    statusBar()->addPermanentWidget(m_statusUpdating);
    statusBar()->addPermanentWidget(m_statusOnline);
    statusBar()->addPermanentWidget(m_statusVehicles);
}

void MainWindow::createDock()
{
    m_importPanel = new ImportPanel(this);
    m_importDock = new QDockWidget(tr("Import"), this);
    m_importDock->setObjectName(u"importDock"_s);
    m_importDock->setWidget(m_importPanel);
    m_importDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();
}

void MainWindow::connectActions()
{
    AppActions &a = *m_actions;
    connect(a.importFiles, &QAction::triggered, this, [this] { m_imports->chooseFiles(this); });
    connect(a.importFolder, &QAction::triggered, this, [this] { m_imports->chooseFolder(this); });
    connect(a.cancelImport, &QAction::triggered, this, &MainWindow::cancelImport);
    connect(a.demo, &QAction::triggered, this, &MainWindow::loadDemoFleet);
    connect(a.ownData, &QAction::triggered, this, &MainWindow::showOwnData);
    connect(a.exportPng, &QAction::triggered, this, [this] { m_exporter->choosePng(*chartEngine(), false); });
    connect(a.exportPngSize, &QAction::triggered, this, [this] { m_exporter->choosePng(*chartEngine(), true); });
    connect(a.exportCsv, &QAction::triggered, this, [this] { m_exporter->chooseCsv(*chartEngine()); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.setModel, &QAction::triggered, this, [this] { m_editor->editModel(selectedVehicle()); });
    connect(a.setCapacity, &QAction::triggered, this, [this] { m_editor->editCapacity(selectedVehicle()); });
    connect(a.forget, &QAction::triggered, this, [this] { m_editor->confirmForget(selectedVehicle()); });
    connect(a.connectOnline, &QAction::triggered, this, [this] { m_online->showConnectDialog(this); });
    connect(a.fetchOnline, &QAction::triggered, this, &MainWindow::fetchOnline);
    connect(a.disconnectOnline, &QAction::triggered, this, [this] { m_online->disconnectAccount(this); });
    connect(a.fetchAtStart, &QAction::toggled, this, [this](bool on) { m_settings.setFetchAtStart(on); });
    connect(a.database, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(a.nativeChart, &QAction::triggered, this, [this] { setChartEngine(ChartEngine::Kind::Native); });
    connect(a.plotlyChart, &QAction::triggered, this, [this] { setChartEngine(ChartEngine::Kind::Plotly); });
    connect(a.byMileage, &QAction::triggered, this, [this] { setXAxis(ChartOptions::XAxis::Mileage); });
    connect(a.byDate, &QAction::triggered, this, [this] { setXAxis(ChartOptions::XAxis::Date); });
    connect(a.kwh, &QAction::triggered, this, [this] { setYUnit(ChartOptions::YUnit::Kwh); });
    connect(a.soh, &QAction::triggered, this, [this] { setYUnit(ChartOptions::YUnit::SohPercent); });
    connect(a.km, &QAction::triggered, this, [this] { setDistance(ChartOptions::Distance::Km); });
    connect(a.miles, &QAction::triggered, this, [this] { setDistance(ChartOptions::Distance::Miles); });
    connect(a.outliers, &QAction::triggered, m_dashboard, &Dashboard::setShowOutliers);
    connect(a.includeShared, &QAction::triggered, m_dashboard, &Dashboard::setIncludeShared);
    connect(a.share, &QAction::triggered, this, &MainWindow::shareData);
    connect(a.forgetSource, &QAction::triggered, this, [this] { m_editor->confirmForgetSource(selectedVehicleSummary()); });
    connect(a.about, &QAction::triggered, this, [this] { AboutBox::show(this, m_options.dataDir); });
    connect(a.languages, &QActionGroup::triggered, this, [this](QAction *action) {
        m_settings.setLanguage(action->data().toString());
        statusBar()->showMessage(tr("The language changes the next time you start the app."), 8000);
    });
}

void MainWindow::connectParts()
{
    connect(m_dropZone, &DropZone::importFilesRequested, this, [this] { m_imports->chooseFiles(this); });
    connect(m_dropZone, &DropZone::importFolderRequested, this, [this] { m_imports->chooseFolder(this); });
    connect(m_dropZone, &DropZone::demoRequested, this, &MainWindow::loadDemoFleet);
    connect(m_errorPage, &DatabaseErrorPage::retryRequested, this, [this] { m_workspace->open(m_workspace->isDemo()); });

    connect(m_workspace, &Workspace::opened, this, [this] {
        // Every change the worker makes is read back when it is done.
        connect(m_workspace->service(), &OperationService::dataChanged, this, &MainWindow::refresh);
        connect(m_workspace->service(), &OperationService::idle, this, &MainWindow::updateActions);
        // Vehicles whose model's efficiency an import moved are recomputed
        // after it, in the background: say so until it is done.
        connect(m_workspace->service(), &OperationService::importFinished, this, [this](const ImportRun &run) {
            if (run.estimatesPending > 0)
                m_statusUpdating->setText(tr("Updating the estimates of %n other vehicle(s) whose model's "
                                             "efficiency moved…", "", run.estimatesPending));
        });
        connect(m_workspace->service(), &OperationService::idle, m_statusUpdating, &QLabel::clear);
        refresh();
        updateTitle();
    });
    // A team's server changes under the window: what others import shows
    // within seconds (a read only when the server says something changed),
    // and a lost connection is tried again until the server is back.
    auto *poll = new QTimer(this);
    poll->setInterval(serverPollMs);
    connect(poll, &QTimer::timeout, this, &MainWindow::pollServer);
    poll->start();
    connect(m_imports, &ImportController::started, this, [this] {
        showImportDock();
        updateActions();
    });
    connect(m_imports, &ImportController::finished, this, [this](bool cancelled) {
        statusBar()->clearMessage();
        refresh();
        m_online->refresh(); // a fetch spent calls
        Q_EMIT importFinished(cancelled);
    });
    connect(m_imports, &ImportController::demoLoaded, this, &MainWindow::demoLoaded);
    connect(m_imports, &ImportController::busyChanged, this, &MainWindow::updateActions);
    connect(m_imports, &ImportController::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_imports, &ImportController::refused, this, &MainWindow::showError);

    connect(m_online, &OnlineController::statusChanged, this, [this] {
        m_statusOnline->setText(onlineStatusText());
        updateActions();
    });
    connect(m_online, &OnlineController::fetchRequested, this, &MainWindow::fetchOnline);
    connect(m_online, &OnlineController::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });

    connect(m_editor, &VehicleEditor::finished, this, [this](const EditOutcome &outcome) {
        if (!outcome.ok())
            showError(tr("The change could not be made"), outcome.error);
        else if (outcome.request.kind == EditRequest::Kind::Forget)
            statusBar()->showMessage(tr("Vehicle %1 was forgotten.").arg(outcome.request.vehicleKey.left(8)), 8000);
        Q_EMIT editFinished(outcome);
    });
    connect(m_exporter, &ChartExporter::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            showError(tr("The chart could not be exported"), message);
    });

    connect(m_dashboard, &Dashboard::selectionChanged, this, &MainWindow::updateActions);
    connect(m_dashboard, &Dashboard::optionsChanged, this, [this] {
        const ChartOptions o = chartOptions();
        m_settings.setXAxis(o.xAxis);
        m_settings.setYUnit(o.yUnit);
        m_settings.setDistance(o.distance);
        m_settings.setShowOutliers(o.showOutliers);
        m_settings.setIncludeShared(o.includeShared);
        m_actions->showOptions(o, chartEngine()->kind());
    });
    connect(m_dashboard, &Dashboard::filterChanged, this, [this](const QString &group) { m_settings.setModelFilter(group); });
    connect(m_dashboard, &Dashboard::editRequested, this, [this](const QString &key, bool capacity) {
        if (capacity)
            m_editor->editCapacity(key);
        else
            m_editor->editModel(key);
    });
    connect(m_dashboard, &Dashboard::readFailed, this, &MainWindow::showDatabaseError);
    connect(m_dashboard, &Dashboard::chartMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::restoreSettings()
{
    if (m_options.windowSize.isValid())
        resize(m_options.windowSize);
    else if (!restoreGeometry(m_settings.geometry()))
        resize(1180, 780);
    restoreState(m_settings.windowState());
    m_importDock->hide(); // shown again by the next import, not at start
    m_dashboard->restoreSplitterState(m_settings.splitterState());
    m_actions->showOptions(chartOptions(), m_options.engine.value_or(m_settings.chartEngine()));
}

void MainWindow::start()
{
    if (m_started)
        return;
    m_started = true;
    const ChartEngine::Kind engine = m_options.engine.value_or(m_settings.chartEngine());
    if (engine == ChartEngine::Kind::Plotly)
        setChartEngine(engine, false);
    if (m_options.demo)
        loadDemoFleet();
    else
        m_workspace->open(false);
    if (!m_options.files.isEmpty())
        importPaths(m_options.files);
    // Once a day, when an account is connected (never in an unattended run).
    if (m_settings.fetchAtStart() && !m_unattended && !m_options.demo && !m_options.readOnly)
        m_online->fetchIfDue();
    else
        m_online->refresh();
}

QString MainWindow::onlineStatusText() const
{
    return OnlineController::statusText(m_online->status());
}

// --- database and data -----------------------------------------------------

void MainWindow::refresh()
{
    if (!m_workspace->reader()) {
        showDatabaseError(m_workspace->openError());
        return;
    }
    if (auto read = m_dashboard->refresh(m_workspace->reader()); !read) {
        showDatabaseError(read.error());
        return;
    }
    const int vehicles = m_dashboard->vehicleCount();
    m_pages->setCurrentIndex(vehicles == 0 && !m_imports->isBusy() ? DropPage : DashboardPage);
    m_statusVehicles->setText(vehicles == 0 ? QString() : tr("%n vehicle(s)", "", vehicles));
    updateActions();
    Q_EMIT dataRefreshed();
}

void MainWindow::pollServer()
{
    if (m_workspace->isDemo() || m_imports->isBusy() || m_workspace->isBusy()
        || Operations::chosenServer(m_workspace->ownDataDir()).isEmpty())
        return;
    if (m_workspace->reader() && !showsDatabaseError()) {
        refresh();
        return;
    }
    m_workspace->open(false); // reconnect: shows the dashboard again once it answers
}

bool MainWindow::showsReadOnly() const
{
    return !m_readOnlyBadge->isHidden() && !m_actions->importFiles->isEnabled();
}

void MainWindow::chooseDatabase()
{
    if (m_imports->isBusy() || m_workspace->isBusy()) {
        statusBar()->showMessage(tr("The database can be changed once the import has finished."), 8000);
        return;
    }
    auto *dialog = new DatabaseDialog(m_workspace->ownDataDir(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->changed())
            return;
        m_workspace->open(false);
        statusBar()->showMessage(m_workspace->reader() ? tr("Now showing %1.").arg(m_workspace->reader()->databaseShown())
                                                       : tr("The database cannot be opened."),
                                 10000);
    });
    dialog->open();
}

void MainWindow::shareData()
{
    // Only the user's own cars are shared: a shared one selected is no choice.
    const auto selected = selectedVehicleSummary();
    auto *dialog = new ShareDialog(m_workspace->reader(), selected && !selected->shared() ? selected->key : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Wrote the sharing bundle %1.").arg(QDir::toNativeSeparators(dialog->writtenTo())), 10000);
    });
    dialog->open();
}

void MainWindow::showDatabaseError(const QString &message)
{
    m_errorPage->setError(m_workspace->dataDir(), message);
    m_pages->setCurrentIndex(ErrorPage);
    m_statusVehicles->clear();
    statusBar()->showMessage(tr("The database cannot be read."), 15000);
    updateActions();
}

bool MainWindow::showsDropZone() const
{
    return m_pages->currentIndex() == DropPage;
}

bool MainWindow::showsDatabaseError() const
{
    return m_pages->currentIndex() == ErrorPage;
}

QString MainWindow::databaseError() const
{
    return m_errorPage->message();
}

void MainWindow::setModelPrompt(ModelPrompt prompt)
{
    m_imports->setModelPrompt(std::move(prompt));
}

void MainWindow::loadDemoFleet()
{
    m_imports->loadDemoFleet();
    updateTitle();
    updateActions();
}

void MainWindow::showOwnData()
{
    if (!m_workspace->isDemo())
        return;
    if (m_imports->isBusy() || m_workspace->isBusy()) {
        statusBar()->showMessage(tr("Please wait until the demo fleet is loaded."), 5000);
        return;
    }
    m_workspace->open(false);
}

bool MainWindow::isIdle() const
{
    return m_started && !m_imports->isBusy() && !m_workspace->isBusy() && m_dashboard->isReady();
}

// --- the dashboard's state -------------------------------------------------

void MainWindow::setChartEngine(ChartEngine::Kind kind, bool remember)
{
    if (remember)
        m_settings.setChartEngine(kind);
    m_dashboard->setChartEngine(kind);
}

// --- changes and exports ---------------------------------------------------

void MainWindow::exportChartPng(const QString &path, QSize size, ExportCallback done)
{
    ChartExporter::writePng(*chartEngine(), path, size, std::move(done));
}

QSize MainWindow::chartPixelSize() const
{
    return ChartExporter::pixelSize(*chartEngine());
}

std::expected<void, QString> MainWindow::exportCsv(const QString &path)
{
    return ChartExporter::writeCsv(*chartEngine(), path);
}

// --- the window ------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool busy = m_imports->isBusy() || m_workspace->isBusy();
    const bool readable = m_workspace->reader() && !showsDatabaseError();
    const bool hasData = readable && m_dashboard->vehicleCount() > 0;
    const bool vehicle = readable && !selectedVehicle().isEmpty();
    const bool demo = m_workspace->isDemo();
    const bool writable = !m_workspace->isReadOnly();
    m_readOnlyBadge->setVisible(readable && !writable);
    for (QAction *a : {m_actions->importFiles, m_actions->importFolder})
        a->setEnabled(!m_workspace->ownIsReadOnly() && (demo || m_workspace->reader())); // files go to the own database
    m_actions->cancelImport->setEnabled(m_imports->isImporting());
    m_actions->demo->setEnabled(!busy && !demo);
    m_actions->ownData->setEnabled(!busy && demo);
    m_actions->ownData->setVisible(demo);
    for (QAction *a : {m_actions->exportPng, m_actions->exportPngSize, m_actions->exportCsv})
        a->setEnabled(hasData);
    for (QAction *a : {m_actions->setModel, m_actions->setCapacity, m_actions->forget})
        a->setEnabled(vehicle && !busy && writable);
    const auto selected = vehicle ? selectedVehicleSummary() : std::nullopt;
    m_actions->forgetSource->setEnabled(selected && selected->shared() && !busy && writable);
    m_actions->share->setEnabled(readable && m_dashboard->vehicleCount() > 0);
    const bool connected = m_online->status().connected;
    m_actions->fetchOnline->setEnabled(connected && !m_imports->isImporting() && !m_workspace->ownIsReadOnly());
    m_actions->connectOnline->setEnabled(!m_workspace->ownIsReadOnly());
    m_actions->disconnectOnline->setEnabled(connected);
    m_actions->connectOnline->setText(connected ? tr("Connect BMW Car&Data again…") : tr("Connect BMW Car&Data…"));
    m_dropZone->demoButton()->setEnabled(!busy);
}

void MainWindow::updateTitle()
{
    const QString app = tr("CarData Battery Health");
    QString title = isDemo() ? tr("%1 — Demo fleet (synthetic data)").arg(app) : app;
    if (!isDemo() && m_workspace->reader() && m_workspace->reader()->onServer())
        title = tr("%1 — shared database %2").arg(app, m_workspace->reader()->databaseShown());
    setWindowTitle(title);
    m_demoBadge->setVisible(isDemo());
}

void MainWindow::showImportDock()
{
    if (m_importDock->isVisible())
        return;
    m_importDock->show();
    if (!m_importDock->isFloating() && dockWidgetArea(m_importDock) == Qt::BottomDockWidgetArea)
        resizeDocks({m_importDock}, {std::max(150, height() / 4)}, Qt::Vertical); // the chart keeps most of the height
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(title + u": "_s + message, 15000);
    if (m_unattended)
        return; // an unattended run must not wait for a click
    // Window-modal and non-blocking: the window stays responsive.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting())
        cancelImport(); // finished files stay stored; the destructor waits for the current one
    m_settings.setGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_dashboard->splitterState());
    m_settings.sync();
    event->accept();
}

void MainWindow::screenshotWhenIdle(const QString &path)
{
    m_unattended = true;
    new IdleScreenshot(this, [this] { return isIdle(); }, path);
}
