// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli set-capacity: a vehicle's capacity when new (or back to
// the model table), and its estimate with it.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"
#include "core/operations/validation.h"

using namespace Qt::StringLiterals;

int Commands::setCapacity(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key."_s);
    sub.parser.addPositionalArgument(u"KWH"_s, u"Usable capacity when new in kWh, or 'auto' for the model table."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    const QStringList positional = sub.parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(u"set-capacity takes a vehicle key and a capacity in kWh (or 'auto')"_s);
    const auto kwh = Validation::capacityNewFromText(positional[1]);
    if (!kwh)
        return context.usage(kwh.error());
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    if (auto set = operations->setCapacityNew(positional[0], *kwh); !set) {
        context.err << "cannot set the capacity: " << set.error() << '\n';
        return Failure;
    }
    return Success;
}
