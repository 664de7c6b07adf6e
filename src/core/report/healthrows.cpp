// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/healthrows.h"

#include "core/model/isotime.h"
#include "core/report/csv.h"
#include "core/report/trendsamples.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace HealthRows {

const QStringList &columns()
{
    static const QStringList names = {
        u"type"_s,     u"vehicle"_s,  u"model"_s,       u"time"_s,     u"mileage_km"_s,      u"bin_start"_s,
        u"bin_end"_s,  u"vehicles"_s, u"capacity_kwh"_s, u"sigma_kwh"_s, u"low_kwh"_s,         u"high_kwh"_s,
        u"soh_percent"_s, u"p10"_s,   u"p90"_s,         u"p10_soh_percent"_s, u"p90_soh_percent"_s, u"derived"_s,
        u"outlier"_s,  u"kind"_s,     u"delta_soc"_s,   u"reading"_s,  u"value"_s,
        u"fleet_vehicles"_s, u"fleet_own"_s, u"fleet_shared"_s};
    return names;
}

namespace {

// The columns' indexes in the order of their names: how QJsonObject orders
// its keys, so that the JSON lines stay what they were.
const std::array<int, Row::ColumnCount> &jsonOrder()
{
    static const auto order = [] {
        std::array<int, Row::ColumnCount> o{};
        for (int i = 0; i < Row::ColumnCount; ++i)
            o[size_t(i)] = i;
        std::sort(o.begin(), o.end(), [](int a, int b) { return columns()[a] < columns()[b]; });
        return o;
    }();
    return order;
}

const std::array<QByteArray, Row::ColumnCount> &quotedNames()
{
    static const auto names = [] {
        std::array<QByteArray, Row::ColumnCount> n;
        for (int i = 0; i < Row::ColumnCount; ++i)
            n[size_t(i)] = '"' + columns()[i].toUtf8() + "\":";
        return n;
    }();
    return names;
}

double roundedTo(double value, int decimals)
{
    static constexpr double powers[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    if (decimals < 0)
        return value;
    const double f = decimals < int(std::size(powers)) ? powers[decimals] : std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

} // namespace

void Row::setNull(Column c)
{
    m_values[c] = Cell{ValueKind::Null, false, 0, {}};
}

void Row::setBool(Column c, bool value)
{
    m_values[c] = Cell{ValueKind::Bool, value, 0, {}};
}

void Row::setNumber(Column c, double value, int decimals)
{
    if (std::isnan(value))
        setNull(c);
    else
        m_values[c] = Cell{ValueKind::Number, false, roundedTo(value, decimals), {}};
}

void Row::setNumber(Column c, const std::optional<double> &value, int decimals)
{
    setNumber(c, value.value_or(NAN), decimals);
}

void Row::setText(Column c, const QString &text)
{
    if (text.isEmpty())
        setNull(c);
    else
        m_values[c] = Cell{ValueKind::Text, false, 0, text};
}

void Row::appendJsonNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    // Whole numbers as integers, as QJsonValue keeps them; the rest in the
    // shortest form that reads back the same.
    constexpr double exact = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::fabs(value) < exact && !(value == 0 && std::signbit(value)))
        out += QByteArray::number(qint64(value));
    else
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void Row::appendJsonText(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void Row::appendCsvNumber(QByteArray &out, double value)
{
    // printf's %.10g, which is what QByteArray::number(value, 'g', 10)
    // writes, without its arbitrary-precision path.
    char text[32];
    if (value == 0)
        value = 0; // Qt writes no sign on zero
    const auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 10);
    if (error == std::errc())
        out.append(text, end - text);
    else
        out += QByteArray::number(value, 'g', 10);
}

QByteArray Row::json() const
{
    QByteArray out;
    out.reserve(256);
    out += '{';
    bool first = true;
    for (const int c : jsonOrder()) {
        const Cell &v = m_values[size_t(c)];
        if (v.kind == ValueKind::Absent)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += quotedNames()[size_t(c)];
        switch (v.kind) {
        case ValueKind::Absent:
        case ValueKind::Null: out += "null"; break;
        case ValueKind::Bool: out += v.flag ? "true" : "false"; break;
        case ValueKind::Number: appendJsonNumber(out, v.number); break;
        case ValueKind::Text: appendJsonText(out, v.text); break;
        }
    }
    out += '}';
    return out;
}

QByteArray Row::csv() const
{
    QByteArray out;
    out.reserve(160);
    for (int c = 0; c < ColumnCount; ++c) {
        if (c > 0)
            out += ',';
        const Cell &v = m_values[size_t(c)];
        switch (v.kind) {
        case ValueKind::Absent:
        case ValueKind::Null: break;
        case ValueKind::Bool: out += v.flag ? '1' : '0'; break;
        case ValueKind::Number: appendCsvNumber(out, v.number); break;
        case ValueKind::Text: out += Csv::text(v.text).toUtf8(); break;
        }
    }
    return out;
}

namespace {

void setSoh(Row &row, double kwh, const std::optional<double> &capacityNew)
{
    if (capacityNew)
        row.setNumber(Row::SohPercent, kwh / *capacityNew * 100, 2);
    else
        row.setNull(Row::SohPercent);
}

} // namespace

void writeVehicle(const VehicleHealthView &v, const Options &options, const Sink &sink)
{
    const QString &model = v.vehicle.model;
    const std::optional<double> capacityNew = v.vehicle.capacityNewKwh;
    for (const CapacityPoint &p : v.points) {
        Row row;
        row.setText(Row::Type, u"point"_s);
        row.setText(Row::Vehicle, v.vehicle.key);
        row.setText(Row::Model, model);
        row.setText(Row::Time, isoUtc(p.time));
        row.setNumber(Row::MileageKm, p.mileageKm, 0);
        row.setNumber(Row::CapacityKwh, p.capacityKwh, 3);
        row.setNumber(Row::SigmaKwh, p.sigmaKwh, 3);
        setSoh(row, p.capacityKwh, capacityNew);
        row.setBool(Row::Derived, p.derived);
        row.setBool(Row::Outlier, p.outlier);
        row.setText(Row::Kind, chargingKindName(p.kind));
        row.setNumber(Row::DeltaSoc, p.deltaSoc);
        sink(row);
    }
    for (const BatteryReading &r : v.readings) {
        Row row;
        row.setText(Row::Type, u"reading"_s);
        row.setText(Row::Vehicle, v.vehicle.key);
        row.setText(Row::Model, model);
        row.setText(Row::Time, isoUtc(r.time));
        row.setText(Row::Reading, batteryReadingKindName(r.kind));
        row.setNumber(Row::Value, r.value);
        sink(row);
    }
    // The trend, sampled over the range it was fitted on.
    const std::optional<TrendModel> &trend = options.byMileage ? v.vehicle.trendMileage : v.vehicle.trendDate;
    if (!trend)
        return;
    for (const TrendSample &s : TrendSamples::sample(*trend)) {
        Row row;
        row.setText(Row::Type, u"trend"_s);
        row.setText(Row::Vehicle, v.vehicle.key);
        row.setText(Row::Model, model);
        row.setNumber(Row::CapacityKwh, s.y, 3);
        row.setNumber(Row::LowKwh, s.low, 3);
        row.setNumber(Row::HighKwh, s.high, 3);
        setSoh(row, s.y, capacityNew);
        if (options.byMileage)
            row.setNumber(Row::MileageKm, s.x, 0);
        else
            row.setText(Row::Time, isoUtc(v.vehicle.dateOrigin.value_or(0) + qint64(s.x * 86400)));
        sink(row);
    }
}

void writeBands(const QList<ModelBands> &bands, const Sink &sink)
{
    for (const ModelBands &mb : bands) {
        for (const FleetBand &b : mb.bands) {
            Row row;
            row.setText(Row::Type, u"band"_s);
            row.setText(Row::Model, mb.label);
            row.setNumber(Row::BinStart, b.binStart);
            row.setNumber(Row::BinEnd, b.binEnd);
            row.setNumber(Row::Vehicles, b.vehicles);
            row.setNumber(Row::CapacityKwh, b.medianKwh, 3);
            row.setNumber(Row::P10, b.p10Kwh, 3);
            row.setNumber(Row::P90, b.p90Kwh, 3);
            row.setNumber(Row::SohPercent, b.medianSoh, 2);
            row.setNumber(Row::P10SohPercent, b.p10Soh, 2);
            row.setNumber(Row::P90SohPercent, b.p90Soh, 2);
            row.setNumber(Row::FleetVehicles, mb.ownVehicles + mb.sharedVehicles);
            row.setNumber(Row::FleetOwn, mb.ownVehicles);
            row.setNumber(Row::FleetShared, mb.sharedVehicles);
            sink(row);
        }
    }
}

void write(const QList<VehicleHealthView> &views, const QList<ModelBands> &bands, const Options &options,
           const Sink &sink)
{
    for (const VehicleHealthView &v : views)
        writeVehicle(v, options, sink);
    writeBands(bands, sink);
}

} // namespace HealthRows
