#include "gui/shell/mainwindow.h"

#include "gui/shell/appsettings.h"
#include "demo/demofleet.h"
#include "gui/import/dropzone.h"
#include "core/import/healthupdater.h"
#include "gui/shell/icons.h"
#include "gui/import/importpanel.h"
#include "core/import/importservice.h"
#include "gui/vehicles/modeldialog.h"
#include "gui/chart/nativechartview.h"
#include "gui/chart/plotlychartview.h"
#include "gui/chart/resolutiondialog.h"
#include "core/store/store.h"
#include "gui/shell/translations.h"
#include "gui/dashboard/vehicletablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr int screenshotPollMs = 100;
constexpr int screenshotTimeoutMs = 180000;

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
    m_chartOptions.xAxis = settings.xAxis();
    m_chartOptions.yUnit = settings.yUnit();
    m_chartOptions.distance = settings.distance();
    m_chartOptions.showOutliers = settings.showOutliers();
    m_filter = settings.modelFilter();

    m_modelPrompt = [this](const ModelQuestion &q) -> std::optional<QString> {
        const QString file = QFileInfo(q.file).fileName();
        ModelDialog dialog(tr("The export %1 does not say which model vehicle %2 is (%n session(s)). Which model is "
                              "it?",
                              "", q.sessions)
                               .arg(file.isEmpty() ? tr("(unnamed)") : file, q.vehicleKey.left(8)),
                           QString(), this);
        if (dialog.exec() != QDialog::Accepted || dialog.model().isEmpty())
            return std::nullopt;
        return dialog.model();
    };

    createActions();
    createCentral();
    createMenus();
    restoreSettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The import thread first: it may still report into widgets.
    if (m_service)
        m_service->cancel();
    m_service.reset();
    m_demoFleet.reset();
}

// --- construction ----------------------------------------------------------

void MainWindow::createActions()
{
    m_importFilesAction = new QAction(Icons::get(u"import"_s), tr("&Import files…"), this);
    m_importFilesAction->setShortcut(QKeySequence::Open);
    m_importFilesAction->setStatusTip(tr("Import CarData archives (.zip) or charging histories (.json)"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseImportFiles);

    m_importFolderAction = new QAction(Icons::get(u"folder"_s), tr("Import a &folder…"), this);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importFolderAction->setStatusTip(tr("Import every CarData file in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseImportFolder);

    m_cancelAction = new QAction(Icons::get(u"cancel"_s), tr("&Cancel import"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelImport);

    m_demoAction = new QAction(Icons::get(u"demo"_s), tr("Load &demo fleet"), this);
    m_demoAction->setStatusTip(tr("Synthetic cars in a separate demo database; your own data is not touched"));
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::loadDemoFleet);

    m_ownDataAction = new QAction(Icons::get(u"mydata"_s), tr("Back to &my data"), this);
    m_ownDataAction->setStatusTip(tr("Leave the demo fleet and show your own database"));
    connect(m_ownDataAction, &QAction::triggered, this, &MainWindow::showOwnData);

    m_exportPngAction = new QAction(Icons::get(u"export"_s), tr("&Export chart as PNG…"), this);
    m_exportPngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportPngAction, &QAction::triggered, this, [this] { chooseExportPng(false); });
    m_exportPngSizeAction = new QAction(tr("Export chart as PNG at a &resolution…"), this);
    m_exportPngSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPngSizeAction, &QAction::triggered, this, [this] { chooseExportPng(true); });
    m_exportCsvAction = new QAction(Icons::get(u"csv"_s), tr("Export chart &data as CSV…"), this);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::chooseExportCsv);

    m_quitAction = new QAction(Icons::get(u"quit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_setModelAction = new QAction(Icons::get(u"model"_s), tr("Set &model…"), this);
    m_setModelAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_setModelAction, &QAction::triggered, this, [this] { editModel(currentVehicleKey()); });
    m_setCapacityAction = new QAction(Icons::get(u"capacity"_s), tr("Set &capacity when new…"), this);
    m_setCapacityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_setCapacityAction, &QAction::triggered, this, [this] { editCapacity(currentVehicleKey()); });
    m_forgetAction = new QAction(Icons::get(u"forget"_s), tr("&Forget vehicle…"), this);
    m_forgetAction->setShortcut(QKeySequence::Delete);
    m_forgetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only in the table: Delete elsewhere edits text
    connect(m_forgetAction, &QAction::triggered, this, [this] { confirmForget(currentVehicleKey()); });

    auto *engines = new QActionGroup(this);
    m_nativeAction = new QAction(tr("&Native chart"), engines);
    m_nativeAction->setCheckable(true);
    m_nativeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_plotlyAction = new QAction(tr("&Plotly chart (web)"), engines);
    m_plotlyAction->setCheckable(true);
    m_plotlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_nativeAction, &QAction::triggered, this, [this] { setChartEngine(ChartEngine::Kind::Native); });
    connect(m_plotlyAction, &QAction::triggered, this, [this] { setChartEngine(ChartEngine::Kind::Plotly); });

    auto *xGroup = new QActionGroup(this);
    m_byMileageAction = new QAction(tr("By &mileage"), xGroup);
    m_byMileageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_byDateAction = new QAction(tr("By &date"), xGroup);
    m_byDateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    auto *yGroup = new QActionGroup(this);
    m_kwhAction = new QAction(tr("Capacity in &kWh"), yGroup);
    m_kwhAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_sohAction = new QAction(tr("&State of health in %"), yGroup);
    m_sohAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    auto *distanceGroup = new QActionGroup(this);
    m_kmAction = new QAction(tr("Distances in &kilometres"), distanceGroup);
    m_milesAction = new QAction(tr("Distances in m&iles"), distanceGroup);
    for (QAction *a : {m_byMileageAction, m_byDateAction, m_kwhAction, m_sohAction, m_kmAction, m_milesAction})
        a->setCheckable(true);
    connect(m_byMileageAction, &QAction::triggered, this, [this] { setXAxis(ChartOptions::XAxis::Mileage); });
    connect(m_byDateAction, &QAction::triggered, this, [this] { setXAxis(ChartOptions::XAxis::Date); });
    connect(m_kwhAction, &QAction::triggered, this, [this] { setYUnit(ChartOptions::YUnit::Kwh); });
    connect(m_sohAction, &QAction::triggered, this, [this] { setYUnit(ChartOptions::YUnit::SohPercent); });
    connect(m_kmAction, &QAction::triggered, this, [this] { setDistance(ChartOptions::Distance::Km); });
    connect(m_milesAction, &QAction::triggered, this, [this] { setDistance(ChartOptions::Distance::Miles); });
    m_outliersAction = new QAction(tr("Show &outliers"), this);
    m_outliersAction->setCheckable(true);
    connect(m_outliersAction, &QAction::toggled, this, [this](bool on) {
        m_chartOptions.showOutliers = on;
        m_settings.setShowOutliers(on);
        updateChart();
    });

    m_aboutAction = new QAction(Icons::get(u"about"_s), tr("&About CarData Battery Health"), this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    auto *system = new QAction(tr("&System language"), m_languageGroup);
    system->setData(QString());
    for (const auto &[code, name] : Translations::available()) {
        auto *a = new QAction(name, m_languageGroup);
        a->setData(code);
    }
    for (QAction *a : m_languageGroup->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == m_settings.language());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_settings.setLanguage(a->data().toString());
        statusBar()->showMessage(tr("The language changes the next time you start the app."), 8000);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_demoAction);
    file->addAction(m_ownDataAction);
    file->addSeparator();
    file->addAction(m_exportPngAction);
    file->addAction(m_exportPngSizeAction);
    file->addAction(m_exportCsvAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *vehicle = menuBar()->addMenu(tr("&Vehicle"));
    vehicle->addAction(m_setModelAction);
    vehicle->addAction(m_setCapacityAction);
    vehicle->addSeparator();
    vehicle->addAction(m_forgetAction);

    QMenu *view = menuBar()->addMenu(tr("Vie&w"));
    view->addSection(tr("Chart engine"));
    view->addAction(m_nativeAction);
    view->addAction(m_plotlyAction);
    view->addSection(tr("Chart"));
    view->addAction(m_byMileageAction);
    view->addAction(m_byDateAction);
    view->addSeparator();
    view->addAction(m_kwhAction);
    view->addAction(m_sohAction);
    view->addSeparator();
    view->addAction(m_outliersAction);
    view->addSection(tr("Units"));
    view->addAction(m_kmAction);
    view->addAction(m_milesAction);
    view->addSeparator();
    QAction *dockToggle = m_importDock->toggleViewAction();
    dockToggle->setText(tr("&Import results"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(dockToggle);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addActions(m_languageGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    // The forget shortcut (Delete) acts in the table only.
    m_table->addAction(m_forgetAction);
}

void MainWindow::createCentral()
{
    m_pages = new QStackedWidget(this);
    m_dropZone = new DropZone;
    connect(m_dropZone, &DropZone::importFilesRequested, this, &MainWindow::chooseImportFiles);
    connect(m_dropZone, &DropZone::importFolderRequested, this, &MainWindow::chooseImportFolder);
    connect(m_dropZone, &DropZone::demoRequested, this, &MainWindow::loadDemoFleet);
    auto *dropPage = new QWidget(m_pages); // keeps the dashed frame off the window's edges
    auto *dropLayout = new QVBoxLayout(dropPage);
    dropLayout->setContentsMargins(16, 16, 16, 16);
    dropLayout->addWidget(m_dropZone);
    m_pages->addWidget(dropPage);

    m_dashboard = new QWidget(m_pages);
    m_dashboard->setObjectName(u"dashboard"_s);
    m_modelCombo = new QComboBox(m_dashboard);
    m_modelCombo->setObjectName(u"modelFilter"_s);
    m_modelCombo->setAccessibleName(tr("Model filter"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *modelLabel = new QLabel(tr("&Model:"), m_dashboard);
    modelLabel->setBuddy(m_modelCombo);
    connect(m_modelCombo, &QComboBox::activated, this,
            [this](int index) { setModelFilter(m_modelCombo->itemData(index).toString()); });

    m_xCombo = new QComboBox(m_dashboard);
    m_xCombo->setObjectName(u"xAxis"_s);
    m_xCombo->setAccessibleName(tr("Horizontal axis"));
    m_xCombo->addItem(tr("Mileage"), int(ChartOptions::XAxis::Mileage));
    m_xCombo->addItem(tr("Date"), int(ChartOptions::XAxis::Date));
    auto *xLabel = new QLabel(tr("&By:"), m_dashboard);
    xLabel->setBuddy(m_xCombo);
    connect(m_xCombo, &QComboBox::activated, this,
            [this](int index) { setXAxis(ChartOptions::XAxis(m_xCombo->itemData(index).toInt())); });

    m_yCombo = new QComboBox(m_dashboard);
    m_yCombo->setObjectName(u"yUnit"_s);
    m_yCombo->setAccessibleName(tr("Vertical axis"));
    m_yCombo->addItem(tr("Capacity (kWh)"), int(ChartOptions::YUnit::Kwh));
    m_yCombo->addItem(tr("State of health (%)"), int(ChartOptions::YUnit::SohPercent));
    auto *yLabel = new QLabel(tr("&Show:"), m_dashboard);
    yLabel->setBuddy(m_yCombo);
    connect(m_yCombo, &QComboBox::activated, this,
            [this](int index) { setYUnit(ChartOptions::YUnit(m_yCombo->itemData(index).toInt())); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(modelLabel);
    controls->addWidget(m_modelCombo);
    controls->addSpacing(16);
    controls->addWidget(xLabel);
    controls->addWidget(m_xCombo);
    controls->addSpacing(16);
    controls->addWidget(yLabel);
    controls->addWidget(m_yCombo);
    controls->addStretch();

    m_chartStack = new QStackedWidget(m_dashboard);
    m_native = new NativeChartView(m_chartStack);
    m_chartStack->addWidget(m_native);
    m_engine = m_native;

    m_chartHint = new QLabel(m_dashboard);
    m_chartHint->setObjectName(u"chartHint"_s);
    m_chartHint->setWordWrap(true);
    m_chartHint->setForegroundRole(QPalette::PlaceholderText);
    m_chartHint->setText(tr("Filled dots: capacity from measured battery energy. Hollow dots: derived from grid energy "
                            "(less certain). Grey squares: outliers. Select a vehicle to highlight it and see its "
                            "trend."));

    m_vehicleModel = new VehicleTableModel(this);
    m_vehicleModel->setDistance(m_chartOptions.distance);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_vehicleModel);
    m_proxy->setSortRole(VehicleTableModel::SortRole);
    m_table = new QTableView(m_dashboard);
    m_table->setObjectName(u"vehicleTable"_s);
    m_table->setAccessibleName(tr("Vehicles"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VehicleTableModel::Model, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selected = current.isValid() ? current.data(VehicleTableModel::KeyRole).toString() : QString();
                updateActions();
                updateChart();
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString key = index.data(VehicleTableModel::KeyRole).toString();
        if (index.column() == VehicleTableModel::Capacity || index.column() == VehicleTableModel::Soh)
            editCapacity(key);
        else
            editModel(key);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_setModelAction);
        menu.addAction(m_setCapacityAction);
        menu.addSeparator();
        menu.addAction(m_forgetAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });

    auto *chartBox = new QWidget(m_dashboard);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartStack, 1);
    chartLayout->addWidget(m_chartHint);

    m_splitter = new QSplitter(Qt::Vertical, m_dashboard);
    m_splitter->setObjectName(u"dashboardSplitter"_s);
    m_splitter->addWidget(chartBox);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_dashboard);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);

    setTabOrder(m_modelCombo, m_xCombo);
    setTabOrder(m_xCombo, m_yCombo);
    setTabOrder(m_yCombo, m_table);

    m_importPanel = new ImportPanel(this);
    connect(m_importPanel, &ImportPanel::cancelRequested, this, &MainWindow::cancelImport);
    m_importDock = new QDockWidget(tr("Import"), this);
    m_importDock->setObjectName(u"importDock"_s);
    m_importDock->setWidget(m_importPanel);
    m_importDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();

    m_demoBadge = new QLabel(this);
    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->setText(tr("DEMO FLEET — synthetic cars, not your data"));
    m_demoBadge->setStyleSheet(u"QLabel#demoBadge { background: #8e44ad; color: white; padding: 2px 8px; "
                               "border-radius: 4px; font-weight: bold; }"_s);
    m_demoBadge->hide();
    m_statusVehicles = new QLabel(this);
    statusBar()->addPermanentWidget(m_demoBadge);
    statusBar()->addPermanentWidget(m_statusVehicles);
}

void MainWindow::restoreSettings()
{
    if (m_options.windowSize.isValid())
        resize(m_options.windowSize);
    else if (!restoreGeometry(m_settings.geometry()))
        resize(1180, 780);
    restoreState(m_settings.windowState());
    m_importDock->hide(); // shown again by the next import, not at start
    m_splitter->restoreState(m_settings.splitterState());

    m_byMileageAction->setChecked(m_chartOptions.xAxis == ChartOptions::XAxis::Mileage);
    m_byDateAction->setChecked(m_chartOptions.xAxis == ChartOptions::XAxis::Date);
    m_kwhAction->setChecked(m_chartOptions.yUnit == ChartOptions::YUnit::Kwh);
    m_sohAction->setChecked(m_chartOptions.yUnit == ChartOptions::YUnit::SohPercent);
    m_kmAction->setChecked(m_chartOptions.distance == ChartOptions::Distance::Km);
    m_milesAction->setChecked(m_chartOptions.distance == ChartOptions::Distance::Miles);
    m_outliersAction->setChecked(m_chartOptions.showOutliers);
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(m_chartOptions.xAxis)));
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(m_chartOptions.yUnit)));
    const ChartEngine::Kind engine = m_options.engine.value_or(m_settings.chartEngine());
    m_nativeAction->setChecked(engine == ChartEngine::Kind::Native);
    m_plotlyAction->setChecked(engine == ChartEngine::Kind::Plotly);
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
        openDatabase(m_options.dataDir, false);
    if (!m_options.files.isEmpty())
        importPaths(m_options.files);
}

// --- database and import ---------------------------------------------------

void MainWindow::openDatabase(const QString &dir, bool demo)
{
    if (m_service && m_service->isRunning())
        return; // callers check; never switch under a running import
    m_service.reset();
    m_store.reset();
    m_dataDir = dir;
    m_demo = demo;
    m_views.clear();
    m_selected.clear();
    m_asked.clear();

    auto store = Store::open(dir);
    if (!store) {
        showError(tr("The database cannot be opened"), store.error());
    } else {
        m_store = std::move(*store);
    }
    m_service = std::make_unique<ImportService>(dir);
    connect(m_service.get(), &ImportService::progress, m_importPanel, &ImportPanel::setProgress);
    connect(m_service.get(), &ImportService::fileFinished, this, &MainWindow::onFileFinished);
    connect(m_service.get(), &ImportService::failed, this, [this](const QString &message) {
        m_importPanel->addFailure(message);
    });
    connect(m_service.get(), &ImportService::finished, this, &MainWindow::onImportFinished);
    refresh();
    updateTitle();
    updateActions();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    enqueue({paths, false});
}

void MainWindow::enqueue(const PendingImport &batch)
{
    m_queue.append(batch);
    if (!isImporting())
        startNext();
    else
        statusBar()->showMessage(tr("The files will be imported when the current import has finished."), 5000);
}

void MainWindow::startNext()
{
    if (m_queue.isEmpty() || isImporting())
        return;
    const PendingImport batch = m_queue.takeFirst();
    // Your own files always go to your own database, even when they are
    // dropped while the demo fleet is shown.
    if (batch.demo != m_demo || !m_service)
        openDatabase(batch.demo ? QDir(m_options.dataDir).filePath(u"demo"_s) : m_options.dataDir, batch.demo);
    m_currentBatchDemo = batch.demo;
    showImportDock();
    m_importPanel->begin(int(m_queue.size()));
    m_service->start(batch.paths);
    updateActions();
}

bool MainWindow::isImporting() const
{
    return m_service && m_service->isRunning();
}

void MainWindow::cancelImport()
{
    m_queue.clear();
    if (m_service)
        m_service->cancel();
}

void MainWindow::onFileFinished(const FileImportResult &result)
{
    m_importPanel->addResult(result);
    if (result.status != FileImportResult::Status::Imported || m_currentBatchDemo)
        return;
    for (const VehicleImport &v : result.vehicles) {
        if (v.model.isEmpty() && !v.vehicleKey.isEmpty())
            m_questions.append({v.vehicleKey, result.file, v.sessionsNew + v.sessionsDuplicate});
    }
}

void MainWindow::onImportFinished(bool cancelled)
{
    m_importPanel->end(cancelled);
    statusBar()->clearMessage();
    if (m_currentBatchDemo) {
        m_demoFleet.reset(); // its temporary exports are no longer needed
        Q_EMIT demoLoaded();
    }
    refresh();
    askPendingModels();
    updateActions();
    Q_EMIT importFinished(cancelled);
    startNext();
}

void MainWindow::askPendingModels()
{
    if (m_asking || !m_store)
        return;
    m_asking = true;
    while (!m_questions.isEmpty()) {
        const ModelQuestion q = m_questions.takeFirst();
        if (m_asked.contains(q.vehicleKey))
            continue;
        m_asked.insert(q.vehicleKey); // asked once; Vehicle → Set model changes it later
        const auto current = m_store->vehicle(q.vehicleKey);
        if (!current || !current->model.isEmpty())
            continue; // answered meanwhile (e.g. a KeyList in the same drop)
        const std::optional<QString> answer = m_modelPrompt ? m_modelPrompt(q) : std::nullopt;
        if (answer && !answer->trimmed().isEmpty()) {
            if (auto set = setVehicleModel(q.vehicleKey, answer->trimmed()); !set)
                showError(tr("The model could not be set"), set.error());
        }
    }
    m_asking = false;
}

void MainWindow::loadDemoFleet()
{
    if (isImporting() || m_demoFleet) {
        statusBar()->showMessage(tr("Please wait until the current import has finished."), 5000);
        return;
    }
    openDatabase(QDir(m_options.dataDir).filePath(u"demo"_s), true);
    if (m_store && m_store->hasVehicles()) {
        Q_EMIT demoLoaded();
        return; // generated before: just show it
    }
    m_demoFleet = std::make_unique<DemoFleet>(DemoFleet::defaultOptions());
    connect(m_demoFleet.get(), &DemoFleet::generated, this,
            [this](const QString &exports) { enqueue({{exports}, true}); });
    connect(m_demoFleet.get(), &DemoFleet::failed, this, [this](const QString &message) {
        m_importPanel->addFailure(message);
        showImportDock();
        m_demoFleet.release()->deleteLater(); // we are inside its signal
        updateActions();
    });
    showImportDock();
    m_importPanel->begin(0);
    statusBar()->showMessage(tr("Creating the demo fleet…"));
    m_demoFleet->start();
    updateActions();
    updateTitle();
}

void MainWindow::showOwnData()
{
    if (!m_demo)
        return;
    if (isImporting() || m_demoFleet) {
        statusBar()->showMessage(tr("Please wait until the demo fleet is loaded."), 5000);
        return;
    }
    openDatabase(m_options.dataDir, false);
}

void MainWindow::showImportDock()
{
    if (m_importDock->isVisible())
        return;
    m_importDock->show();
    if (!m_importDock->isFloating() && dockWidgetArea(m_importDock) == Qt::BottomDockWidgetArea)
        resizeDocks({m_importDock}, {std::max(150, height() / 4)}, Qt::Vertical); // the chart keeps most of the height
}

// --- data to widgets -------------------------------------------------------

void MainWindow::refresh()
{
    m_views = m_store ? HealthQuery::vehicles(*m_store) : QList<VehicleHealthView>{};
    rebuildFilterCombo();
    const QList<VehicleHealthView> views = filteredViews();
    QList<VehicleSummary> summaries;
    summaries.reserve(views.size());
    for (const VehicleHealthView &v : views)
        summaries.append(v.vehicle);
    const QString keep = m_selected;
    m_table->selectionModel()->blockSignals(true);
    m_vehicleModel->setVehicles(summaries);
    m_table->selectionModel()->blockSignals(false);
    m_selected.clear();
    if (const int row = m_vehicleModel->rowOf(keep); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_vehicleModel->index(row, 0));
        m_table->selectionModel()->blockSignals(true);
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
        m_table->selectionModel()->blockSignals(false);
        m_selected = keep;
    }
    m_table->resizeColumnsToContents();
    if (m_options.selectFirst && !m_selectedFirst && m_proxy->rowCount() > 0 && !m_demoFleet) {
        m_selectedFirst = true;
        m_table->setCurrentIndex(m_proxy->index(0, 0));
        m_table->selectRow(0);
    }
    m_pages->setCurrentIndex(m_views.isEmpty() && !m_demoFleet ? 0 : 1);
    m_statusVehicles->setText(m_views.isEmpty() ? QString() : tr("%n vehicle(s)", "", int(m_views.size())));
    updateChart();
    updateActions();
    Q_EMIT dataRefreshed();
}

void MainWindow::rebuildFilterCombo()
{
    // One entry per model group (the capacity table's model, else the name
    // as written), with how many vehicles it has.
    std::map<QString, std::pair<QString, int>> groups; // label (sorted) -> group, count
    for (const VehicleHealthView &v : std::as_const(m_views)) {
        if (v.group.isEmpty())
            continue; // listed under "All models" only
        const QString label = v.vehicle.catalogModel.isEmpty() ? v.vehicle.model : v.vehicle.catalogModel;
        auto &entry = groups[label];
        entry.first = v.group;
        ++entry.second;
    }
    QSignalBlocker block(m_modelCombo);
    m_modelCombo->clear();
    m_modelCombo->addItem(tr("All models (%n vehicle(s))", "", int(m_views.size())), QString());
    for (const auto &[label, entry] : groups)
        m_modelCombo->addItem(tr("%1 (%n vehicle(s))", "", entry.second).arg(label), entry.first);
    int index = m_modelCombo->findData(m_filter);
    if (index < 0) {
        // The chosen model is not in this database (yet): show all, but keep
        // the remembered choice for when it comes back.
        index = 0;
    }
    m_modelCombo->setCurrentIndex(index);
}

QList<VehicleHealthView> MainWindow::filteredViews() const
{
    const QString group = m_modelCombo->currentData().toString();
    if (group.isEmpty())
        return m_views;
    QList<VehicleHealthView> views;
    for (const VehicleHealthView &v : m_views) {
        if (v.group == group)
            views.append(v);
    }
    return views;
}

void MainWindow::setModelFilter(const QString &group)
{
    m_filter = group;
    m_settings.setModelFilter(group);
    const QString keep = m_selected;
    refresh();
    if (m_selected != keep)
        updateChart();
}

void MainWindow::selectVehicle(const QString &key)
{
    const int row = m_vehicleModel->rowOf(key);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_vehicleModel->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

ChartOptions MainWindow::chartOptions() const
{
    ChartOptions o = m_chartOptions;
    o.selectedKey = m_selected;
    return o;
}

void MainWindow::updateChart()
{
    if (!m_engine)
        return;
    QString bandGroup = m_modelCombo->currentData().toString();
    if (bandGroup.isEmpty() && m_modelCombo->count() == 2)
        bandGroup = m_modelCombo->itemData(1).toString(); // a single model: its band needs no choosing
    m_engine->setChartData(ChartData::build(filteredViews(), chartOptions(), bandGroup));
}

void MainWindow::setChartEngine(ChartEngine::Kind kind, bool remember)
{
    if (remember)
        m_settings.setChartEngine(kind);
    m_nativeAction->setChecked(kind == ChartEngine::Kind::Native);
    m_plotlyAction->setChecked(kind == ChartEngine::Kind::Plotly);
    if (kind == ChartEngine::Kind::Plotly) {
        if (!m_plotly) {
            m_plotly = new PlotlyChartView(m_chartStack);
            connect(m_plotly, &PlotlyChartView::failed, this, [this](const QString &message) {
                statusBar()->showMessage(message, 15000);
            });
            m_chartStack->addWidget(m_plotly);
        }
        m_engine = m_plotly;
    } else {
        m_engine = m_native;
    }
    m_chartStack->setCurrentWidget(m_engine->widget());
    updateChart();
}

void MainWindow::setXAxis(ChartOptions::XAxis axis)
{
    m_chartOptions.xAxis = axis;
    m_settings.setXAxis(axis);
    m_byMileageAction->setChecked(axis == ChartOptions::XAxis::Mileage);
    m_byDateAction->setChecked(axis == ChartOptions::XAxis::Date);
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(axis)));
    updateChart();
}

void MainWindow::setYUnit(ChartOptions::YUnit unit)
{
    m_chartOptions.yUnit = unit;
    m_settings.setYUnit(unit);
    m_kwhAction->setChecked(unit == ChartOptions::YUnit::Kwh);
    m_sohAction->setChecked(unit == ChartOptions::YUnit::SohPercent);
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(unit)));
    updateChart();
}

void MainWindow::setDistance(ChartOptions::Distance distance)
{
    m_chartOptions.distance = distance;
    m_settings.setDistance(distance);
    m_kmAction->setChecked(distance == ChartOptions::Distance::Km);
    m_milesAction->setChecked(distance == ChartOptions::Distance::Miles);
    m_vehicleModel->setDistance(distance);
    updateChart();
}

bool MainWindow::showsDropZone() const
{
    return m_pages->currentIndex() == 0;
}

QString MainWindow::currentVehicleKey() const
{
    return m_selected;
}

void MainWindow::updateActions()
{
    const bool busy = isImporting() || m_demoFleet;
    const bool hasData = !m_views.isEmpty();
    const bool vehicle = !m_selected.isEmpty() && m_store;
    m_cancelAction->setEnabled(isImporting());
    m_demoAction->setEnabled(!busy && !m_demo);
    m_ownDataAction->setEnabled(!busy && m_demo);
    m_ownDataAction->setVisible(m_demo);
    m_exportPngAction->setEnabled(hasData);
    m_exportPngSizeAction->setEnabled(hasData);
    m_exportCsvAction->setEnabled(hasData);
    m_setModelAction->setEnabled(vehicle && !busy);
    m_setCapacityAction->setEnabled(vehicle && !busy);
    m_forgetAction->setEnabled(vehicle && !busy);
    m_dropZone->demoButton()->setEnabled(!busy);
}

void MainWindow::updateTitle()
{
    const QString app = tr("CarData Battery Health");
    setWindowTitle(m_demo ? tr("%1 — Demo fleet (synthetic data)").arg(app) : app);
    m_demoBadge->setVisible(m_demo);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(title + u": "_s + message, 15000);
    if (!m_screenshotPath.isEmpty())
        return; // an unattended run must not wait for a click
    // Window-modal and non-blocking: the window stays responsive.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- vehicle edits ---------------------------------------------------------

std::expected<void, QString> MainWindow::setVehicleModel(const QString &key, const QString &model)
{
    if (!m_store)
        return std::unexpected(tr("No database is open."));
    if (auto set = m_store->setModel(key, model); !set)
        return std::unexpected(set.error());
    // The model decides the capacity when new and the efficiency prior.
    if (auto updated = HealthUpdater(*m_store).update({key}); !updated)
        statusBar()->showMessage(tr("The model was set, but the estimate could not be updated: %1").arg(updated.error()),
                                 15000);
    refresh();
    return {};
}

std::expected<void, QString> MainWindow::setVehicleCapacity(const QString &key, std::optional<double> kwh)
{
    if (!m_store)
        return std::unexpected(tr("No database is open."));
    if (kwh && (!std::isfinite(*kwh) || *kwh <= 0 || *kwh > 500))
        return std::unexpected(tr("%1 kWh is not a plausible battery capacity.").arg(*kwh));
    if (auto set = m_store->setCapacityNewOverride(key, kwh); !set)
        return std::unexpected(set.error());
    if (auto updated = HealthUpdater(*m_store).update({key}); !updated)
        statusBar()->showMessage(
            tr("The capacity was set, but the estimate could not be updated: %1").arg(updated.error()), 15000);
    refresh();
    return {};
}

std::expected<void, QString> MainWindow::forgetVehicle(const QString &key)
{
    if (!m_store)
        return std::unexpected(tr("No database is open."));
    if (isImporting())
        return std::unexpected(tr("Please wait until the current import has finished."));
    if (auto forgotten = m_store->forgetVehicle(key); !forgotten)
        return std::unexpected(forgotten.error());
    if (m_selected == key)
        m_selected.clear();
    refresh();
    return {};
}

void MainWindow::editModel(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    const auto v = m_store->vehicle(key);
    if (!v)
        return;
    ModelDialog dialog(tr("Model of vehicle %1. Leave it empty to make the model unknown again.").arg(key.left(8)),
                       v->model, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto set = setVehicleModel(key, dialog.model()); !set)
        showError(tr("The model could not be set"), set.error());
}

void MainWindow::editCapacity(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    const auto v = m_store->vehicle(key);
    if (!v)
        return;
    bool ok = false;
    const double current = v->capacityNewOverrideKwh.value_or(v->capacityNewKwh.value_or(0));
    const double kwh = QInputDialog::getDouble(
        this, tr("Capacity when new"),
        tr("Usable battery capacity of vehicle %1 when it was new, in kWh.\nEnter 0 to use the model table again%2.")
            .arg(key.left(8),
                 v->capacityNewSource == u"table" && v->capacityNewKwh
                     ? tr(" (%L1 kWh for %2)").arg(*v->capacityNewKwh, 0, 'f', 1).arg(v->catalogModel)
                     : QString()),
        current, 0, 500, 1, &ok);
    if (!ok)
        return;
    if (auto set = setVehicleCapacity(key, kwh > 0 ? std::optional<double>(kwh) : std::nullopt); !set)
        showError(tr("The capacity could not be set"), set.error());
}

void MainWindow::confirmForget(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Forget vehicle"),
        tr("Delete vehicle %1 and all its charging sessions from this computer?\n\nThis cannot be undone; you can "
           "import its export again later.")
            .arg(key.left(8)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto forgotten = forgetVehicle(key); !forgotten)
        showError(tr("The vehicle could not be forgotten"), forgotten.error());
    else
        statusBar()->showMessage(tr("Vehicle %1 was forgotten.").arg(key.left(8)), 8000);
}

// --- files in and out ------------------------------------------------------

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import CarData exports"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("CarData exports (*.zip *.json *.xml);;All files (*)"));
    importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of CarData exports"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!dir.isEmpty())
        importPaths({dir});
}

QSize MainWindow::chartPixelSize() const
{
    const QWidget *w = m_engine ? m_engine->widget() : nullptr;
    if (!w)
        return {};
    return w->size() * w->devicePixelRatioF();
}

void MainWindow::exportChartPng(const QString &path, QSize size, ExportCallback done)
{
    if (!m_engine) {
        done(false, tr("There is no chart to export."));
        return;
    }
    QPointer<MainWindow> self(this);
    m_engine->renderImage(size, [self, path, done](const QImage &image, const QString &error) {
        if (image.isNull()) {
            done(false, error);
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            done(false, tr("The image could not be saved as %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        done(true, tr("Chart saved as %1 (%2 × %3 pixels).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(image.width())
                       .arg(image.height()));
    });
}

std::expected<void, QString> MainWindow::exportCsv(const QString &path)
{
    if (!m_engine)
        return std::unexpected(tr("There is no chart data to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_engine->chartData().toCsv()) < 0 || !file.commit())
        return std::unexpected(
            tr("The data could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void MainWindow::chooseExportPng(bool askSize)
{
    QSize size = chartPixelSize();
    if (askSize) {
        ResolutionDialog dialog(size.isEmpty() ? QSize(1600, 1000) : size, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        size = dialog.resolution();
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart as PNG"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(tr("battery-health.png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QPointer<MainWindow> self(this);
    exportChartPng(path.endsWith(u".png"_s, Qt::CaseInsensitive) ? path : path + u".png"_s, size,
                   [self](bool ok, const QString &message) {
                       if (!self)
                           return;
                       if (ok)
                           self->statusBar()->showMessage(message, 8000);
                       else
                           self->showError(tr("The chart could not be exported"), message);
                   });
}

void MainWindow::chooseExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart data as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("battery-health.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = exportCsv(path); !saved)
        showError(tr("The data could not be exported"), saved.error());
    else
        statusBar()->showMessage(tr("Data saved as %1.").arg(QDir::toNativeSeparators(path)), 8000);
}

// --- window events ---------------------------------------------------------

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
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::showAbout()
{
    const QString folder = QDir::toNativeSeparators(m_options.dataDir);
    QMessageBox box(this);
    box.setWindowTitle(tr("About CarData Battery Health"));
    box.setIconPixmap(Icons::application().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>CarData Battery Health %1</h3>"
                   "<p>The state of health of BMW and MINI high-voltage batteries, estimated from BMW CarData "
                   "exports.</p>"
                   "<p><b>Your data folder:</b><br>%2</p>"
                   "<p>It holds the database and the installation secret; back up both together. The demo fleet "
                   "lives in its own database in the subfolder <i>demo</i>.</p>"
                   "<p>No VIN, address or location is ever stored. The app never connects to the internet.</p>"
                   "<p>Charts: Qt Charts, and Plotly.js %3 (MIT licence), bundled.</p>")
                    .arg(QApplication::applicationVersion(), folder.toHtmlEscaped(),
                         QStringLiteral(CARDATA_PLOTLY_VERSION)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

// --- unattended screenshot -------------------------------------------------

bool MainWindow::isIdle() const
{
    return m_started && !isImporting() && m_queue.isEmpty() && !m_demoFleet && !m_asking && m_questions.isEmpty()
           && (!m_engine || m_engine->isReady());
}

void MainWindow::screenshotWhenIdle(const QString &path)
{
    m_screenshotPath = path;
    auto *timer = new QTimer(this);
    timer->setInterval(screenshotPollMs);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    connect(timer, &QTimer::timeout, this, [this, timer, elapsed] {
        const bool timedOut = elapsed->elapsed() > screenshotTimeoutMs;
        if (!isIdle() && !timedOut)
            return;
        timer->stop();
        delete elapsed;
        // One more turn of the event loop so that the last paint has landed.
        QTimer::singleShot(300, this, [this, timedOut] {
            const QImage image = grab().toImage();
            const bool saved = !image.isNull() && image.save(m_screenshotPath, "PNG");
            if (!saved)
                qWarning("cardata-health: the screenshot could not be saved to %s", qPrintable(m_screenshotPath));
            if (timedOut)
                qWarning("cardata-health: the window did not become idle in time; screenshot taken anyway");
            QCoreApplication::exit(saved && !timedOut ? 0 : 1);
        });
    });
    timer->start();
}
