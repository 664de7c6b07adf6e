// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/capacitypoints.h"

#include <QList>
#include <QMap>

#include <cmath>

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
        // Points: anything whose elements have time, mileageKm, capacityKwh,
        // sigmaKwh and outlier (CapacityPoint, the chart's compact points).
        template<typename Points>
        void add(const Points &points, std::optional<double> capacityNewKwh);
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

template<typename Points>
void FleetBands::Accumulator::add(const Points &points, std::optional<double> capacityNewKwh)
{
    qint64 origin = 0;
    bool first = true;
    for (const auto &p : points) {
        if (!p.outlier && (first || p.time < origin)) {
            origin = p.time;
            first = false;
        }
    }
    QMap<qint64, QList<std::pair<double, double>>> mine;
    for (const auto &p : points) {
        if (p.outlier)
            continue;
        const double x = m_axis == Axis::Mileage ? p.mileageKm : (p.time - origin) / 86400.0;
        if (std::isnan(x) || x < 0)
            continue;
        mine[qint64(std::floor(x / m_binWidth))].append({p.capacityKwh, 1.0 / (p.sigmaKwh * p.sigmaKwh)});
    }
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const double kwh = weightedMedian(it.value());
        Summary &s = m_bins[it.key()];
        s.kwh.append(kwh);
        if (capacityNewKwh && *capacityNewKwh > 0)
            s.soh.append(kwh / *capacityNewKwh * 100);
    }
}
