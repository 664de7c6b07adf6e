// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli forget: every trace of a vehicle, gone.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"

using namespace Qt::StringLiterals;

int Commands::forget(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    const QCommandLineOption sourceOption(u"source"_s, u"Every vehicle shared from this source (see 'vehicles --json')."_s,
                                          u"ID"_s);
    sub.parser.addOption(sourceOption);
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key (see 'vehicles')."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    const bool bySource = sub.parser.isSet(sourceOption);
    if (sub.parser.positionalArguments().size() != (bySource ? 0 : 1))
        return context.usage(u"forget takes exactly one vehicle key, or --source ID"_s);
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    if (bySource) {
        const QString source = sub.parser.value(sourceOption);
        const auto forgotten = operations->forgetSource(source);
        if (!forgotten) {
            context.err << "cannot forget the source " << source << ": " << forgotten.error() << '\n';
            return Failure;
        }
        context.out << "Forgot the " << *forgotten << " vehicle(s) shared from " << source << ".\n";
        return Success;
    }
    const QString key = sub.parser.positionalArguments().first();
    if (auto forgotten = operations->forget(key); !forgotten) {
        context.err << "cannot forget " << key << ": " << forgotten.error() << '\n';
        return Failure;
    }
    context.out << "Forgot vehicle " << key << " and all its sessions.\n";
    return Success;
}
