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
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key (see 'vehicles')."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    if (sub.parser.positionalArguments().size() != 1)
        return context.usage(u"forget takes exactly one vehicle key"_s);
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    const QString key = sub.parser.positionalArguments().first();
    if (auto forgotten = operations->forget(key); !forgotten) {
        context.err << "cannot forget " << key << ": " << forgotten.error() << '\n';
        return Failure;
    }
    context.out << "Forgot vehicle " << key << " and all its sessions.\n";
    return Success;
}
