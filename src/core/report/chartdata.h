// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/chartoptions.h"
#include "core/report/healthview.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cmath>

// Everything either chart engine draws, already in display units: x is the
// distance in the chosen unit or the time in ms since the epoch, y is kWh or
// SoH %. Building it once keeps the two engines and the CSV export showing
// exactly the same numbers.
struct ChartPoint
{
    double x = 0;
    double y = 0;
    qint64 time = 0;       // Unix s
    double mileageKm = NAN;
    double capacityKwh = 0;
    bool derived = false;  // capacity from grid energy x efficiency, not measured battery energy
    bool outlier = false;
    bool selected = false; // belongs to the highlighted vehicle
    bool shared = false;   // of a car another owner shared (docs/sharing.md)
    QString vehicleKey;
};

// Which series a point is drawn in, the same in both engines: another
// owner's car apart from the user's own fleet.
enum class ChartSeries { FleetMeasured, FleetDerived, Shared, Outliers, SelectedMeasured, SelectedDerived };
ChartSeries chartSeriesOf(const ChartPoint &point);

// A reading from the vehicle's KeyList (the BMS's own capacity or SoH).
struct ChartReading
{
    double x = 0;
    double y = 0;
    qint64 time = 0;
    double mileageKm = NAN;
    QString kind;
};

struct ChartBandPoint
{
    double x = 0; // bin centre
    double median = 0;
    double low = 0;  // 10th percentile
    double high = 0; // 90th percentile
    int vehicles = 0;
};

struct ChartTrendPoint
{
    double x = 0;
    double y = 0;
    double low = 0; // 90 % interval of the fitted mean
    double high = 0;
};

// The fleet's background cloud counted per cell of a grid, when it holds
// more points than either engine can draw one by one: a million sessions
// still look like a million, in the time it takes to draw an image.
struct ChartDensity
{
    double x0 = 0; // the grid's edges, in display units
    double x1 = 0;
    double y0 = 0;
    double y1 = 0;
    int columns = 0;
    int rows = 0;
    QList<quint32> counts; // rows x columns; row 0 is the bottom one (y0)
    quint32 maxCount = 0;
    qsizetype sessions = 0; // points counted

    bool isEmpty() const { return sessions == 0; }
    quint32 count(int column, int row) const { return counts[qsizetype(row) * columns + column]; }
};

struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)

public:
    ChartOptions options;
    QString xLabel;
    QString yLabel;
    QString bandLabel;    // "i4 eDrive40 fleet (8 vehicles)"; empty without a band
    QString selectedLabel; // the highlighted vehicle, for the legend
    QString note;          // why something is missing, in plain words
    // The points drawn one by one: every point of the vehicles shown, or,
    // when the fleet's cloud is counted in `density` instead, only the
    // selected vehicle's.
    QList<ChartPoint> points;
    ChartDensity density;
    QList<ChartReading> readings; // of the selected vehicle
    QList<ChartBandPoint> band;
    QList<ChartTrendPoint> trend; // of the selected vehicle

    bool isEmpty() const { return points.isEmpty() && density.isEmpty() && band.isEmpty() && readings.isEmpty(); }
    int visiblePoints() const;

    // views: the vehicles in the current filter. bandModel: the model whose
    // fleet band to draw (empty: the selected vehicle's model, if any).
    static ChartData build(const QList<ChartVehicle> &views, const ChartOptions &options, const QString &bandModel = {});
    // The same from full views (converted; capacities to the whole Wh the
    // store keeps).
    static ChartData build(const QList<VehicleHealthView> &views, const ChartOptions &options,
                           const QString &bandModel = {});

    // Qt Charts 6.4 keeps a graphics item per scatter point and Plotly an
    // SVG node: tens of thousands take seconds to draw. Beyond this many
    // points of other vehicles, the fleet's cloud is counted on a grid of
    // densityColumns x densityRows cells instead; the selected vehicle is
    // always drawn point by point, and bands and axes use every point.
    static constexpr qsizetype backgroundCap = 3000;
    static constexpr int densityColumns = 240;
    static constexpr int densityRows = 120;
    QString densityNote() const; // empty when every point is drawn

    QJsonObject toJson() const;
    // Points, readings, trend and band rows with units in the header:
    // every point, also those counted in the density.
    QByteArray toCsv() const;

    // Hover text of a point or reading: value, date, mileage, how it was
    // obtained; lines separated by '\n'. Shared by both engines.
    QString pointText(const ChartPoint &point) const;
    QString readingText(const ChartReading &reading) const;
    QString formatX(double x) const;

private:
    // The vehicles the points came from (shared, not copied): toCsv writes
    // every point even when the chart counts them in a density.
    QList<ChartVehicle> m_source;
};
