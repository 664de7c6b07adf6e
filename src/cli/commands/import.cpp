// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli import: files and folders into the database, one line
// (or JSON object) per file and vehicle.
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "cli/commands/importprint.h"
#include "core/operations/operations.h"

using namespace Qt::StringLiterals;

int Commands::importFiles(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption modelOption(u"model"_s, u"Model name for vehicles whose export does not say it."_s, u"NAME"_s);
    QCommandLineOption vehicleOption(u"vehicle"_s, u"Existing vehicle key for files that name no VIN."_s, u"KEY"_s);
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per file (and vehicle) per line."_s);
    sub.parser.addOptions({modelOption, vehicleOption, jsonOption});
    sub.parser.addPositionalArgument(u"PATH"_s, u"Files or folders."_s, u"PATH..."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    const QStringList paths = sub.parser.positionalArguments();
    if (paths.isEmpty())
        return context.usage(u"import needs at least one file or folder"_s);

    auto operations = context.openOperations(false);
    if (!operations)
        return Failure;
    ImportOptions options;
    options.modelFallback = sub.parser.value(modelOption);
    options.vehicleKey = sub.parser.value(vehicleOption);
    if (auto usable = operations->checkImportOptions(options); !usable) {
        context.err << usable.error() << '\n';
        return UsageError;
    }
    const bool json = sub.parser.isSet(jsonOption);
    const auto run = operations->importPaths(paths, options, {}, [&](const FileImportResult &result) {
        ImportPrint::print(context.out, result, json);
    });
    return ImportPrint::exitCode(context, run);
}
