// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDebug>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "core/store/databasechoice.h"

// A connection of the test's own to the CLI's database, as another program
// would have (the file, or the server the data folder names); it waits for
// the CLI's write transactions.
struct OtherProgram
{
    explicit OtherProgram(const QString &dataDir)
    {
        if (const auto server = ServerAddress::parse(DatabaseChoice::saved(dataDir))) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(server->host);
            db.setPort(server->port);
            db.setUserName(server->user);
            db.setDatabaseName(server->database);
            db.open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("cardata-health.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        db.open();
    }
    // The database's words for a table that is not there.
    static QString missingTable(const QString &dataDir, const QString &table)
    {
        return DatabaseChoice::saved(dataDir).isEmpty() ? QStringLiteral("no such table: ") + table
                                                        : QStringLiteral("relation \"%1\" does not exist").arg(table);
    }
    ~OtherProgram() { QSqlDatabase::removeDatabase(name); }
    OtherProgram(const OtherProgram &) = delete;
    OtherProgram &operator=(const OtherProgram &) = delete;

    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << q.lastError().text();
        return ok;
    }
    // The first column of every row, or one "<error: …>" entry.
    QStringList column(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql))
            return {QStringLiteral("<error: %1>").arg(q.lastError().text())};
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }
    const QString name = QStringLiteral("other-program");
};
