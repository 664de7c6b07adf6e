// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli set-model: a vehicle's model, and its estimate with it.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"

using namespace Qt::StringLiterals;

int Commands::setModel(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key."_s);
    sub.parser.addPositionalArgument(u"NAME"_s, u"Model name, e.g. \"i4 eDrive40\"; empty for unknown."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    const QStringList positional = sub.parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(u"set-model takes a vehicle key and a model name"_s);
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    if (auto set = operations->setModel(positional[0], positional[1]); !set) {
        context.err << "cannot set the model: " << set.error() << '\n';
        return Failure;
    }
    return Success;
}
