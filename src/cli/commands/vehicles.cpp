// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli vehicles: the vehicles with their estimates, as a table
// for people or JSON lines for scripts.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/model/isotime.h"
#include "core/operations/operations.h"
#include "core/report/jsonvalues.h"
#include "core/report/vehiclerows.h"

using namespace Qt::StringLiterals;

namespace {

QString dateOrDash(const std::optional<qint64> &t)
{
    return t ? isoUtc(*t).left(10) : u"-"_s;
}

QString withInterval(const std::optional<double> &value, const std::optional<double> &low,
                     const std::optional<double> &high)
{
    return u"%1 (%2–%3)"_s.arg(*value, 0, 'f', 1).arg(low.value_or(NAN), 0, 'f', 1).arg(high.value_or(NAN), 0, 'f', 1);
}

void printTable(QTextStream &out, const QList<VehicleSummary> &vehicles)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(u"VEHICLE"_s.leftJustified(16), u"MODEL"_s.leftJustified(24), u"SESSIONS"_s.rightJustified(8),
                    u"PERIOD"_s.leftJustified(23), u"MILEAGE KM"_s.rightJustified(10), u"CAPACITY KWH"_s.leftJustified(20),
                    u"SOH %"_s);
    bool sharedYet = false;
    for (const VehicleSummary &v : vehicles) {
        // Listed after the user's own (the store's order), under a heading.
        if (v.shared() && !sharedYet) {
            out << "\nShared by other owners (in the fleet bands; forget --source ID removes one source's):\n";
            sharedYet = true;
        }
        const QString capacity = v.capacityKwh ? withInterval(v.capacityKwh, v.capacityLowKwh, v.capacityHighKwh) : u"-"_s;
        const QString soh = v.sohPercent ? withInterval(v.sohPercent, v.sohLowPercent, v.sohHighPercent)
                                         : (v.capacityKwh ? u"capacity when new unknown: set-capacity"_s : u"-"_s);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(v.key.leftJustified(16), (v.model.isEmpty() ? u"(unknown)"_s : v.model).leftJustified(24),
                        QString::number(v.sessions).rightJustified(8),
                        QString(dateOrDash(v.firstSession) + u" – "_s + dateOrDash(v.lastSession)).leftJustified(23),
                        (v.mileageKm ? QString::number(*v.mileageKm, 'f', 0) : u"-"_s).rightJustified(10),
                        capacity.leftJustified(20), soh);
    }
}

} // namespace

int Commands::vehicles(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per vehicle per line."_s);
    sub.parser.addOption(jsonOption);
    if (const auto done = sub.parseWithoutArguments(context, args))
        return *done;
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    const auto vehicles = operations->vehicles();
    if (!vehicles) {
        context.err << "cannot list the vehicles: " << vehicles.error() << '\n';
        return Failure;
    }
    if (sub.parser.isSet(jsonOption)) {
        for (const VehicleSummary &v : *vehicles)
            context.out << JsonValues::line(VehicleRows::json(v)) << '\n';
        return Success;
    }
    if (vehicles->isEmpty()) {
        context.out << "No vehicles yet. Import a CarData export: cardata-health-cli import FILE\n";
        return Success;
    }
    printTable(context.out, *vehicles);
    return Success;
}
