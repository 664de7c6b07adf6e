// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers shared by the tests. Everything writes below a directory the test
// owns (a QTemporaryDir), never into the source tree or working directory.
namespace TestSupport {

QString fixture(const QString &relativePath);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

// The raw bytes of the database and its WAL/SHM files, for privacy scans.
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

// Where the built command-line tool is.
QString cliPath();

} // namespace TestSupport
