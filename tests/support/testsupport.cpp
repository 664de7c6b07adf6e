// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace TestSupport {

QString fixture(const QString &relativePath)
{
    return QDir(QStringLiteral(CARDATA_FIXTURES_DIR)).filePath(relativePath);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray all;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        all += readFile(QDir(dataDir).filePath(u"cardata-health.sqlite"_s + suffix));
    return all;
}

QString cliPath()
{
    return QDir(QStringLiteral(CARDATA_BIN_DIR)).filePath(u"cardata-health-cli"_s);
}

} // namespace TestSupport
