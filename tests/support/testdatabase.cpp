// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testdatabase.h"

#include "core/privacy/teamkey.h"
#include "core/store/databasechoice.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QAtomicInteger<int> counter;

QString serverBase()
{
    return qEnvironmentVariable("CARDATA_TEST_SERVER");
}

// Runs `sql` on the database `url` names, through a connection of its own.
bool run(const QString &url, const QStringList &statements, QByteArray *rows = nullptr)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        qFatal("bad test server address %s: %s", qPrintable(url), qPrintable(address.error()));
    const QString name = u"testdatabase-%1"_s.arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        db.setDatabaseName(address->database);
        if (!db.open()) {
            qWarning("cannot connect to the test server %s: %s", qPrintable(url), qPrintable(db.lastError().text()));
            ok = false;
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
                    ok = false;
                    break;
                }
                while (rows && query.next())
                    *rows += query.value(0).toString().toUtf8() + '\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString withDatabase(const QString &url, const QString &database)
{
    QUrl u(url);
    u.setPath(u"/"_s + database);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace

bool TestDatabase::serverRun()
{
    return !serverBase().isEmpty();
}

TestDatabase::TestDatabase(const QString &dataDir)
{
    if (!serverRun())
        return;
    m_name = u"cardata_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
    if (!run(serverBase(), {u"CREATE DATABASE %1"_s.arg(m_name)}))
        qFatal("cannot create the test database %s", qPrintable(m_name));
    m_url = withDatabase(serverBase(), m_name);
    if (auto saved = DatabaseChoice::save(dataDir, m_url); !saved)
        qFatal("cannot name the test database in %s: %s", qPrintable(dataDir), qPrintable(saved.error()));
    // A member's key of a team of one, as 'team-key new --save' keeps it.
    if (auto saved = TeamKey::save(dataDir, TeamKey::generate()); !saved)
        qFatal("cannot keep a team key in %s: %s", qPrintable(dataDir), qPrintable(saved.error()));
}

TestDatabase::~TestDatabase()
{
    if (!m_name.isEmpty())
        run(serverBase(), {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name)});
}

bool TestDatabase::exec(const QString &sql) const
{
    return !m_url.isEmpty() && run(m_url, {sql});
}

namespace TestSupport {

QByteArray serverDatabaseText(const QString &url)
{
    QByteArray rows;
    QStringList statements;
    for (const char *table : {"vehicles", "uploads", "upload_vehicles", "sessions", "battery_readings", "battery_health",
                              "capacity_points", "vehicle_efficiency", "health_trends", "team"})
        statements.append(u"SELECT CAST(t AS TEXT) FROM %1 t"_s.arg(QString::fromLatin1(table)));
    if (!run(url, statements, &rows))
        qFatal("cannot read the test database %s", qPrintable(url));
    return rows;
}

} // namespace TestSupport
