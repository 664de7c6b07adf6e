// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dashboard/vehicletablemodel.h"

#include "core/report/vehiclerows.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString shortDate(std::optional<qint64> t)
{
    return t ? QLocale().toString(QDateTime::fromSecsSinceEpoch(*t, Qt::UTC).date(), QLocale::ShortFormat) : u"–"_s;
}

} // namespace

VehicleTableModel::VehicleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void VehicleTableModel::setVehicles(const QList<VehicleSummary> &vehicles)
{
    beginResetModel();
    m_vehicles = vehicles;
    endResetModel();
}

void VehicleTableModel::setDistance(ChartOptions::Distance distance)
{
    if (distance == m_distance)
        return;
    m_distance = distance;
    if (!m_vehicles.isEmpty())
        Q_EMIT dataChanged(index(0, Mileage), index(rowCount() - 1, Trend));
    Q_EMIT headerDataChanged(Qt::Horizontal, Mileage, Trend);
}

int VehicleTableModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_vehicles.size(); ++i) {
        if (m_vehicles[i].key == key)
            return int(i);
    }
    return -1;
}

int VehicleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vehicles.size());
}

int VehicleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<VehicleRows::TrendRate> VehicleTableModel::trendRate(const VehicleSummary &v) const
{
    return VehicleRows::trendRate(v, m_distance == ChartOptions::Distance::Km ? 10000 : 10000 * ChartOptions::kmPerMile);
}

QVariant VehicleTableModel::display(const VehicleSummary &v, int column) const
{
    const QLocale locale;
    switch (column) {
    case Vehicle:
        return v.shared() ? tr("shared %1").arg(v.key.left(8)) : v.key.left(8);
    case Model:
        return v.model.isEmpty() ? tr("unknown — set it") : v.model;
    case Sessions:
        return locale.toString(v.sessions);
    case Period:
        return v.firstSession ? tr("%1 – %2").arg(shortDate(v.firstSession), shortDate(v.lastSession)) : u"–"_s;
    case Mileage:
        if (!v.mileageKm)
            return u"–"_s;
        return m_distance == ChartOptions::Distance::Km
                   ? tr("%L1 km").arg(*v.mileageKm, 0, 'f', 0)
                   : tr("%L1 mi").arg(*v.mileageKm / ChartOptions::kmPerMile, 0, 'f', 0);
    case Capacity:
        if (!v.capacityKwh)
            return u"–"_s;
        return tr("%L1 kWh (%L2–%L3)")
            .arg(*v.capacityKwh, 0, 'f', 1)
            .arg(v.capacityLowKwh.value_or(*v.capacityKwh), 0, 'f', 1)
            .arg(v.capacityHighKwh.value_or(*v.capacityKwh), 0, 'f', 1);
    case Soh:
        if (!v.sohPercent)
            return v.capacityKwh ? tr("capacity when new unknown") : u"–"_s;
        return tr("%L1 % (%L2–%L3)")
            .arg(*v.sohPercent, 0, 'f', 1)
            .arg(v.sohLowPercent.value_or(*v.sohPercent), 0, 'f', 1)
            .arg(v.sohHighPercent.value_or(*v.sohPercent), 0, 'f', 1);
    case Trend: {
        const auto rate = trendRate(v);
        if (!rate)
            return u"–"_s;
        const QString per = rate->perYear ? tr("per year")
                                          : (m_distance == ChartOptions::Distance::Km ? tr("per 10,000 km")
                                                                                      : tr("per 10,000 mi"));
        return rate->percent ? tr("%L1 % %2").arg(rate->value, 0, 'f', 1).arg(per)
                             : tr("%L1 kWh %2").arg(rate->value, 0, 'f', 2).arg(per);
    }
    }
    return {};
}

QVariant VehicleTableModel::sortValue(const VehicleSummary &v, int column) const
{
    switch (column) {
    case Vehicle:
        return QString(QLatin1Char(v.shared() ? '1' : '0') + v.key); // the user's own first
    case Model:
        return v.model.toLower();
    case Sessions:
        return v.sessions;
    case Period:
        return v.lastSession.value_or(0);
    case Mileage:
        return v.mileageKm.value_or(-1);
    case Capacity:
        return v.capacityKwh.value_or(-1);
    case Soh:
        return v.sohPercent.value_or(-1);
    case Trend: {
        const auto rate = trendRate(v);
        return rate ? rate->value : -1e9;
    }
    }
    return {};
}

QString VehicleTableModel::calibrationText(const EfficiencyCalibration &c)
{
    const QLocale locale;
    const auto percent = [&locale](double share) { return locale.toString(share * 100, 'f', 0); };
    QString text = tr("Charging efficiency of the derived points: %1 % from the published ranges or other cars' "
                      "battery energy")
                       .arg(percent(c.weightPrior));
    if (c.fleetVehicles > 0)
        text += tr(", %1 % from the readings of %n other car(s)", "", c.fleetVehicles).arg(percent(c.weightFleetReadings));
    if (c.readingsUsed > 0)
        text += tr(", %1 % from %n reading(s) of this car", "", c.readingsUsed).arg(percent(c.weightOwnReadings));
    if (c.weightCapacityNew > 0)
        text += tr(", %1 % from its capacity when new (its history starts new)").arg(percent(c.weightCapacityNew));
    text += tr("; moved by %1 %, uncertain by ±%2 %.")
                .arg(locale.toString(c.shift * 100, 'f', 1), locale.toString(c.sigmaRelative * 100, 'f', 1));
    return text;
}

QVariant VehicleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_vehicles.size())
        return {};
    const VehicleSummary &v = m_vehicles[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(v, index.column());
    case SortRole:
        return sortValue(v, index.column());
    case KeyRole:
        return v.key;
    case Qt::FontRole: {
        if (!v.shared())
            return {};
        QFont italic;
        italic.setItalic(true); // another owner's car, listed apart
        return italic;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Sessions || index.column() == Mileage
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Vehicle:
            if (v.shared())
                return tr("Shared by another owner (source %1): it is part of the fleet band and the fleet's numbers. "
                          "View → Include shared vehicles hides the shared ones.").arg(v.sharedSource.left(8));
            return tr("Vehicle key %1: it identifies the car on this computer only (no VIN is stored).").arg(v.key);
        case Model:
            return v.model.isEmpty() ? tr("The export does not say which model this is. Double-click to set it.")
                                     : (v.modelSource == u"user" ? tr("Model set by you") : tr("Model from the KeyList"));
        case Capacity: {
            QString text = tr("Usable capacity now, with its 90 % interval, from %n session estimate(s) (%1 derived from "
                              "grid energy).",
                              "", v.estimates)
                               .arg(v.derivedEstimates);
            if (v.calibration && v.derivedEstimates > 0)
                text += u"\n"_s + calibrationText(*v.calibration);
            if (v.overheadKw && v.derivedEstimates > 0)
                text += u"\n"_s
                        + tr("Its charging at different powers shows a draw of %L1 ± %L2 kW while it charges "
                             "(0.35 kW assumed otherwise): its low-power sessions are scaled by that.")
                              .arg(*v.overheadKw, 0, 'f', 2)
                              .arg(v.overheadSigmaKw, 0, 'f', 2);
            return text;
        }
        case Soh:
            if (!v.capacityNewKwh)
                return tr("Set the capacity when new (Vehicle menu) to see the state of health.");
            return tr("Capacity now ÷ capacity when new (%L1 kWh, %2).")
                .arg(*v.capacityNewKwh, 0, 'f', 1)
                .arg(v.capacityNewSource == u"override" ? tr("set by you") : tr("model table"));
        case Trend:
            return tr("Change of usable capacity at the end of the recorded period.");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant VehicleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Vehicle:
        return tr("Vehicle");
    case Model:
        return tr("Model");
    case Sessions:
        return tr("Sessions");
    case Period:
        return tr("Period");
    case Mileage:
        return tr("Mileage");
    case Capacity:
        return tr("Capacity");
    case Soh:
        return tr("State of health");
    case Trend:
        return tr("Trend");
    }
    return {};
}
