// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/cli.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // --version names this program (help2man titles its man page after it).
    QCoreApplication::setApplicationName(QStringLiteral("cardata-health-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("cardata-health"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDATA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = Cli(QCoreApplication::arguments(), out, err).run();
    // Output that could not be written (a full disk, a closed pipe) is a
    // failure too, whatever the command thought of its work (a command
    // that failed has said why already).
    out.flush();
    const bool unwritten = out.status() == QTextStream::WriteFailed || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (unwritten && code == 0) {
        err << QStringLiteral("Cannot write the output: %1").arg(QString::fromLocal8Bit(std::strerror(errno))) << '\n';
        code = 1;
    }
    err.flush();
    return code;
}
