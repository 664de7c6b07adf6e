// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/chart/nativechartview.h"

#include "gui/chart/densityimage.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

// The fleet's density image on the plot area, above the grid and below
// every series, stretched over the cells' extent as the axes place it: it
// follows resizing and zooming without being drawn anew.
class DensityItem : public QGraphicsItem
{
public:
    DensityItem(QChart *chart, QAbstractSeries *anchor, QImage image, const ChartDensity &density)
        : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor), m_image(std::move(image)),
          m_cells(QPointF(density.x0, density.y0), QPointF(density.x1, density.y1))
    {
        setZValue(2.5); // Qt Charts: grid 2, axes 3, series 4 and up
        m_bounds = chart->plotArea();
        m_connections.append(QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { relayout(); }));
        for (QAbstractAxis *axis : anchor->attachedAxes()) {
            if (auto *value = qobject_cast<QValueAxis *>(axis))
                m_connections.append(QObject::connect(value, &QValueAxis::rangeChanged, chart, [this] { relayout(); }));
            else if (auto *date = qobject_cast<QDateTimeAxis *>(axis))
                m_connections.append(QObject::connect(date, &QDateTimeAxis::rangeChanged, chart, [this] { relayout(); }));
        }
    }
    ~DensityItem() override
    {
        // Not a QObject: its connections do not end with it.
        for (const QMetaObject::Connection &c : std::as_const(m_connections))
            QObject::disconnect(c);
    }
    DensityItem(const DensityItem &) = delete;
    DensityItem &operator=(const DensityItem &) = delete;
    // The plot area as last laid out: a QGraphicsItem's bounds may change
    // only after prepareGeometryChange(), or the scene's index goes stale.
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        // Value space has y upwards, the image's first row is the top one.
        const QPointF topLeft = m_chart->mapToPosition(QPointF(m_cells.left(), m_cells.bottom()), m_anchor);
        const QPointF bottomRight = m_chart->mapToPosition(QPointF(m_cells.right(), m_cells.top()), m_anchor);
        painter->save();
        painter->setClipRect(m_chart->plotArea());
        painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter->drawImage(QRectF(topLeft, bottomRight), m_image);
        painter->restore();
    }
    const QImage &image() const { return m_image; }

private:
    void relayout()
    {
        prepareGeometryChange();
        m_bounds = m_chart->plotArea();
        update();
    }
    QChart *m_chart;
    QAbstractSeries *m_anchor;
    QImage m_image;
    QRectF m_cells;
    QRectF m_bounds;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace

NativeChartView::NativeChartView(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"nativeChart"_s);
    setRenderHint(QPainter::Antialiasing);
    // Drops belong to the main window (import), not to the chart.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setAccessibleName(tr("Battery health chart"));
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumSize(320, 220);
    m_xValue = new QValueAxis(this);
    m_xValue->setLabelFormat(u"%.0f"_s);
    m_xDate = new QDateTimeAxis(this);
    m_xDate->setTickCount(6);
    m_y = new QValueAxis(this);
    m_y->setLabelFormat(u"%.1f"_s);
    chart()->addAxis(m_xValue, Qt::AlignBottom);
    chart()->addAxis(m_xDate, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    rebuild();
}

QList<QAbstractSeries *> NativeChartView::plottedSeries() const
{
    return chart()->series();
}

QImage NativeChartView::densityImage() const
{
    return m_density ? static_cast<const DensityItem *>(m_density)->image() : QImage();
}

void NativeChartView::setChartData(const ChartData &data)
{
    m_data = data;
    rebuild();
}

void NativeChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void NativeChartView::applyPalette()
{
    const QPalette pal = palette();
    chart()->setTheme(isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setBackgroundRoundness(0);
    chart()->setTitleBrush(pal.color(QPalette::Text));
    chart()->legend()->setLabelColor(pal.color(QPalette::Text));
}

QScatterSeries *NativeChartView::addScatter(const QString &name, const QString &objectName, const QColor &fill,
                                            const QColor &outline, qreal size, int shape)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    s->setObjectName(objectName);
    s->setMarkerShape(QScatterSeries::MarkerShape(shape));
    s->setMarkerSize(size);
    s->setColor(fill);
    s->setBorderColor(outline);
    if (fill.alpha() == 0)
        s->setBrush(Qt::NoBrush); // hollow marker: derived, not measured
    QPen pen(outline);
    pen.setWidthF(1.2);
    s->setPen(pen);
    m_texts.insert(s, {});
    connect(s, &QScatterSeries::hovered, this,
            [this, s](const QPointF &point, bool state) { showHover(s, point, state); });
    return s;
}

void NativeChartView::showHover(QScatterSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<QPointF> pts = series->points();
    const QStringList texts = m_texts.value(series);
    // hovered() hands back the point itself: find it by value.
    for (qsizetype i = 0; i < pts.size() && i < texts.size(); ++i) {
        if (pts[i] == point) {
            QToolTip::showText(QCursor::pos(), texts[i], this);
            return;
        }
    }
}

QAbstractAxis *NativeChartView::xAxis() const
{
    if (m_data.options.xAxis == ChartOptions::XAxis::Date)
        return m_xDate;
    return m_xValue;
}

void NativeChartView::attach(QAbstractSeries *series)
{
    chart()->addSeries(series);
    series->attachAxis(xAxis());
    series->attachAxis(m_y);
}

void NativeChartView::rebuild()
{
    delete m_density; // before its anchor series goes
    m_density = nullptr;
    chart()->removeAllSeries();
    m_texts.clear();
    applyPalette();
    const bool dark = isDark(palette());
    const Colours colours{dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1c, 0x69, 0xd4),
                          dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd9, 0x48, 0x1c),
                          palette().color(QPalette::PlaceholderText),
                          dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x2e, 0x8b, 0x57)};
    prepareAxes();
    Bounds bounds;
    // The band first, so that points are drawn over it.
    addBand(colours, bounds);
    addPoints(colours, bounds);
    addTrend(colours, bounds);
    addReadings(colours, bounds);
    setRanges(bounds);
    setTitle();
}

void NativeChartView::prepareAxes()
{
    // The axes live as long as the view and are shown or hidden, never
    // removed: Qt Charts 6.4 deletes a removed axis's title and labels only
    // when the event loop gets to it, so a redraw from inside a dialog (the
    // model question after an import) drew a second set over the first.
    const bool byDate = m_data.options.xAxis == ChartOptions::XAxis::Date;
    m_xDate->setVisible(byDate);
    m_xValue->setVisible(!byDate);
    xAxis()->setTitleText(m_data.xLabel);
    m_y->setTitleText(m_data.yLabel);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xDate), static_cast<QAbstractAxis *>(m_xValue),
                                static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
        axis->setGridLineColor(withAlpha(palette().color(QPalette::Text), 40));
    }
}

void NativeChartView::addBand(const Colours &colours, Bounds &bounds)
{
    if (m_data.band.isEmpty())
        return;
    auto *upper = new QLineSeries(chart());
    auto *lower = new QLineSeries(chart());
    auto *median = new QLineSeries;
    for (const ChartBandPoint &b : m_data.band) {
        upper->append(b.x, b.high);
        lower->append(b.x, b.low);
        median->append(b.x, b.median);
        bounds.grow(b.x, b.high);
        bounds.grow(b.x, b.low);
    }
    auto *area = new QAreaSeries(upper, lower);
    area->setObjectName(u"band"_s);
    area->setName(tr("Fleet 10–90 %"));
    area->setColor(withAlpha(colours.band, 55));
    area->setBorderColor(withAlpha(colours.band, 90));
    attach(area);
    median->setObjectName(u"bandMedian"_s);
    median->setName(tr("Fleet median"));
    QPen pen(colours.band);
    pen.setWidthF(2);
    median->setPen(pen);
    attach(median);
}

void NativeChartView::addPoints(const Colours &colours, Bounds &bounds)
{
    const QColor fleet = colours.fleet;
    const QColor highlight = colours.highlight;
    QScatterSeries *fleetMeasured = addScatter(tr("Sessions: measured"), u"fleetMeasured"_s, withAlpha(fleet, 70),
                                               withAlpha(fleet, 0), 6, QScatterSeries::MarkerShapeCircle);
    QScatterSeries *fleetDerived = addScatter(tr("Sessions: derived"), u"fleetDerived"_s, QColor(0, 0, 0, 0),
                                              withAlpha(fleet, 110), 6, QScatterSeries::MarkerShapeCircle);
    // Another owner's cars: the fleet's colour, another shape.
    QScatterSeries *shared = addScatter(tr("Sessions of shared cars"), u"shared"_s, QColor(0, 0, 0, 0),
                                        withAlpha(fleet, 150), 7, QScatterSeries::MarkerShapeTriangle);
    QScatterSeries *outliers = addScatter(tr("Outliers"), u"outliers"_s, withAlpha(colours.grey, 90),
                                          withAlpha(colours.grey, 0), 5, QScatterSeries::MarkerShapeRectangle);
    QScatterSeries *selMeasured = addScatter(tr("Selected: measured"), u"selectedMeasured"_s, highlight,
                                             highlight.darker(130), 8, QScatterSeries::MarkerShapeCircle);
    QScatterSeries *selDerived = addScatter(tr("Selected: derived"), u"selectedDerived"_s, QColor(0, 0, 0, 0), highlight,
                                            8, QScatterSeries::MarkerShapeCircle);
    // Axes span every point, also those counted in the density.
    for (const ChartPoint &p : std::as_const(m_data.points)) {
        if (!p.outlier)
            bounds.grow(p.x, p.y);
    }
    if (const ChartDensity &density = m_data.density; !density.isEmpty()) {
        // An empty series carries the legend entry and the axes the image
        // is placed by.
        QScatterSeries *anchor = addScatter(tr("Sessions: density"), u"density"_s, withAlpha(fleet, 160),
                                            withAlpha(fleet, 0), 9, QScatterSeries::MarkerShapeRectangle);
        attach(anchor);
        m_density = new DensityItem(chart(), anchor, ::densityImage(density, fleet), density);
        bounds.grow(density.x0, density.y0);
        bounds.grow(density.x1, density.y1);
    }
    QHash<QScatterSeries *, QList<QPointF>> points;
    QScatterSeries *const bySeries[] = {fleetMeasured, fleetDerived, shared, outliers, selMeasured, selDerived};
    for (const ChartPoint &p : std::as_const(m_data.points)) {
        QScatterSeries *s = bySeries[int(chartSeriesOf(p))];
        points[s].append(QPointF(p.x, p.y));
        m_texts[s].append(m_data.pointText(p));
    }
    for (QScatterSeries *s : bySeries) {
        // replace() adds all points in one go: far faster than append() per point.
        s->replace(points.value(s));
        if (s->count() > 0)
            attach(s);
        else
            delete s;
    }
}

void NativeChartView::addTrend(const Colours &colours, Bounds &bounds)
{
    if (m_data.trend.isEmpty())
        return;
    auto *line = new QLineSeries;
    auto *low = new QLineSeries;
    auto *high = new QLineSeries;
    for (const ChartTrendPoint &t : m_data.trend) {
        line->append(t.x, t.y);
        low->append(t.x, t.low);
        high->append(t.x, t.high);
        bounds.grow(t.x, t.y);
    }
    line->setObjectName(u"trend"_s);
    line->setName(tr("Selected: trend"));
    QPen pen(colours.highlight);
    pen.setWidthF(2.5);
    line->setPen(pen);
    QPen dashed(withAlpha(colours.highlight, 170));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(1.2);
    low->setPen(dashed);
    high->setPen(dashed);
    low->setObjectName(u"trendLow"_s);
    high->setObjectName(u"trendHigh"_s);
    attach(low);
    attach(high);
    attach(line);
    // One legend entry for the trend, not three.
    chart()->legend()->markers(low).constFirst()->setVisible(false);
    chart()->legend()->markers(high).constFirst()->setVisible(false);
}

void NativeChartView::addReadings(const Colours &colours, Bounds &bounds)
{
    if (m_data.readings.isEmpty())
        return;
    QScatterSeries *readings = addScatter(tr("Selected: car's own reading"), u"readings"_s, colours.highlight.lighter(120),
                                          palette().color(QPalette::Text), 11, QScatterSeries::MarkerShapeTriangle);
    QList<QPointF> points;
    for (const ChartReading &r : std::as_const(m_data.readings)) {
        points.append(QPointF(r.x, r.y));
        m_texts[readings].append(m_data.readingText(r));
        bounds.grow(r.x, r.y);
    }
    readings->replace(points);
    attach(readings);
}

void NativeChartView::setRanges(Bounds bounds)
{
    const bool byDate = m_data.options.xAxis == ChartOptions::XAxis::Date;
    if (!std::isfinite(bounds.xMin)) {
        // Nothing to draw: a sensible empty frame rather than a collapsed one.
        bounds.yMin = 0;
        bounds.yMax = m_data.options.yUnit == ChartOptions::YUnit::SohPercent ? 110 : 100;
        bounds.xMin = 0;
        bounds.xMax = 100000;
        if (byDate) {
            bounds.xMax = double(QDateTime::currentMSecsSinceEpoch());
            bounds.xMin = bounds.xMax - 365.0 * 86400 * 1000;
        }
    }
    const double xPad = std::max((bounds.xMax - bounds.xMin) * 0.03, byDate ? 86400.0 * 1000 : 100.0);
    const double yPad = std::max((bounds.yMax - bounds.yMin) * 0.08, 0.5);
    if (byDate) {
        // Months for long spans; days where months would repeat on the ticks.
        const double days = (bounds.xMax - bounds.xMin + 2 * xPad) / (86400.0 * 1000);
        m_xDate->setFormat(days >= 150 ? u"MMM yyyy"_s : u"d MMM yyyy"_s);
        m_xDate->setRange(QDateTime::fromMSecsSinceEpoch(qint64(bounds.xMin - xPad), Qt::UTC),
                          QDateTime::fromMSecsSinceEpoch(qint64(bounds.xMax + xPad), Qt::UTC));
    } else {
        m_xValue->setRange(std::max(0.0, bounds.xMin - xPad), bounds.xMax + xPad);
        m_xValue->applyNiceNumbers();
    }
    m_y->setRange(bounds.yMin - yPad, bounds.yMax + yPad);
    m_y->applyNiceNumbers();
}

void NativeChartView::setTitle()
{
    QStringList title;
    if (!m_data.bandLabel.isEmpty())
        title.append(m_data.bandLabel);
    if (!m_data.selectedLabel.isEmpty())
        title.append(tr("Selected: %1").arg(m_data.selectedLabel));
    if (m_data.isEmpty())
        title.append(tr("No data to show for this choice."));
    if (!m_data.note.isEmpty())
        title.append(m_data.note);
    if (const QString dense = m_data.densityNote(); !dense.isEmpty())
        title.append(dense);
    chart()->setTitle(title.join(u"<br>"_s));
    chart()->setTitleFont(font());
}

void NativeChartView::renderImage(QSize size, ImageCallback done)
{
    if (size.isEmpty()) {
        done({}, tr("The image size %1 × %2 is empty.").arg(size.width()).arg(size.height()));
        return;
    }
    // A second view of the same data at the wanted size: the visible one is
    // not resized (and flickers not), and the image is drawn at full
    // resolution instead of scaling a screen grab.
    NativeChartView offscreen;
    offscreen.setPalette(palette());
    offscreen.setFont(font());
    offscreen.setAttribute(Qt::WA_DontShowOnScreen);
    offscreen.resize(size);
    offscreen.setChartData(m_data);
    offscreen.show(); // not on screen; makes Qt lay the chart out at this size
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        offscreen.render(&painter);
    }
    done(image, {});
}
