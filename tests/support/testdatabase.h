// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// The database a test's data folder uses. The suite runs its store, import,
// health and CLI tests twice (tests/CMakeLists.txt): against the local
// SQLite file, and with CARDATA_TEST_SERVER naming the PostgreSQL server
// that tests/support/pgserver.sh started. In the second run each
// TestDatabase is a new, empty database on that server, named in the data
// folder's settings (as Settings -> Database would), with a fresh team key
// kept in the folder, and dropped again when the object goes: close every
// store on it first.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &dataDir);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // This run is the server's.
    static bool serverRun();
    // The new database's address (empty in the file run).
    QString url() const { return m_url; }
    // Runs one statement on the test database (its owner's role), for
    // tests that set a server up as its administrator would.
    bool exec(const QString &sql) const;

private:
    QString m_name;
    QString m_url;
};

namespace TestSupport {
// Every row the test database holds as text (server run), for privacy scans.
QByteArray serverDatabaseText(const QString &url);
}
