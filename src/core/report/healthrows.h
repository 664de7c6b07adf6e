// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/healthview.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

// The rows of `cardata-health-cli health`: each vehicle's capacity points,
// battery readings and sampled trend, then the fleet bands of its model.
// One row is a JSON object with a "type"; CSV writes the same rows with one
// column per field (columns()). Rows go to a sink one at a time and are
// formatted straight to bytes, so that a million of them are never held in
// memory and cost no more than their text.
namespace HealthRows {

const QStringList &columns();

// One row: a value per column, or none. JSON writes the present fields in
// the order of their names (as QJsonDocument does, byte for byte); CSV
// writes every column, empty where there is none.
class Row
{
public:
    enum Column {
        Type, Vehicle, Model, Time, MileageKm, BinStart, BinEnd, Vehicles, CapacityKwh, SigmaKwh, LowKwh, HighKwh,
        SohPercent, P10, P90, P10SohPercent, P90SohPercent, Derived, Outlier, Kind, DeltaSoc, Reading, Value,
        FleetVehicles, FleetOwn, FleetShared, // a band's model: its cars in all, the user's own, shared by others
        ColumnCount
    };

    void setNull(Column c);
    void setBool(Column c, bool value);
    // NaN is null; otherwise rounded to `decimals` (negative: as it is).
    void setNumber(Column c, double value, int decimals = -1);
    void setNumber(Column c, const std::optional<double> &value, int decimals = -1);
    // Empty text is null.
    void setText(Column c, const QString &text);

    QByteArray json() const;       // one compact JSON object, no newline
    QByteArray csv() const;        // one CSV line, no newline

    // The same formatting, for one value: what JSON and CSV make of a number.
    static void appendJsonNumber(QByteArray &out, double value);
    static void appendJsonText(QByteArray &out, const QString &text);
    static void appendCsvNumber(QByteArray &out, double value);

private:
    enum class ValueKind : quint8 { Absent, Null, Bool, Number, Text };
    struct Cell
    {
        ValueKind kind = ValueKind::Absent;
        bool flag = false;
        double number = 0;
        QString text;
    };
    std::array<Cell, ColumnCount> m_values;
};

struct Options
{
    bool byMileage = true; // else by date (the bands by age)
};

using Sink = std::function<void(const Row &row)>;

void writeVehicle(const VehicleHealthView &view, const Options &options, const Sink &sink);
void writeBands(const QList<ModelBands> &bands, const Sink &sink);
void write(const QList<VehicleHealthView> &views, const QList<ModelBands> &bands, const Options &options,
           const Sink &sink);

} // namespace HealthRows
