// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/context.h"

#include "core/operations/operations.h"
#include "core/privacy/teamkey.h"
#include "core/store/databasechoice.h"
#include "core/store/datalocation.h"

using namespace Qt::StringLiterals;

QString CommandContext::dataDir() const
{
    return m_dataDir.isEmpty() ? DataLocation::defaultDataDir() : m_dataDir;
}

QString CommandContext::setDatabase(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed != u"file" && trimmed != u"local") {
        if (const auto address = ServerAddress::parse(trimmed); !address)
            return u"--database: "_s + address.error();
    }
    DatabaseChoice::setProcessOverride(trimmed);
    return {};
}

void CommandContext::setTeamKeyFile(const QString &path)
{
    TeamKey::setProcessKeyFile(path);
}

int CommandContext::usage(const QString &message)
{
    err << "cardata-health-cli: " << message << "\n"
        << "Try 'cardata-health-cli --help'.\n";
    err.flush();
    return UsageError;
}

std::unique_ptr<Operations> CommandContext::openOperations(bool repairFirst)
{
    auto operations = Operations::open(dataDir());
    if (!operations) {
        err << operations.error() << '\n';
        return nullptr;
    }
    if (!repairFirst)
        return std::move(*operations);
    if (auto repaired = (*operations)->repairEstimates(); !repaired) {
        // A database that can only be read is still shown, with a word on
        // what is out of date in it.
        if ((*operations)->readOnly()) {
            err << "Note: " << repaired.error() << '\n';
            err.flush();
        } else {
            err << "The stored estimates are incomplete and could not be recomputed: " << repaired.error() << '\n';
            return nullptr;
        }
    }
    return std::move(*operations);
}

SubParser::SubParser()
    : m_dataDir(u"data-dir"_s, u"Data folder (database and secret)."_s, u"DIR"_s),
      m_database(u"database"_s, u"The database: postgresql://user@host:port/dbname for a team's server, or file."_s,
                 u"URL"_s),
      m_teamKeyFile(u"team-key-file"_s, u"The team key, for a database on a server."_s, u"FILE"_s),
      m_help({u"h"_s, u"help"_s}, u"Show this help."_s)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(m_dataDir);
    parser.addOption(m_database);
    parser.addOption(m_teamKeyFile);
    parser.addOption(m_help);
}

std::optional<int> SubParser::parseWithoutArguments(CommandContext &context, const QStringList &args)
{
    if (const auto done = parse(context, args))
        return done;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(u"%1 takes no arguments besides its options"_s.arg(args.value(0)));
    return std::nullopt;
}

std::optional<int> SubParser::parse(CommandContext &context, const QStringList &args)
{
    if (!parser.parse(args))
        return context.usage(parser.errorText());
    if (parser.isSet(m_help)) {
        context.out << parser.helpText();
        return Success;
    }
    if (parser.isSet(m_dataDir))
        context.setDataDir(parser.value(m_dataDir));
    if (parser.isSet(m_database)) {
        if (const QString problem = context.setDatabase(parser.value(m_database)); !problem.isEmpty())
            return context.usage(problem);
    }
    if (parser.isSet(m_teamKeyFile))
        context.setTeamKeyFile(parser.value(m_teamKeyFile));
    return std::nullopt;
}
