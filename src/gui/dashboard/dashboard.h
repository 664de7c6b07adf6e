// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/chartoptions.h"
#include "core/report/healthview.h"
#include "gui/chart/chartengine.h"

#include <QWidget>

#include <expected>
#include <optional>

class NativeChartView;
class Operations;
class PlotlyChartView;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class VehicleTableModel;

// The dashboard screen: the model filter and axis choices, the chart (native
// or Plotly) and the vehicle table. It reads what it shows from the
// database it is given, and only what the chosen filter needs: the summary
// of every vehicle for the filter's counts, the points of the filtered ones.
// It keeps no settings itself: it starts from the options it is given and
// says when they change (optionsChanged, filterChanged).
class Dashboard : public QWidget
{
    Q_OBJECT
public:
    Dashboard(const ChartOptions &options, const QString &modelFilter, QWidget *parent = nullptr);

    // Reads everything anew from `reader` (null: shows nothing).
    std::expected<void, QString> reload(Operations *reader);
    // Reads the vehicles from `reader`, and the points of those whose
    // stored state differs from what is shown (all, when the reader is
    // another): after one new file in a large fleet, one vehicle's points
    // are read, not a million. Nothing at all when the database has not
    // changed since it was last read.
    std::expected<void, QString> refresh(Operations *reader);
    // Vehicles in the database, all models.
    int vehicleCount() const { return m_vehicleCount; }
    bool isReady() const;

    // The model group shown ("" = all models).
    void setModelFilter(const QString &group);
    QString modelFilter() const { return m_filter; }
    void selectVehicle(const QString &key);
    QString selectedVehicle() const { return m_selected; }
    // Highlights the first vehicle once the table has one (--select-first).
    void setSelectFirst(bool on) { m_selectFirst = on; }

    void setChartEngine(ChartEngine::Kind kind);
    ChartEngine *chartEngine() const { return m_engine; }
    void setXAxis(ChartOptions::XAxis axis);
    void setYUnit(ChartOptions::YUnit unit);
    void setDistance(ChartOptions::Distance distance);
    void setShowOutliers(bool show);
    void setIncludeShared(bool include);
    // The summary of a vehicle the dashboard shows (nullopt: none such).
    std::optional<VehicleSummary> summaryOf(const QString &key) const;
    ChartOptions chartOptions() const;

    // Actions on the selected vehicle, offered in the table's context menu.
    void setVehicleActions(const QList<QAction *> &actions);
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

    QComboBox *modelCombo() const { return m_modelCombo; }
    QTableView *vehicleTable() const { return m_table; }
    VehicleTableModel *vehicleModel() const { return m_vehicleModel; }

Q_SIGNALS:
    void selectionChanged(const QString &key);
    // Axis, unit, distance, outliers or engine changed.
    void optionsChanged();
    void filterChanged(const QString &group);
    // Double-click: the capacity columns edit the capacity, the others the model.
    void editRequested(const QString &key, bool capacity);
    // Reading after a filter change failed.
    void readFailed(const QString &message);
    void chartMessage(const QString &message);

private:
    QWidget *createControls();
    void createTable();
    // The vehicles' summaries, and the points of every vehicle
    // (reloadPoints) or of those whose stored state differs from what is
    // kept; nothing but the filter when the database has not changed.
    std::expected<void, QString> readViews(bool reloadPoints);
    // The reader's change stamp now (Store::changeStamp; none without a
    // reader or when it cannot be read).
    std::optional<QPair<qint64, qint64>> changeStamp() const;
    void filterViews();
    // The selected vehicle with its battery readings (null: none selected).
    const VehicleHealthView *selectedView();
    void rebuildFilterCombo(const QList<VehicleSummary> &all);
    void showViews();
    void updateChart();

    Operations *m_reader = nullptr;
    // The database's change stamp when it was last read in full.
    std::optional<QPair<qint64, qint64>> m_readStamp;
    QList<ChartVehicle> m_all;   // every vehicle with its points (compact), no readings
    QList<ChartVehicle> m_views; // the vehicles of the current filter
    std::optional<VehicleHealthView> m_selectedView;
    int m_vehicleCount = 0;
    ChartOptions m_options;
    QString m_filter;
    QString m_selected;
    bool m_selectFirst = false;
    bool m_selectedFirst = false;
    QList<QAction *> m_vehicleActions;

    QComboBox *m_modelCombo = nullptr;
    QComboBox *m_xCombo = nullptr;
    QComboBox *m_yCombo = nullptr;
    QStackedWidget *m_chartStack = nullptr;
    NativeChartView *m_native = nullptr;
    PlotlyChartView *m_plotly = nullptr; // created when first chosen
    ChartEngine *m_engine = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    VehicleTableModel *m_vehicleModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};
