// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dashboard/dashboard.h"

#include "core/health/batterycatalog.h"
#include "core/operations/operations.h"
#include "core/store/store.h"
#include "core/report/chartdata.h"
#include "gui/chart/nativechartview.h"
#include "gui/chart/plotlychartview.h"
#include "gui/dashboard/vehicletablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

Dashboard::Dashboard(const ChartOptions &options, const QString &modelFilter, QWidget *parent)
    : QWidget(parent), m_options(options), m_filter(modelFilter)
{
    setObjectName(u"dashboard"_s);
    m_options.selectedKey.clear();

    QWidget *controls = createControls();
    m_chartStack = new QStackedWidget(this);
    m_native = new NativeChartView(m_chartStack);
    m_chartStack->addWidget(m_native);
    m_engine = m_native;
    auto *hint = new QLabel(this);
    hint->setObjectName(u"chartHint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setText(tr("Filled dots: capacity from measured battery energy. Hollow dots: derived from grid energy "
                     "(less certain). Grey squares: outliers. Select a vehicle to highlight it and see its "
                     "trend."));
    createTable();

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartStack, 1);
    chartLayout->addWidget(hint);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"dashboardSplitter"_s);
    m_splitter->addWidget(chartBox);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(controls);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_modelCombo, m_xCombo);
    setTabOrder(m_xCombo, m_yCombo);
    setTabOrder(m_yCombo, m_table);
}

QWidget *Dashboard::createControls()
{
    auto *box = new QWidget(this);
    m_modelCombo = new QComboBox(box);
    m_modelCombo->setObjectName(u"modelFilter"_s);
    m_modelCombo->setAccessibleName(tr("Model filter"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *modelLabel = new QLabel(tr("&Model:"), box);
    modelLabel->setBuddy(m_modelCombo);
    connect(m_modelCombo, &QComboBox::activated, this,
            [this](int index) { setModelFilter(m_modelCombo->itemData(index).toString()); });

    m_xCombo = new QComboBox(box);
    m_xCombo->setObjectName(u"xAxis"_s);
    m_xCombo->setAccessibleName(tr("Horizontal axis"));
    m_xCombo->addItem(tr("Mileage"), int(ChartOptions::XAxis::Mileage));
    m_xCombo->addItem(tr("Date"), int(ChartOptions::XAxis::Date));
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(m_options.xAxis)));
    auto *xLabel = new QLabel(tr("&By:"), box);
    xLabel->setBuddy(m_xCombo);
    connect(m_xCombo, &QComboBox::activated, this,
            [this](int index) { setXAxis(ChartOptions::XAxis(m_xCombo->itemData(index).toInt())); });

    m_yCombo = new QComboBox(box);
    m_yCombo->setObjectName(u"yUnit"_s);
    m_yCombo->setAccessibleName(tr("Vertical axis"));
    m_yCombo->addItem(tr("Capacity (kWh)"), int(ChartOptions::YUnit::Kwh));
    m_yCombo->addItem(tr("State of health (%)"), int(ChartOptions::YUnit::SohPercent));
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(m_options.yUnit)));
    auto *yLabel = new QLabel(tr("&Show:"), box);
    yLabel->setBuddy(m_yCombo);
    connect(m_yCombo, &QComboBox::activated, this,
            [this](int index) { setYUnit(ChartOptions::YUnit(m_yCombo->itemData(index).toInt())); });

    auto *controls = new QHBoxLayout(box);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(modelLabel);
    controls->addWidget(m_modelCombo);
    controls->addSpacing(16);
    controls->addWidget(xLabel);
    controls->addWidget(m_xCombo);
    controls->addSpacing(16);
    controls->addWidget(yLabel);
    controls->addWidget(m_yCombo);
    controls->addStretch();
    return box;
}

void Dashboard::createTable()
{
    m_vehicleModel = new VehicleTableModel(this);
    m_vehicleModel->setDistance(m_options.distance);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_vehicleModel);
    m_proxy->setSortRole(VehicleTableModel::SortRole);
    m_table = new QTableView(this);
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
    // Column widths from the rows in view and 200 more, not from every
    // one of thousands of vehicles on each redraw.
    m_table->verticalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selected = current.isValid() ? current.data(VehicleTableModel::KeyRole).toString() : QString();
                updateChart();
                Q_EMIT selectionChanged(m_selected);
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(VehicleTableModel::KeyRole).toString(),
                             index.column() == VehicleTableModel::Capacity || index.column() == VehicleTableModel::Soh);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid() || m_vehicleActions.isEmpty())
            return;
        QMenu menu(this);
        for (QAction *action : std::as_const(m_vehicleActions)) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
}

void Dashboard::setVehicleActions(const QList<QAction *> &actions)
{
    m_vehicleActions = actions;
    for (QAction *action : actions) {
        if (action)
            m_table->addAction(action); // their shortcuts (Delete) act in the table
    }
}

QByteArray Dashboard::splitterState() const
{
    return m_splitter->saveState();
}

void Dashboard::restoreSplitterState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

bool Dashboard::isReady() const
{
    return !m_engine || m_engine->isReady();
}

// --- data ------------------------------------------------------------------

std::expected<void, QString> Dashboard::reload(Operations *reader)
{
    m_reader = reader;
    return readViews(true);
}

std::expected<void, QString> Dashboard::refresh(Operations *reader)
{
    if (reader != m_reader)
        return reload(reader);
    if (const auto stamp = changeStamp(); stamp && stamp == m_readStamp)
        return {}; // as shown
    return readViews(false);
}

std::optional<QPair<qint64, qint64>> Dashboard::changeStamp() const
{
    if (!m_reader)
        return std::nullopt;
    const auto stamp = m_reader->store().changeStamp();
    return stamp ? std::optional<QPair<qint64, qint64>>(*stamp) : std::nullopt;
}

namespace {

// What identifies a vehicle's stored state: when none changed, the points
// kept in memory are still those in the database.
bool sameState(const VehicleSummary &x, const VehicleSummary &y)
{
    return x.key == y.key && x.model == y.model && x.sessions == y.sessions && x.lastSession == y.lastSession
           && x.capacityKwh == y.capacityKwh && x.capacityNewKwh == y.capacityNewKwh && x.estimates == y.estimates
           && x.derivedEstimates == y.derivedEstimates && x.trendMileage.has_value() == y.trendMileage.has_value();
}

} // namespace

std::expected<void, QString> Dashboard::readViews(bool reloadPoints)
{
    QList<VehicleSummary> all;
    // Taken before reading: a change made meanwhile is read next time.
    const auto stamp = changeStamp();
    // Nothing changed since the last read (a filter switch): what is kept
    // is what is stored, and only the filter is applied anew.
    if (!reloadPoints && stamp && stamp == m_readStamp) {
        QSignalBlocker block(m_modelCombo);
        m_modelCombo->setCurrentIndex(std::max(0, m_modelCombo->findData(m_filter)));
        filterViews();
        showViews();
        return {};
    }
    m_readStamp.reset();
    if (m_reader) {
        auto vehicles = m_reader->vehicles();
        if (!vehicles) {
            m_vehicleCount = 0;
            m_all.clear();
            m_views.clear();
            showViews();
            return std::unexpected(vehicles.error());
        }
        all = std::move(*vehicles);
    }
    m_vehicleCount = int(all.size());
    rebuildFilterCombo(all);
    m_selectedView.reset();
    // Every vehicle's points are kept, so that switching the model, the
    // axis or the unit needs no database read; battery readings are read
    // for the selected vehicle only (selectedView). A vehicle whose stored
    // state is what is kept is not read again (after one new file in a
    // large fleet, only its vehicle is).
    QHash<QString, qsizetype> kept;
    if (!reloadPoints) {
        kept.reserve(m_all.size());
        for (qsizetype i = 0; i < m_all.size(); ++i)
            kept.insert(m_all.at(i).vehicle.key, i);
    }
    QList<ChartVehicle> views;
    views.reserve(all.size());
    for (const VehicleSummary &v : std::as_const(all)) {
        const qsizetype at = kept.value(v.key, -1);
        if (at >= 0 && sameState(v, m_all.at(at).vehicle)) {
            views.append(m_all.at(at));
            views.last().vehicle = v;
            continue;
        }
        auto view = m_reader->loadView(v, false);
        if (!view) {
            m_all.clear();
            m_views.clear();
            showViews();
            return std::unexpected(view.error());
        }
        views.append(ChartVehicle::from(*view));
    }
    m_all = std::move(views);
    m_readStamp = stamp; // only once all was read
    filterViews();
    showViews();
    return {};
}

void Dashboard::filterViews()
{
    const QString group = m_modelCombo->currentData().toString();
    if (group.isEmpty() && m_options.includeShared) {
        m_views = m_all; // shared, not copied
        return;
    }
    m_views.clear();
    for (const ChartVehicle &v : std::as_const(m_all)) {
        if ((group.isEmpty() || v.group == group) && (m_options.includeShared || !v.vehicle.shared()))
            m_views.append(v);
    }
}

const VehicleHealthView *Dashboard::selectedView()
{
    if (m_selected.isEmpty() || !m_reader)
        return nullptr;
    if (m_selectedView && m_selectedView->vehicle.key == m_selected)
        return &*m_selectedView;
    auto one = m_reader->healthViews({{}, m_selected});
    if (!one || one->isEmpty()) {
        if (!one)
            Q_EMIT readFailed(one.error());
        m_selectedView.reset();
        return nullptr;
    }
    m_selectedView = one->constFirst();
    return &*m_selectedView;
}

void Dashboard::rebuildFilterCombo(const QList<VehicleSummary> &all)
{
    // One entry per model group (the capacity table's model, else the name
    // as written), with how many vehicles it has, and how many of them
    // other owners shared.
    struct Group
    {
        QString group;
        int vehicles = 0;
        int shared = 0;
    };
    std::map<QString, Group> groups; // by label, sorted
    for (const VehicleSummary &v : all) {
        if (v.model.isEmpty())
            continue; // listed under "All models" only
        const QString label = v.catalogModel.isEmpty() ? v.model : v.catalogModel;
        Group &entry = groups[label];
        entry.group = BatteryCatalog::modelGroup(v.model);
        ++entry.vehicles;
        entry.shared += v.shared() ? 1 : 0;
    }
    QSignalBlocker block(m_modelCombo);
    m_modelCombo->clear();
    m_modelCombo->addItem(tr("All models (%n vehicle(s))", "", int(all.size())), QString());
    for (const auto &[label, entry] : groups) {
        if (entry.shared == 0)
            m_modelCombo->addItem(tr("%1 (%n vehicle(s))", "", entry.vehicles).arg(label), entry.group);
        else
            m_modelCombo->addItem(tr("%1 (%n vehicle(s): %2 yours, %3 shared)", "", entry.vehicles)
                                      .arg(label)
                                      .arg(entry.vehicles - entry.shared)
                                      .arg(entry.shared),
                                  entry.group);
    }
    // A model that is not in this database (yet) shows all, but the
    // remembered choice is kept for when it comes back.
    m_modelCombo->setCurrentIndex(std::max(0, m_modelCombo->findData(m_filter)));
}

void Dashboard::showViews()
{
    QList<VehicleSummary> summaries;
    summaries.reserve(m_views.size());
    for (const ChartVehicle &v : std::as_const(m_views))
        summaries.append(v.vehicle);
    const QString keep = m_selected;
    {
        QSignalBlocker block(m_table->selectionModel());
        m_vehicleModel->setVehicles(summaries);
        m_selected.clear();
        if (const int row = m_vehicleModel->rowOf(keep); row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_vehicleModel->index(row, 0));
            m_table->setCurrentIndex(index);
            m_table->selectRow(index.row());
            m_selected = keep;
        }
    }
    m_table->resizeColumnsToContents();
    if (m_selectFirst && !m_selectedFirst && m_proxy->rowCount() > 0) {
        m_selectedFirst = true;
        m_table->setCurrentIndex(m_proxy->index(0, 0));
        m_table->selectRow(0);
    }
    updateChart();
    if (m_selected != keep)
        Q_EMIT selectionChanged(m_selected);
}

void Dashboard::setModelFilter(const QString &group)
{
    m_filter = group;
    Q_EMIT filterChanged(group);
    // The summaries are read anew (cheap); the points only if another
    // program changed the database since.
    if (auto read = readViews(false); !read)
        Q_EMIT readFailed(read.error());
}

void Dashboard::selectVehicle(const QString &key)
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

// --- chart -----------------------------------------------------------------

ChartOptions Dashboard::chartOptions() const
{
    ChartOptions o = m_options;
    o.selectedKey = m_selected;
    return o;
}

void Dashboard::updateChart()
{
    if (!m_engine)
        return;
    QString bandGroup = m_modelCombo->currentData().toString();
    if (bandGroup.isEmpty() && m_modelCombo->count() == 2)
        bandGroup = m_modelCombo->itemData(1).toString(); // a single model: its band needs no choosing
    // The selected vehicle with its battery readings, read when selected.
    QList<ChartVehicle> views = m_views;
    if (const VehicleHealthView *selected = selectedView()) {
        for (ChartVehicle &v : views) {
            if (v.vehicle.key == selected->vehicle.key)
                v.readings = selected->readings;
        }
    }
    const ChartData data = ChartData::build(views, chartOptions(), bandGroup);
    // State of health asked for, kWh drawn (no car shown has a capacity
    // when new): the selector says so rather than claiming what is not shown.
    const bool fellBack = data.options.yUnit != m_options.yUnit;
    const int soh = m_yCombo->findData(int(ChartOptions::YUnit::SohPercent));
    m_yCombo->setItemText(soh, fellBack ? tr("State of health (%) — needs a capacity when new")
                                        : tr("State of health (%)"));
    m_yCombo->setToolTip(fellBack ? tr("No vehicle shown has a known capacity when new: the chart shows kWh. "
                                       "Vehicle → Set capacity when new.")
                                  : QString());
    m_engine->setChartData(data);
}

void Dashboard::setChartEngine(ChartEngine::Kind kind)
{
    if (kind == ChartEngine::Kind::Plotly) {
        if (!m_plotly) {
            m_plotly = new PlotlyChartView(m_chartStack);
            connect(m_plotly, &PlotlyChartView::failed, this, &Dashboard::chartMessage);
            m_chartStack->addWidget(m_plotly);
        }
        m_engine = m_plotly;
    } else {
        m_engine = m_native;
    }
    m_chartStack->setCurrentWidget(m_engine->widget());
    updateChart();
    Q_EMIT optionsChanged();
}

void Dashboard::setXAxis(ChartOptions::XAxis axis)
{
    m_options.xAxis = axis;
    m_xCombo->setCurrentIndex(m_xCombo->findData(int(axis)));
    updateChart();
    Q_EMIT optionsChanged();
}

void Dashboard::setYUnit(ChartOptions::YUnit unit)
{
    m_options.yUnit = unit;
    m_yCombo->setCurrentIndex(m_yCombo->findData(int(unit)));
    updateChart();
    Q_EMIT optionsChanged();
}

void Dashboard::setDistance(ChartOptions::Distance distance)
{
    m_options.distance = distance;
    m_vehicleModel->setDistance(distance);
    updateChart();
    Q_EMIT optionsChanged();
}

void Dashboard::setIncludeShared(bool include)
{
    m_options.includeShared = include;
    filterViews();
    showViews();
    updateChart();
    Q_EMIT optionsChanged();
}

std::optional<VehicleSummary> Dashboard::summaryOf(const QString &key) const
{
    for (const ChartVehicle &v : m_all) {
        if (v.vehicle.key == key)
            return v.vehicle;
    }
    return std::nullopt;
}

void Dashboard::setShowOutliers(bool show)
{
    m_options.showOutliers = show;
    updateChart();
    Q_EMIT optionsChanged();
}
