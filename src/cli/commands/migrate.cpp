// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli migrate: the database moved up to a team's server, or
// back to a data folder's file, verified (docs/server.md).
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/operations/operations.h"

using namespace Qt::StringLiterals;

int Commands::migrate(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    const QCommandLineOption to(u"to"_s, u"Where to: postgresql://user@host:port/dbname, or a data folder."_s, u"URL|DIR"_s);
    sub.parser.addOption(to);
    if (const auto done = sub.parseWithoutArguments(context, args))
        return *done;
    if (!sub.parser.isSet(to) || sub.parser.value(to).trimmed().isEmpty())
        return context.usage(u"migrate needs --to URL|DIR"_s);
    auto operations = context.openOperations();
    if (!operations)
        return Failure;
    const auto moved = operations->moveTo(sub.parser.value(to).trimmed(), [&](const QString &table, qint64 rows) {
        context.err << "copied " << rows << " rows of " << table << '\n';
        context.err.flush();
    });
    if (!moved) {
        context.err << moved.error() << '\n';
        return Failure;
    }
    context.out << (moved->resumed ? "Completed the interrupted copy to " : "Copied the database to ") << moved->target
                << ": " << moved->rows << " rows in " << moved->tables
                << " tables, each table's rows and content checked equal.\n";
    if (!moved->teamKeyKept.isEmpty())
        context.out << "The team key is kept in " << moved->teamKeyKept
                    << "; 'cardata-health-cli team-key show' prints it to hand to the members who import, out of "
                       "band (docs/server.md).\n";
    if (moved->switched)
        context.out << "This data folder uses " << moved->target << " from now on.\n";
    return Success;
}
