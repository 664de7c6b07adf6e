// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli health: capacity points, readings, trends and fleet
// bands, as CSV or JSON lines for scripts, or the bands as a table for people.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"
#include "core/report/csv.h"
#include "core/report/healthrows.h"

#include <QFileDevice>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

// Lines straight to the output's device in large writes (through the text
// stream when it has none), stopping at the first failed write (a full
// disk, a closed pipe).
class RawOutput
{
public:
    explicit RawOutput(QTextStream &stream) : m_stream(stream)
    {
        m_stream.flush();
        m_buffer.reserve(bufferSize + 4096);
    }
    void append(const QByteArray &line)
    {
        m_buffer += line;
        m_buffer += '\n';
        if (m_buffer.size() >= bufferSize)
            flush();
    }
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool finish()
    {
        flush();
        if (QIODevice *device = m_stream.device(); ok() && device) {
            if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush())
                m_error = file->errorString();
        }
        return ok();
    }

private:
    static constexpr qsizetype bufferSize = 1 << 16;
    void flush()
    {
        if (m_buffer.isEmpty() || !ok()) {
            m_buffer.clear();
            return;
        }
        QIODevice *device = m_stream.device();
        if (!device) {
            m_stream << QString::fromUtf8(m_buffer);
        } else if (device->write(m_buffer) != m_buffer.size()) {
            m_error = device->errorString();
        }
        m_buffer.clear();
    }
    QTextStream &m_stream;
    QByteArray m_buffer;
    QString m_error;
};

QString percentiles(double median, double p10, double p90)
{
    return u"%1 (%2–%3)"_s.arg(median, 0, 'f', 1).arg(p10, 0, 'f', 1).arg(p90, 0, 'f', 1);
}

void printBands(QTextStream &out, const QList<ModelBands> &bands, bool byMileage)
{
    for (const ModelBands &mb : bands) {
        out << mb.provenance() << (byMileage ? u" — by mileage (km)\n"_s : u" — by age (days since first session)\n"_s);
        out << "  " << u"FROM"_s.rightJustified(8) << ' ' << u"TO"_s.rightJustified(8) << "  VEHICLES  "
            << "MEDIAN KWH (P10–P90)      MEDIAN SOH % (P10–P90)\n";
        for (const FleetBand &b : mb.bands) {
            out << "  " << QString::number(b.binStart, 'f', 0).rightJustified(8) << ' '
                << QString::number(b.binEnd, 'f', 0).rightJustified(8) << "  "
                << QString::number(b.vehicles).rightJustified(8) << "  "
                << percentiles(b.medianKwh, b.p10Kwh, b.p90Kwh).leftJustified(24) << "  "
                << (b.medianSoh ? percentiles(*b.medianSoh, b.p10Soh.value_or(NAN), b.p90Soh.value_or(NAN)) : u"-"_s)
                << '\n';
        }
    }
    if (bands.isEmpty())
        out << "No fleet bands: no vehicle with a known model has capacity points yet.\n";
}

} // namespace

int Commands::health(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption modelOption(u"model"_s, u"Only this model (and its fleet)."_s, u"NAME"_s);
    QCommandLineOption vehicleOption(u"vehicle"_s, u"Only this vehicle, over its model's fleet bands."_s, u"KEY"_s);
    QCommandLineOption byOption(u"by"_s, u"Fleet bands and trend by 'mileage' (default) or 'date'."_s, u"AXIS"_s,
                                u"mileage"_s);
    QCommandLineOption csvOption(u"csv"_s, u"CSV: one row per point, trend sample and band."_s);
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per point, trend sample and band per line."_s);
    sub.parser.addOptions({modelOption, vehicleOption, byOption, csvOption, jsonOption});
    if (const auto done = sub.parse(context, args))
        return *done;
    const QString by = sub.parser.value(byOption);
    if (by != u"mileage" && by != u"date")
        return context.usage(u"--by takes 'mileage' or 'date'"_s);
    if (sub.parser.isSet(csvOption) && sub.parser.isSet(jsonOption))
        return context.usage(u"choose one of --csv and --json"_s);
    const bool byMileage = by == u"mileage";

    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    const Operations::Selection selection{sub.parser.value(modelOption), sub.parser.value(vehicleOption)};
    const FleetBands::Axis axis = byMileage ? FleetBands::Axis::Mileage : FleetBands::Axis::Age;
    const bool json = sub.parser.isSet(jsonOption);
    if (!json && !sub.parser.isSet(csvOption)) {
        auto bands = operations->streamHealth(selection, axis, [](const VehicleHealthView &) {});
        if (!bands) {
            context.err << bands.error() << '\n';
            return Failure;
        }
        printBands(context.out, *bands, byMileage);
        return Success;
    }

    // Rows are written as they are made: memory stays that of one vehicle.
    RawOutput out(context.out);
    if (!json)
        out.append(Csv::line(HealthRows::columns()).toUtf8());
    HealthRows::Options options;
    options.byMileage = byMileage;
    const HealthRows::Sink sink = [&out, json](const HealthRows::Row &row) { out.append(json ? row.json() : row.csv()); };
    auto bands = operations->streamHealth(selection, axis, [&](const VehicleHealthView &view) {
        if (out.ok())
            HealthRows::writeVehicle(view, options, sink);
    });
    if (!bands) {
        out.finish();
        context.err << bands.error() << '\n';
        return Failure;
    }
    HealthRows::writeBands(*bands, sink);
    if (!out.finish()) {
        context.err << u"Cannot write the output: %1"_s.arg(out.error()) << '\n';
        return Failure;
    }
    return Success;
}
