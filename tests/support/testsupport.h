// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Helpers shared by the tests. Everything writes below a directory the test
// owns (a QTemporaryDir), never into the source tree or working directory.
namespace TestSupport {

QString fixture(const QString &relativePath);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// The raw bytes of the database and its WAL/SHM files, for privacy scans;
// on a server (TestDatabase), every row it holds as text.
QByteArray databaseBytes(const QString &dataDir);

// The error of a std::expected, or an empty string when it holds a value.
// (QVERIFY2 evaluates its message even when the check passes, so calling
// .error() there directly would read a value as an error.)
template<typename Expected>
QString errorText(const Expected &e)
{
    if (e.has_value())
        return {};
    if constexpr (requires { e.error().message; })
        return e.error().message;
    else
        return e.error();
}

// A charging history of `sessions` plain sessions two hours apart (an
// export large enough to keep an import busy for a while).
QByteArray longChargingHistory(int sessions);

// Where the built command-line tool is.
QString cliPath();

// One run of the built command-line tool, and what it printed.
struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish within a minute
    QString out;
    QString err;

    // stdout as one JSON object a line; a line that is not one fails the test run.
    QList<QJsonObject> jsonLines() const;
};
CliRun runCli(const QStringList &args, const QString &workingDir,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace TestSupport
