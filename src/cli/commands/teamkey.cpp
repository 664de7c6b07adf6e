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
    const QCommandLineOption save(u"save"_s, u"Also keep the new key in the data folder (file team-key, mode 0600)."_s);
    sub.parser.addOption(save);
    sub.parser.addPositionalArgument(u"ACTION"_s, u"new: print a fresh key; save FILE: keep the key in FILE (- for "
                                                  "standard input) in the data folder."_s);
    if (const auto done = sub.parse(context, args))
        return *done;
    const QStringList rest = sub.parser.positionalArguments();
    const QString kept = QDir(context.dataDir()).filePath(QLatin1StringView(TeamKey::fileName));
    const auto keep = [&](const QString &text) {
        if (const auto key = TeamKey::parse(text); !key) {
            context.err << "This " << key.error() << '\n';
            return Failure;
        }
        if (QFile::exists(kept)) {
            context.err << "The data folder already holds a team key (" << kept
                        << "). Nothing was changed; remove that file first to replace it.\n";
            return Failure;
        }
        if (auto made = DatabaseChoice::makeDataFolder(context.dataDir()); !made) {
            context.err << made.error() << '\n';
            return Failure;
        }
        if (auto saved = TeamKey::save(context.dataDir(), text); !saved) {
            context.err << saved.error() << '\n';
            return Failure;
        }
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
    if (rest.size() == 2 && rest.first() == u"save" && !sub.parser.isSet(save)) {
        QFile file;
        const bool opened = rest.at(1) == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(rest.at(1)),
                                                                                           file.open(QIODevice::ReadOnly));
        if (!opened) {
            context.err << "Cannot read " << rest.at(1) << ": " << file.errorString() << '\n';
            return Failure;
        }
        const int result = keep(QString::fromUtf8(file.read(4096)));
        if (result == Success)
            context.out << "Kept the team key in " << kept << ".\n";
        return result;
    }
    return context.usage(u"team-key takes 'new [--save]' or 'save FILE'"_s);
}
