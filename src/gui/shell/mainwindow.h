// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/chartoptions.h"
#include "gui/chart/chartengine.h"
#include "gui/common/workspace.h"
#include "gui/dashboard/dashboard.h"
#include "gui/import/importcontroller.h"
#include "gui/shell/launchoptions.h"
#include "gui/vehicles/vehicleeditor.h"

#include <QMainWindow>

#include <expected>
#include <functional>

class AppActions;
class AppSettings;
class ChartExporter;
class DatabaseErrorPage;
class DropZone;
class ImportPanel;
class OnlineController;
class QComboBox;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTableView;
class VehicleTableModel;
struct EditOutcome;

// The application's shell: the menus and their actions, the pages (an empty
// database's drop zone, the dashboard, or what went wrong with the
// database), the import dock and the status bar. The work is done by the
// parts it holds: Workspace (the database, its worker thread), Dashboard,
// ImportController, VehicleEditor and ChartExporter.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using ModelQuestion = ImportController::ModelQuestion;
    using ModelPrompt = ImportController::ModelPrompt;

    MainWindow(const LaunchOptions &options, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the database and imports the files of the command line. Call
    // once, after show().
    void start();

    // Imports into the user's own database (leaving the demo if shown).
    void importPaths(const QStringList &paths) { m_imports->importPaths(paths); }
    void cancelImport() { m_imports->cancel(); }
    bool isImporting() const { return m_imports->isImporting(); }
    // Nothing running or queued, no question pending, the chart drawn.
    bool isIdle() const;
    void setModelPrompt(ModelPrompt prompt);

    void loadDemoFleet();
    void showOwnData();
    // On a team's server: refresh when it changed, reconnect when it went
    // (every 15 s by itself; tests call it).
    void pollServer();
    // Nothing may be imported or changed here, and the window says so.
    bool showsReadOnly() const;
    bool isDemo() const { return m_workspace->isDemo(); }
    QString dataDir() const { return m_workspace->dataDir(); }

    // Model group shown ("" = all models).
    void setModelFilter(const QString &group) { m_dashboard->setModelFilter(group); }
    QString modelFilter() const { return m_dashboard->modelFilter(); }
    void selectVehicle(const QString &key) { m_dashboard->selectVehicle(key); }
    QString selectedVehicle() const { return m_dashboard->selectedVehicle(); }
    std::optional<VehicleSummary> selectedVehicleSummary() const { return m_dashboard->summaryOf(selectedVehicle()); }
    void setChartEngine(ChartEngine::Kind kind, bool remember = true);
    ChartEngine *chartEngine() const { return m_dashboard->chartEngine(); }
    void setXAxis(ChartOptions::XAxis axis) { m_dashboard->setXAxis(axis); }
    void setYUnit(ChartOptions::YUnit unit) { m_dashboard->setYUnit(unit); }
    void setDistance(ChartOptions::Distance distance) { m_dashboard->setDistance(distance); }
    ChartOptions chartOptions() const { return m_dashboard->chartOptions(); }

    using ExportCallback = std::function<void(bool ok, const QString &message)>;
    void exportChartPng(const QString &path, QSize size, ExportCallback done);
    QSize chartPixelSize() const;
    std::expected<void, QString> exportCsv(const QString &path);

    // Run on the worker thread; editFinished() says how each ended.
    void setVehicleModel(const QString &key, const QString &model) { m_editor->setModel(key, model); }
    void setVehicleCapacity(const QString &key, std::optional<double> kwh) { m_editor->setCapacity(key, kwh); }
    void forgetVehicle(const QString &key) { m_editor->forget(key); }

    // BMW CarData online: the account of the own data folder.
    void fetchOnline() { m_imports->fetchOnline(); }
    OnlineController *online() const { return m_online; }
    QString onlineStatusText() const;

    // For tests and accessibility checks.
    ImportPanel *importPanel() const { return m_importPanel; }
    const AppActions *appActions() const { return m_actions; }
    QComboBox *modelCombo() const { return m_dashboard->modelCombo(); }
    QTableView *vehicleTable() const { return m_dashboard->vehicleTable(); }
    VehicleTableModel *vehicleModel() const { return m_dashboard->vehicleModel(); }
    DropZone *dropZone() const { return m_dropZone; }
    bool showsDropZone() const;
    // The database cannot be read: the page that says so, and its message.
    bool showsDatabaseError() const;
    QString databaseError() const;

    // Saves a picture of the window when idle, then quits (--screenshot).
    void screenshotWhenIdle(const QString &path);

Q_SIGNALS:
    void importFinished(bool cancelled); // after the data is refreshed and questions answered
    void editFinished(const EditOutcome &outcome);
    void dataRefreshed();
    void demoLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createDock();
    void connectActions();
    void connectParts();
    void restoreSettings();
    // Reads what changed in the database (Dashboard::refresh).
    void refresh();
    void chooseDatabase();
    // File -> Share anonymized data: the dialog that shows and writes a bundle.
    void shareData();
    void showDatabaseError(const QString &message);
    void updateActions();
    void updateTitle();
    void showImportDock();
    void showError(const QString &title, const QString &message);

    const LaunchOptions m_options;
    AppSettings &m_settings;
    Workspace *m_workspace = nullptr;
    AppActions *m_actions = nullptr;
    ImportController *m_imports = nullptr;
    VehicleEditor *m_editor = nullptr;
    ChartExporter *m_exporter = nullptr;
    OnlineController *m_online = nullptr;

    QStackedWidget *m_pages = nullptr;
    DropZone *m_dropZone = nullptr;
    Dashboard *m_dashboard = nullptr;
    DatabaseErrorPage *m_errorPage = nullptr;
    QDockWidget *m_importDock = nullptr;
    ImportPanel *m_importPanel = nullptr;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_readOnlyBadge = nullptr;
    QLabel *m_statusVehicles = nullptr;
    QLabel *m_statusOnline = nullptr;
    QLabel *m_statusUpdating = nullptr; // estimates recomputed after an import

    static constexpr int serverPollMs = 15000;
    bool m_started = false;
    bool m_unattended = false; // --screenshot: no dialog may wait for a click
};
