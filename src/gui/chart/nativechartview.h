// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/chart/chartengine.h"

#include <QChartView>
#include <QHash>
#include <QImage>

#include <algorithm>
#include <cmath>

class QDateTimeAxis;
class QGraphicsItem;
class QScatterSeries;
class QValueAxis;

// The default engine: QtCharts. All faint session points of the fleet share
// a few scatter series (not one per vehicle), so that a fleet of hundreds of
// cars stays a handful of graphics items.
class NativeChartView : public QChartView, public ChartEngine
{
    Q_OBJECT
public:
    explicit NativeChartView(QWidget *parent = nullptr);

    Kind kind() const override { return Kind::Native; }
    QWidget *widget() override { return this; }
    void setChartData(const ChartData &data) override;
    const ChartData &chartData() const override { return m_data; }
    bool isReady() const override { return true; }
    void renderImage(QSize size, ImageCallback done) override;

    // The series drawn, by object name (for tests and hover look-up).
    QList<QAbstractSeries *> plottedSeries() const;
    // The fleet's density as drawn (null when every point is drawn).
    QImage densityImage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Colours
    {
        QColor fleet;
        QColor highlight;
        QColor grey;
        QColor band;
    };
    // What the drawn data spans, for the axes' ranges.
    struct Bounds
    {
        double xMin = INFINITY;
        double xMax = -INFINITY;
        double yMin = INFINITY;
        double yMax = -INFINITY;
        void grow(double x, double y)
        {
            if (!std::isfinite(x) || !std::isfinite(y))
                return;
            xMin = std::min(xMin, x);
            xMax = std::max(xMax, x);
            yMin = std::min(yMin, y);
            yMax = std::max(yMax, y);
        }
    };

    void rebuild();
    void prepareAxes();
    QAbstractAxis *xAxis() const;
    void attach(QAbstractSeries *series);
    void addBand(const Colours &colours, Bounds &bounds);
    void addPoints(const Colours &colours, Bounds &bounds);
    void addTrend(const Colours &colours, Bounds &bounds);
    void addReadings(const Colours &colours, Bounds &bounds);
    void setRanges(Bounds bounds);
    void setTitle();
    void applyPalette();
    QScatterSeries *addScatter(const QString &name, const QString &objectName, const QColor &fill, const QColor &outline,
                               qreal size, int shape);
    void showHover(QScatterSeries *series, const QPointF &point, bool state);

    ChartData m_data;
    QValueAxis *m_xValue = nullptr; // by mileage
    QDateTimeAxis *m_xDate = nullptr; // by date
    QValueAxis *m_y = nullptr;
    // Per scatter series, the hover text of each point in the order added.
    QHash<QScatterSeries *, QStringList> m_texts;
    QGraphicsItem *m_density = nullptr; // the fleet's density image, when there is one
};
