// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/capacitypoints.h"

#include <QList>
#include <QMap>

#include <optional>

// Fleet view of one model: in each mileage (or age) bin, every vehicle is
// first summarized by the weighted median of its own points, then the
// vehicles are combined (median and 10th-90th percentile). A car that
// charges ten times as often still counts once.
struct FleetBand
{
    double binStart = 0; // km, or days since the vehicle's first session
    double binEnd = 0;
    int vehicles = 0;
    double medianKwh = 0;
    double p10Kwh = 0;
    double p90Kwh = 0;
    int sohVehicles = 0; // vehicles with a known capacity when new
    std::optional<double> medianSoh;
    std::optional<double> p10Soh;
    std::optional<double> p90Soh;
};

struct BandVehicle
{
    QList<CapacityPoint> points;
    std::optional<double> capacityNewKwh;
};

class FleetBands
{
public:
    enum class Axis { Mileage, Age };

    static constexpr double defaultMileageBinKm = 5000;
    static constexpr double defaultAgeBinDays = 91; // a quarter

    static QList<FleetBand> compute(const QList<BandVehicle> &vehicles, Axis axis, double binWidth);

    // The same, one vehicle at a time: each is summarized per bin as it
    // comes, so its points need not be kept.
    class Accumulator
    {
    public:
        Accumulator(Axis axis, double binWidth) : m_axis(axis), m_binWidth(binWidth) {}
        void add(const QList<CapacityPoint> &points, std::optional<double> capacityNewKwh);
        QList<FleetBand> bands() const;

    private:
        struct Summary
        {
            QList<double> kwh;
            QList<double> soh;
        };
        Axis m_axis;
        double m_binWidth;
        QMap<qint64, Summary> m_bins;
    };

    // Linear interpolation between order statistics (Hyndman-Fan type 7,
    // what spreadsheets call PERCENTILE).
    static double percentile(QList<double> values, double p);
    // The value at which half of the total weight lies on either side.
    static double weightedMedian(QList<std::pair<double, double>> valueWeight);
};
