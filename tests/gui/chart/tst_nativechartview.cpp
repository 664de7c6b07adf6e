// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The native chart engine: what it draws for ChartData, and that redrawing
// never leaves the axes of an earlier drawing behind.
#include "gui/chart/nativechartview.h"
#include "guitestmain.h"

#include <QAbstractAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace {

ChartData data(ChartOptions::XAxis axis, int points)
{
    ChartData d;
    d.options.xAxis = axis;
    d.xLabel = axis == ChartOptions::XAxis::Date ? u"Date"_s : u"Mileage (km)"_s;
    d.yLabel = u"Capacity (kWh)"_s;
    for (int i = 0; i < points; ++i) {
        ChartPoint p;
        p.x = axis == ChartOptions::XAxis::Date ? 1.7e12 + i * 86400e3 : 1000.0 * i;
        p.y = 80 - 0.1 * i;
        p.vehicleKey = u"aaaaaaaaaaaaaaaa"_s;
        d.points.append(p);
    }
    return d;
}

// Text items on the chart's scene that show `text` (axis titles are text
// items; a pile-up shows the same title twice).
int visibleTexts(NativeChartView &view, const QString &text)
{
    int n = 0;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item); t && t->isVisible() && t->toPlainText() == text)
            ++n;
    }
    return n;
}

} // namespace

class TestNativeChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsEveryPoint();
    void redrawingLeavesOneSetOfAxes();
};

void TestNativeChartView::drawsEveryPoint()
{
    NativeChartView view;
    view.setChartData(data(ChartOptions::XAxis::Mileage, 25));
    int points = 0;
    for (QAbstractSeries *s : view.plottedSeries()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && s->type() == QAbstractSeries::SeriesTypeScatter)
            points += int(xy->count());
    }
    QCOMPARE(points, 25);
}

void TestNativeChartView::redrawingLeavesOneSetOfAxes()
{
    // As on the README's first run: the chart is redrawn while hidden (the
    // drop zone is shown), once per imported file, then shown, and redrawn
    // again while a dialog asks which model a car is. Deferred deletes do
    // not run in such a nested event loop (nor in processEvents()), so
    // anything that relies on them to clear the old axes shows here.
    NativeChartView view;
    view.resize(800, 500);
    for (int i = 1; i <= 6; ++i)
        view.setChartData(data(i % 2 ? ChartOptions::XAxis::Mileage : ChartOptions::XAxis::Date, 10 * i));
    view.setChartData(data(ChartOptions::XAxis::Mileage, 30));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // And redrawn while shown, as filter and axis changes do.
    for (int i = 0; i < 4; ++i) {
        view.setChartData(data(i % 2 ? ChartOptions::XAxis::Date : ChartOptions::XAxis::Mileage, 40));
        QCoreApplication::processEvents();
    }
    view.setChartData(data(ChartOptions::XAxis::Mileage, 40));
    QCoreApplication::processEvents();
    QCOMPARE(view.chart()->axes(Qt::Vertical).size(), 1);
    int shownHorizontal = 0;
    for (QAbstractAxis *axis : view.chart()->axes(Qt::Horizontal))
        shownHorizontal += axis->isVisible() ? 1 : 0;
    QCOMPARE(shownHorizontal, 1);
    QCOMPARE(visibleTexts(view, u"Mileage (km)"_s), 1);
    QCOMPARE(visibleTexts(view, u"Capacity (kWh)"_s), 1);
    QCOMPARE(visibleTexts(view, u"Date"_s), 0);
}

CARDATA_GUI_TEST_MAIN(TestNativeChartView)
#include "tst_nativechartview.moc"
