// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli share: an anonymized bundle of one's own cars for other
// owners' fleet bands (docs/sharing.md). What leaves the computer is said
// before it is written.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"
#include "core/share/sharebundle.h"

using namespace Qt::StringLiterals;

int Commands::share(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    const QCommandLineOption outOption(u"out"_s, u"The bundle to write (FILE.cdshare)."_s, u"FILE"_s);
    const QCommandLineOption vehicleOption(u"vehicle"_s, u"Only this vehicle (repeat for more; default: all your own)."_s,
                                           u"KEY"_s);
    sub.parser.addOption(outOption);
    sub.parser.addOption(vehicleOption);
    if (const auto done = sub.parseWithoutArguments(context, args))
        return *done;
    if (!sub.parser.isSet(outOption))
        return context.usage(u"share needs --out FILE.cdshare"_s);
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    const auto bundle = operations->shareBundle(sub.parser.values(vehicleOption));
    if (!bundle) {
        context.err << "cannot share: " << bundle.error() << '\n';
        return Failure;
    }
    context.err << "The bundle holds " << bundle->vehicles.size() << " vehicle(s), " << bundle->sessionCount()
                << " charging session(s) and " << bundle->readingCount() << " battery reading(s), and nothing else:\n"
                << "  per vehicle: an id of its own (not its key), model, drive train, capacity when new\n"
                << "  per session: " << ShareFormat::sessionFields().join(u", "_s)
                << " (the day without time, the mileage to 100 km)\n"
                << "  per reading: " << ShareFormat::readingFields().join(u", "_s) << '\n';
    if (const QString sample = bundle->sampleSessionRow(); !sample.isEmpty())
        context.err << "  a session as written: " << sample << '\n';
    const QString out = sub.parser.value(outOption);
    const auto written = Operations::writeBundle(*bundle, out);
    if (!written) {
        context.err << written.error() << '\n';
        return Failure;
    }
    context.out << "Wrote " << out << " (" << *written << " bytes): " << bundle->vehicles.size() << " vehicle(s), "
                << bundle->sessionCount() << " session(s).\n";
    return Success;
}
