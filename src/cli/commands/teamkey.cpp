// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli team-key: the key a team shares for its database on a
// server (docs/server.md).
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/privacy/teamkey.h"
#include "core/store/databasechoice.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

int Commands::teamKey(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    const QCommandLineOption save(u"save"_s, u"Also keep the new key for the data folder (the desktop keychain, or "
                                             "the folder's file team-key, mode 0600)."_s);
    sub.parser.addOption(save);
    sub.parser.addPositionalArgument(
        u"ACTION"_s, u"new: print a fresh key; save FILE: keep the key in FILE (- for standard input) for the data "
                     "folder; show: print the key the data folder uses; forget: remove the folder's key."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    const QStringList rest = sub.parser.positionalArguments();
    const QString dataDir = context.dataDir();
    const auto keep = [&](const QString &text) {
        if (const auto key = TeamKey::parse(text); !key) {
            context.err << "This " << key.error() << '\n';
            return Failure;
        }
        if (const auto where = TeamKey::kept(dataDir)) {
            context.err << "The data folder already has a team key (kept in " << TeamKey::describe(dataDir, *where)
                        << "). Nothing was changed; 'cardata-health-cli team-key forget' first to replace it.\n";
            return Failure;
        }
        if (auto made = DatabaseChoice::makeDataFolder(dataDir); !made) {
            context.err << made.error() << '\n';
            return Failure;
        }
        const auto saved = TeamKey::save(dataDir, text);
        if (!saved) {
            context.err << saved.error() << '\n';
            return Failure;
        }
        context.err << "Kept the team key in " << TeamKey::describe(dataDir, *saved) << ".\n";
        return Success;
    };
    if (rest == QStringList{u"new"_s}) {
        const QString key = TeamKey::generate();
        if (sub.parser.isSet(save)) {
            if (const int result = keep(key); result != Success)
                return result;
        }
        context.out << key << '\n';
        return Success;
    }
    if (sub.parser.isSet(save))
        return context.usage(u"--save goes with 'team-key new'"_s);
    if (rest.size() == 2 && rest.first() == u"save") {
        QFile file;
        const bool opened = rest.at(1) == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(rest.at(1)),
                                                                                           file.open(QIODevice::ReadOnly));
        if (!opened) {
            context.err << "Cannot read " << rest.at(1) << ": " << file.errorString() << '\n';
            return Failure;
        }
        return keep(QString::fromUtf8(file.read(4096)));
    }
    if (rest == QStringList{u"show"_s}) {
        const auto key = TeamKey::find(dataDir);
        if (!key) {
            context.err << key.error() << '\n';
            return Failure;
        }
        if (key->isEmpty()) {
            context.err << "No team key: none was given and none is kept for " << dataDir << ".\n";
            return Failure;
        }
        context.out << TeamKey::format(*key) << '\n';
        return Success;
    }
    if (rest == QStringList{u"forget"_s}) {
        const auto where = TeamKey::kept(dataDir);
        if (auto forgotten = TeamKey::forget(dataDir); !forgotten) {
            context.err << forgotten.error() << '\n';
            return Failure;
        }
        if (where)
            context.err << "Removed the team key from " << TeamKey::describe(dataDir, *where) << ".\n";
        else
            context.err << "No team key was kept for " << dataDir << ".\n";
        return Success;
    }
    return context.usage(u"team-key takes 'new [--save]', 'save FILE', 'show' or 'forget'"_s);
}
