#pragma once

#include "gui/chart/chartengine.h"
#include "gui/chart/chartoptions.h"
#include "core/report/healthquery.h"
#include "gui/shell/launchoptions.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <expected>
#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class DemoFleet;
class DropZone;
class ImportPanel;
class ImportService;
class NativeChartView;
class PlotlyChartView;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class Store;
class VehicleTableModel;
struct FileImportResult;

// The application window: empty-state drop zone or dashboard (model filter,
// chart, vehicle table), the import dock, menus. It owns the GUI thread's
// own Store (for reading and small edits) and an ImportService whose worker
// opens its own connection on its thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // "Which model is this vehicle?" Injectable so that tests (and the
    // screenshot mode) answer without a modal dialog. nullopt: not now.
    struct ModelQuestion
    {
        QString vehicleKey;
        QString file;
        int sessions = 0;
    };
    using ModelPrompt = std::function<std::optional<QString>(const ModelQuestion &)>;

    MainWindow(const LaunchOptions &options, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database and imports the files of the command line. Call
    // once, after show().
    void start();

    // Imports into the user's own database (leaving the demo if shown).
    void importPaths(const QStringList &paths);
    void cancelImport();
    bool isImporting() const;
    // Nothing running or queued, no question pending, the chart drawn.
    bool isIdle() const;

    void setModelPrompt(ModelPrompt prompt) { m_modelPrompt = std::move(prompt); }

    void loadDemoFleet();
    void showOwnData();
    bool isDemo() const { return m_demo; }
    QString dataDir() const { return m_dataDir; }

    // Model group shown ("" = all models).
    void setModelFilter(const QString &group);
    QString modelFilter() const { return m_filter; }
    void selectVehicle(const QString &key);
    QString selectedVehicle() const { return m_selected; }
    void setChartEngine(ChartEngine::Kind kind, bool remember = true);
    ChartEngine *chartEngine() const { return m_engine; }
    void setXAxis(ChartOptions::XAxis axis);
    void setYUnit(ChartOptions::YUnit unit);
    void setDistance(ChartOptions::Distance distance);
    ChartOptions chartOptions() const;

    using ExportCallback = std::function<void(bool ok, const QString &message)>;
    void exportChartPng(const QString &path, QSize size, ExportCallback done);
    QSize chartPixelSize() const;
    std::expected<void, QString> exportCsv(const QString &path);

    std::expected<void, QString> setVehicleModel(const QString &key, const QString &model);
    std::expected<void, QString> setVehicleCapacity(const QString &key, std::optional<double> kwh);
    std::expected<void, QString> forgetVehicle(const QString &key);

    // For tests and accessibility checks.
    ImportPanel *importPanel() const { return m_importPanel; }
    QComboBox *modelCombo() const { return m_modelCombo; }
    QTableView *vehicleTable() const { return m_table; }
    VehicleTableModel *vehicleModel() const { return m_vehicleModel; }
    DropZone *dropZone() const { return m_dropZone; }
    bool showsDropZone() const;

    // Saves a picture of the window when idle, then quits (--screenshot).
    void screenshotWhenIdle(const QString &path);

Q_SIGNALS:
    void importFinished(bool cancelled); // after the data is refreshed and questions asked
    void dataRefreshed();
    void demoLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct PendingImport
    {
        QStringList paths;
        bool demo = false;
    };

    void createActions();
    void createMenus();
    void createCentral();
    void restoreSettings();
    void openDatabase(const QString &dir, bool demo);
    void enqueue(const PendingImport &batch);
    void startNext();
    void onFileFinished(const FileImportResult &result);
    void onImportFinished(bool cancelled);
    void askPendingModels();
    void refresh();
    void rebuildFilterCombo();
    QList<VehicleHealthView> filteredViews() const;
    void updateChart();
    void updateActions();
    void updateTitle();
    void showImportDock();
    void showError(const QString &title, const QString &message);
    QString currentVehicleKey() const;

    void chooseImportFiles();
    void chooseImportFolder();
    void chooseExportPng(bool askSize);
    void chooseExportCsv();
    void editModel(const QString &key);
    void editCapacity(const QString &key);
    void confirmForget(const QString &key);
    void showAbout();

    const LaunchOptions m_options;
    AppSettings &m_settings;
    QString m_dataDir;
    bool m_demo = false;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ImportService> m_service;
    std::unique_ptr<DemoFleet> m_demoFleet;
    QList<PendingImport> m_queue;
    bool m_currentBatchDemo = false;
    QList<ModelQuestion> m_questions;
    QSet<QString> m_asked;
    bool m_asking = false;
    ModelPrompt m_modelPrompt;

    QList<VehicleHealthView> m_views; // all vehicles of the open database
    QString m_filter;                 // model group, "" = all
    QString m_selected;               // vehicle key
    ChartOptions m_chartOptions;

    // Widgets (owned by Qt's parent tree).
    QStackedWidget *m_pages = nullptr;
    DropZone *m_dropZone = nullptr;
    QWidget *m_dashboard = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QComboBox *m_xCombo = nullptr;
    QComboBox *m_yCombo = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    NativeChartView *m_native = nullptr;
    PlotlyChartView *m_plotly = nullptr; // created when first chosen
    ChartEngine *m_engine = nullptr;
    QLabel *m_chartHint = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    VehicleTableModel *m_vehicleModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QDockWidget *m_importDock = nullptr;
    ImportPanel *m_importPanel = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_statusVehicles = nullptr;

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_ownDataAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportPngSizeAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_setModelAction = nullptr;
    QAction *m_setCapacityAction = nullptr;
    QAction *m_forgetAction = nullptr;
    QAction *m_nativeAction = nullptr;
    QAction *m_plotlyAction = nullptr;
    QAction *m_byMileageAction = nullptr;
    QAction *m_byDateAction = nullptr;
    QAction *m_kwhAction = nullptr;
    QAction *m_sohAction = nullptr;
    QAction *m_kmAction = nullptr;
    QAction *m_milesAction = nullptr;
    QAction *m_outliersAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    QString m_screenshotPath;
    bool m_started = false;
    bool m_selectedFirst = false;
};
