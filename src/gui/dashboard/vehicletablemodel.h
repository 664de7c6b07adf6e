// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/chartoptions.h"
#include "core/model/vehiclesummary.h"
#include "core/report/vehiclerows.h"

#include <QAbstractTableModel>
#include <QList>

// The vehicles of the current filter, one row each. Display text is
// formatted for people; SortRole holds the raw number so that sorting by
// mileage or SoH is numeric.
class VehicleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Vehicle, Model, Sessions, Period, Mileage, Capacity, Soh, Trend, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KeyRole };

    explicit VehicleTableModel(QObject *parent = nullptr);

    void setVehicles(const QList<VehicleSummary> &vehicles);
    const QList<VehicleSummary> &vehicles() const { return m_vehicles; }
    void setDistance(ChartOptions::Distance distance);

    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Capacity change per 10,000 km or mi in the unit shown (see
    // VehicleRows::trendRate).
    std::optional<VehicleRows::TrendRate> trendRate(const VehicleSummary &v) const;

    // What each source weighed in the efficiency of a car's derived points
    // (the capacity's tooltip).
    static QString calibrationText(const EfficiencyCalibration &calibration);

private:
    QVariant display(const VehicleSummary &v, int column) const;
    QVariant sortValue(const VehicleSummary &v, int column) const;

    QList<VehicleSummary> m_vehicles;
    ChartOptions::Distance m_distance = ChartOptions::Distance::Km;
};
