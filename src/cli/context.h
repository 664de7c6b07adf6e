// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Operations;

// Exit codes of cardata-health-cli: 0 success, 1 a file or operation
// failed, 2 usage error.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What every command gets: the output streams, the data folder, and the
// ways to parse its arguments and open the database.
class CommandContext
{
public:
    CommandContext(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    QTextStream &out;
    QTextStream &err;

    QString dataDir() const;
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    // --database and --team-key-file, for the whole run; a usage error's
    // message when the address is not one.
    QString setDatabase(const QString &url);
    void setTeamKeyFile(const QString &path);

    int usage(const QString &message);

    // The database of the data folder, with any missing estimates
    // recomputed; null after saying why on stderr.
    // Opens the database; first recomputes the estimates left out of date
    // (an earlier import's pending ones, a crash), unless repairFirst is
    // false (an import leaves them for the next command that reads them).
    std::unique_ptr<Operations> openOperations(bool repairFirst = true);

private:
    QString m_dataDir;
};

// A subcommand's parser, which also accepts the global --data-dir,
// --database and --team-key-file after the command name.
class SubParser
{
public:
    SubParser();
    QCommandLineParser parser;

    // Parses; an exit code when the command is already done (usage error,
    // --help), nullopt to go on.
    std::optional<int> parse(CommandContext &context, const QStringList &args);
    // The same for a command that takes options only: arguments besides
    // them are a usage error naming the command (args[0]).
    std::optional<int> parseWithoutArguments(CommandContext &context, const QStringList &args);

private:
    QCommandLineOption m_dataDir;
    QCommandLineOption m_database;
    QCommandLineOption m_teamKeyFile;
    QCommandLineOption m_help;
};
