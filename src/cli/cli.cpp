// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cli.h"

#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/store/datalocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype helpIndent = 25;
constexpr qsizetype helpWidth = 79;

// "  head      text", the text wrapped at helpWidth columns and indented by
// helpIndent; on the next line when the head leaves no room beside it.
QString helpEntry(const QString &head, const QString &text)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ')) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > helpWidth - helpIndent) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    lines.append(line);
    const QString pad(helpIndent, u' ');
    QString out = u"  "_s + head;
    if (out.size() < helpIndent)
        out = out.leftJustified(helpIndent);
    else
        out += u'\n' + pad;
    out += lines.takeFirst();
    for (const QString &l : std::as_const(lines))
        out += u'\n' + pad + l;
    return out + u'\n';
}

} // namespace

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments)), m_out(out), m_err(err)
{
}

QString Cli::commandsHelp()
{
    QString help = u"Commands:\n"_s;
    for (const Commands::Command &c : Commands::all()) {
        const QString synopsis = QString::fromUtf16(c.synopsis);
        help += helpEntry(QString::fromUtf16(c.name) + (synopsis.isEmpty() ? QString() : u' ' + synopsis),
                          QString::fromUtf16(c.summary));
    }
    return help;
}

int Cli::run()
{
    CommandContext context(m_out, m_err);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Battery health from BMW CarData exports.\n\n"_s + commandsHelp());
    QCommandLineOption dataDirOption(u"data-dir"_s, u"Data folder (database and installation secret). Default: "_s
                                                        + DataLocation::defaultDataDir(),
                                     u"DIR"_s);
    parser.addOption(dataDirOption);
    const QCommandLineOption databaseOption(
        u"database"_s,
        u"The database: the data folder's own file (default), or a team's PostgreSQL server as "
        "postgresql://user@host:port/dbname (password from ~/.pgpass). For folders that name none: "
        "CARDATA_DATABASE."_s,
        u"URL"_s);
    parser.addOption(databaseOption);
    const QCommandLineOption teamKeyOption(
        u"team-key-file"_s,
        u"The team key for a database on a server (else CARDATA_TEAM_KEY, else the data folder's team-key)."_s,
        u"FILE"_s);
    parser.addOption(teamKeyOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"What to do (see Commands)."_s, u"COMMAND [ARGS...]"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(m_arguments))
        return context.usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    context.setDataDir(parser.value(dataDirOption));
    if (parser.isSet(databaseOption)) {
        if (const QString problem = context.setDatabase(parser.value(databaseOption)); !problem.isEmpty())
            return context.usage(problem);
    }
    if (parser.isSet(teamKeyOption))
        context.setTeamKeyFile(parser.value(teamKeyOption));
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return context.usage(u"no command given"_s);
    for (const Commands::Command &c : Commands::all()) {
        if (rest.first() == QStringView(c.name))
            return c.run(context, rest);
    }
    return context.usage(u"unknown command '%1'"_s.arg(rest.first()));
}
