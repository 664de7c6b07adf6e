// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // --version names this program (help2man titles its man page after it).
    QCoreApplication::setApplicationName(QStringLiteral("cardata-health-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("cardata-health"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDATA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Cli(QCoreApplication::arguments(), out, err).run();
    out.flush();
    err.flush();
    return code;
}
