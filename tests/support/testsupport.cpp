// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testsupport.h"

#include "testdatabase.h"

#include "core/store/databasechoice.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

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
    // On a server: everything it holds, as text.
    if (const QString server = DatabaseChoice::saved(dataDir); !server.isEmpty())
        return serverDatabaseText(server);
    QByteArray all;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        all += readFile(QDir(dataDir).filePath(u"cardata-health.sqlite"_s + suffix));
    return all;
}

QByteArray longChargingHistory(int sessions)
{
    QByteArray json = "[";
    for (int i = 0; i < sessions; ++i) {
        json += (i ? ",\n" : "") + QByteArray("{\"startTime\":") + QByteArray::number(1500000000 + qint64(i) * 7200)
                + ",\"endTime\":" + QByteArray::number(1500003600 + qint64(i) * 7200)
                + ",\"displayedStartSoc\":20,\"displayedSoc\":80,\"energyConsumedFromPowerGridKwh\":51.2,"
                  "\"energyIncreaseHvbKwh\":47.1,\"mileage\":" + QByteArray::number(1000 + i * 30) + "}";
    }
    return json + "]";
}

QString cliPath()
{
    return QDir(QStringLiteral(CARDATA_BIN_DIR)).filePath(u"cardata-health-cli"_s);
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", qPrintable(line));
        lines.append(doc.object());
    }
    return lines;
}

CliRun runCli(const QStringList &args, const QString &workingDir, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDir);
    process.start(cliPath(), args);
    CliRun run;
    if (!process.waitForFinished(60000)) {
        qWarning() << "cli did not finish:" << process.errorString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace TestSupport
