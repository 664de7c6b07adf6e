// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli health: capacity points, readings, trends and fleet
// bands, as CSV or JSON lines for scripts, or the bands as a table for people.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"
#include "core/report/csv.h"
#include "core/report/healthrows.h"
#include "core/report/jsonvalues.h"

using namespace Qt::StringLiterals;

namespace {

QString percentiles(double median, double p10, double p90)
{
    return u"%1 (%2–%3)"_s.arg(median, 0, 'f', 1).arg(p10, 0, 'f', 1).arg(p90, 0, 'f', 1);
}

void printBands(QTextStream &out, const QList<ModelBands> &bands, bool byMileage)
{
    for (const ModelBands &mb : bands) {
        out << mb.label << (byMileage ? u" — by mileage (km)\n"_s : u" — by age (days since first session)\n"_s);
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
    const auto report = operations->healthReport({sub.parser.value(modelOption), sub.parser.value(vehicleOption)},
                                                 byMileage ? FleetBands::Axis::Mileage : FleetBands::Axis::Age);
    if (!report) {
        context.err << report.error() << '\n';
        return Failure;
    }

    HealthRows::Options options;
    options.byMileage = byMileage;
    if (sub.parser.isSet(jsonOption)) {
        HealthRows::write(report->views, report->bands, options,
                          [&](const QJsonObject &row) { context.out << JsonValues::line(row) << '\n'; });
        return Success;
    }
    if (sub.parser.isSet(csvOption)) {
        const QStringList &columns = HealthRows::columns();
        context.out << Csv::line(columns) << '\n';
        HealthRows::write(report->views, report->bands, options, [&](const QJsonObject &row) {
            QStringList fields;
            fields.reserve(columns.size());
            for (const QString &c : columns)
                fields.append(Csv::field(row.value(c)));
            context.out << Csv::line(fields) << '\n';
        });
        return Success;
    }
    printBands(context.out, report->bands, byMileage);
    return Success;
}
