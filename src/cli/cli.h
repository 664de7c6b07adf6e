// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QTextStream>

// cardata-health-cli: parses the global options, picks the command and runs
// it (src/cli/commands, one file per command). Exit codes: 0 success, 1 a
// file or operation failed, 2 usage error.
class Cli
{
public:
    Cli(QStringList arguments, QTextStream &out, QTextStream &err);
    int run();

    // The "Commands:" part of --help, made from the command table.
    static QString commandsHelp();

private:
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
};
