// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The dashboard screen on a real database: the filter offers the models it
// holds, shows (and reads) only the chosen one, highlights the selection,
// and says so when the database cannot be read.
#include "core/operations/operations.h"
#include "core/store/store.h"
#include "gui/dashboard/dashboard.h"
#include "gui/dashboard/vehicletablemodel.h"
#include "guitestmain.h"
#include "testsupport.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filterShowsOneModel();
    void selectionIsHighlighted();
    void optionsAreReported();
    void sohWithoutCapacityNewShowsKwh();
    void unreadableDatabaseIsReported();
    void refreshReadsPointsOnlyWhenAVehicleChanged();
    void capacityTooltipSaysWhatCalibratedIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Operations> m_ops;
};

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto ops = Operations::open(m_dir->path());
    QVERIFY(ops);
    m_ops = std::move(*ops);
    const auto run = m_ops->importPaths({fixture(u"current"_s), fixture(u"api"_s), fixture(u"keylist"_s)}, {});
    QVERIFY(run && !run->failed());
}

void TestDashboard::filterShowsOneModel()
{
    Dashboard dashboard({}, QString());
    QVERIFY(dashboard.reload(m_ops.get()));
    QCOMPARE(dashboard.vehicleCount(), 2);
    QComboBox *combo = dashboard.modelCombo();
    QCOMPARE(combo->count(), 3);
    QVERIFY(combo->itemText(0).startsWith(u"All models (2 vehicle"_s));
    QCOMPARE(dashboard.vehicleModel()->rowCount(), 2);
    const int all = int(dashboard.chartEngine()->chartData().points.size());

    QSignalSpy filter(&dashboard, &Dashboard::filterChanged);
    const QString group = combo->itemData(1).toString();
    dashboard.setModelFilter(group);
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.first().first().toString(), group);
    QCOMPARE(dashboard.modelFilter(), group);
    QCOMPARE(dashboard.vehicleModel()->rowCount(), 1);
    // Only that model's points were read and drawn.
    const QString key = dashboard.vehicleModel()->vehicles().first().key;
    const auto &points = dashboard.chartEngine()->chartData().points;
    QVERIFY(!points.isEmpty() && points.size() < all);
    for (const ChartPoint &p : points)
        QCOMPARE(p.vehicleKey, key);
    // The filter's counts still cover the whole database.
    QCOMPARE(combo->count(), 3);
    QCOMPARE(dashboard.vehicleCount(), 2);

    // A remembered filter whose model is not in the database shows all.
    Dashboard other({}, u"i7 xDrive60"_s);
    QVERIFY(other.reload(m_ops.get()));
    QCOMPARE(other.modelCombo()->currentIndex(), 0);
    QCOMPARE(other.vehicleModel()->rowCount(), 2);
    QCOMPARE(other.modelFilter(), u"i7 xDrive60"_s);
}

void TestDashboard::selectionIsHighlighted()
{
    Dashboard dashboard({}, QString());
    QVERIFY(dashboard.reload(m_ops.get()));
    QSignalSpy selected(&dashboard, &Dashboard::selectionChanged);
    const QString key = dashboard.vehicleModel()->vehicles().last().key;
    dashboard.selectVehicle(key);
    QCOMPARE(dashboard.selectedVehicle(), key);
    QCOMPARE(selected.last().first().toString(), key);
    int highlighted = 0;
    for (const ChartPoint &p : dashboard.chartEngine()->chartData().points) {
        highlighted += p.selected ? 1 : 0;
        QCOMPARE(p.selected, p.vehicleKey == key);
    }
    QVERIFY(highlighted > 0);
    QVERIFY(!dashboard.chartEngine()->chartData().trend.isEmpty());
    // The selection survives a reload.
    QVERIFY(dashboard.reload(m_ops.get()));
    QCOMPARE(dashboard.selectedVehicle(), key);
}

void TestDashboard::optionsAreReported()
{
    ChartOptions options;
    options.yUnit = ChartOptions::YUnit::SohPercent;
    Dashboard dashboard(options, QString());
    QVERIFY(dashboard.reload(m_ops.get()));
    QCOMPARE(dashboard.chartOptions().yUnit, ChartOptions::YUnit::SohPercent);
    QSignalSpy changed(&dashboard, &Dashboard::optionsChanged);
    dashboard.setXAxis(ChartOptions::XAxis::Date);
    dashboard.setDistance(ChartOptions::Distance::Miles);
    dashboard.setShowOutliers(false);
    QCOMPARE(changed.size(), 3);
    const ChartOptions now = dashboard.chartOptions();
    QCOMPARE(now.xAxis, ChartOptions::XAxis::Date);
    QCOMPARE(now.distance, ChartOptions::Distance::Miles);
    QVERIFY(!now.showOutliers);
    QCOMPARE(dashboard.chartEngine()->chartData().options.xAxis, ChartOptions::XAxis::Date);
}

void TestDashboard::sohWithoutCapacityNewShowsKwh()
{
    // A first import of a charging history alone: no model, so no capacity
    // when new. The default SoH view shows kWh with a note, not an empty
    // chart, and the user's choice of SoH is kept for later.
    QTemporaryDir dir;
    auto ops = Operations::open(dir.path());
    QVERIFY(ops);
    const auto run = (*ops)->importPaths(
        {fixture(u"variants/MINI-CarData-ChargingHistory_WMW11DJ0702T53421_12-02-2025.json"_s)}, {});
    QVERIFY(run && !run->failed());
    ChartOptions options;
    options.yUnit = ChartOptions::YUnit::SohPercent;
    Dashboard dashboard(options, QString());
    QVERIFY(dashboard.reload(ops->get()));
    const ChartData &data = dashboard.chartEngine()->chartData();
    QCOMPARE(data.options.yUnit, ChartOptions::YUnit::Kwh);
    QCOMPARE(data.points.size(), 3);
    QVERIFY2(data.note.contains(u"shown in kWh"_s), qPrintable(data.note));
    QCOMPARE(dashboard.chartOptions().yUnit, ChartOptions::YUnit::SohPercent);
    // The selector does not claim what is not shown.
    auto *unit = dashboard.findChild<QComboBox *>(u"yUnit"_s);
    QVERIFY(unit);
    QVERIFY2(unit->currentText().contains(u"needs a capacity when new"_s), qPrintable(unit->currentText()));
    // With a capacity when new, SoH is drawn and the selector says just that.
    QVERIFY((*ops)->setCapacityNew(dashboard.vehicleModel()->vehicles().first().key, 28.9));
    QVERIFY(dashboard.reload(ops->get()));
    QCOMPARE(dashboard.chartEngine()->chartData().options.yUnit, ChartOptions::YUnit::SohPercent);
    QCOMPARE(unit->currentText(), Dashboard::tr("State of health (%)"));
}

void TestDashboard::unreadableDatabaseIsReported()
{
    Dashboard dashboard({}, QString());
    QVERIFY(dashboard.reload(m_ops.get()));
    QSqlQuery q(QSqlDatabase::database(m_ops->store().connectionName()));
    QVERIFY(q.exec(u"ALTER TABLE capacity_points RENAME TO capacity_points_gone"_s));
    const auto reloaded = dashboard.reload(m_ops.get());
    QVERIFY(!reloaded);
    QCOMPARE(reloaded.error(), u"cannot read the capacity points: no such table: capacity_points"_s);
    QSignalSpy failed(&dashboard, &Dashboard::readFailed);
    dashboard.setModelFilter(dashboard.modelCombo()->itemData(1).toString());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"no such table"_s));
}

void TestDashboard::refreshReadsPointsOnlyWhenAVehicleChanged()
{
    Dashboard dashboard({}, QString());
    QVERIFY(dashboard.reload(m_ops.get()));
    const auto pointsOf = [&](const QString &key) {
        const QList<ChartPoint> &all = dashboard.chartEngine()->chartData().points;
        return std::count_if(all.begin(), all.end(), [&](const ChartPoint &p) { return p.vehicleKey == key; });
    };
    const QList<VehicleSummary> vehicles = dashboard.vehicleModel()->vehicles();
    QCOMPARE(vehicles.size(), 2);
    const QString a = vehicles.at(0).key;
    const QString b = vehicles.at(1).key;
    const qsizetype pointsA = pointsOf(a);
    const qsizetype pointsB = pointsOf(b);
    QVERIFY(pointsA > 0 && pointsB > 0);

    // Nothing changed: nothing is read (the points are out of reach).
    QSqlQuery q(QSqlDatabase::database(m_ops->store().connectionName()));
    QVERIFY(q.exec(u"ALTER TABLE capacity_points RENAME TO capacity_points_away"_s));
    QVERIFY(dashboard.refresh(m_ops.get()));
    QCOMPARE(pointsOf(a), pointsA);
    QVERIFY(q.exec(u"ALTER TABLE capacity_points_away RENAME TO capacity_points"_s));

    // A's points gone behind its back, B's model changed: only B is read
    // again, so A still shows what was kept...
    QVERIFY(q.exec(u"DELETE FROM capacity_points WHERE vehicle_id = (SELECT id FROM vehicles WHERE key = '%1')"_s.arg(a)));
    QVERIFY(q.exec(u"UPDATE vehicles SET model = 'iX xDrive50' WHERE key = '%1'"_s.arg(b)));
    QVERIFY(dashboard.refresh(m_ops.get()));
    QCOMPARE(pointsOf(a), pointsA);
    QCOMPARE(pointsOf(b), pointsB);
    QCOMPARE(dashboard.vehicleModel()->vehicles().at(1).model, u"iX xDrive50"_s);
    // ...while a reload reads everything.
    QVERIFY(dashboard.reload(m_ops.get()));
    QCOMPARE(pointsOf(a), 0);
    QCOMPARE(pointsOf(b), pointsB);
}

void TestDashboard::capacityTooltipSaysWhatCalibratedIt()
{
    VehicleSummary v;
    v.key = u"00000000000000ab"_s;
    v.estimates = 40;
    v.derivedEstimates = 40;
    v.capacityKwh = 70;
    EfficiencyCalibration c;
    c.shift = -0.021;
    c.sigmaRelative = 0.014;
    c.weightPrior = 0.2;
    c.weightFleetReadings = 0.5;
    c.weightOwnReadings = 0.2;
    c.weightCapacityNew = 0.1;
    c.readingsUsed = 3;
    c.fleetVehicles = 7;
    v.calibration = c;
    VehicleTableModel model;
    model.setVehicles({v});
    const QString tip = model.data(model.index(0, VehicleTableModel::Capacity), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"20 % from the published ranges"_s) && tip.contains(u"50 % from the readings of 7"_s)
                 && tip.contains(u"20 % from 3 reading"_s) && tip.contains(u"10 % from its capacity when new"_s)
                 && tip.contains(u"moved by -2.1 %"_s),
             qPrintable(tip));
    QVERIFY2(!tip.contains(u"kW"_s), qPrintable(tip)); // no overhead of its own
    v.overheadKw = 0.52;
    v.overheadSigmaKw = 0.04;
    model.setVehicles({v});
    const QString withOverhead = model.data(model.index(0, VehicleTableModel::Capacity), Qt::ToolTipRole).toString();
    QVERIFY2(withOverhead.contains(u"0.52 ± 0.04 kW"_s), qPrintable(withOverhead));
    // Measured points only: nothing was calibrated, nothing is said.
    v.derivedEstimates = 0;
    model.setVehicles({v});
    QVERIFY(!model.data(model.index(0, VehicleTableModel::Capacity), Qt::ToolTipRole).toString().contains(u"efficiency"_s));
}

CARDATA_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
