// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

class CommandContext;

// The commands of cardata-health-cli, one file each. args[0] is the
// command's name, as QCommandLineParser expects.
namespace Commands {

using Function = int (*)(CommandContext &context, const QStringList &args);

struct Command
{
    const char16_t *name;
    const char16_t *synopsis; // arguments after the name
    const char16_t *summary;  // one line for --help
    Function run;
};

int importFiles(CommandContext &context, const QStringList &args);
int vehicles(CommandContext &context, const QStringList &args);
int setModel(CommandContext &context, const QStringList &args);
int setCapacity(CommandContext &context, const QStringList &args);
int forget(CommandContext &context, const QStringList &args);
int health(CommandContext &context, const QStringList &args);
int demo(CommandContext &context, const QStringList &args);
int connect(CommandContext &context, const QStringList &args);
int fetch(CommandContext &context, const QStringList &args);
int account(CommandContext &context, const QStringList &args);
int disconnect(CommandContext &context, const QStringList &args);
int teamKey(CommandContext &context, const QStringList &args);
int migrate(CommandContext &context, const QStringList &args);
int share(CommandContext &context, const QStringList &args);

// In the order --help lists them.
const QList<Command> &all();

} // namespace Commands
