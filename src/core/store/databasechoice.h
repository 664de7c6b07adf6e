// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <expected>

// Where a PostgreSQL server is, from a URL as libpq writes it:
// postgresql://user@host:port/dbname, a socket folder as ?host=/path,
// libpq's other parameters (sslmode, connect_timeout, …) as the query.
struct ServerAddress
{
    QString host; // a host name, or a socket folder (starts with '/')
    int port = 5432;
    QString user;
    QString database;
    QString password; // only when the URL carried one: used, never kept or shown
    QString options;  // the Qt driver's connect options ("sslmode=require;…")

    static std::expected<ServerAddress, QString> parse(const QString &url);
    static bool isServerUrl(const QString &text);
    // The URL without its password: for messages, logs and the settings.
    QString shown() const;
    // The desktop keychain's entry for this server's password: the user,
    // the server and the database (libpq's ~/.pgpass is keyed alike).
    QString passwordEntry() const;
};

// Which database a data folder uses: its own SQLite file (the default), or
// a PostgreSQL server shared by a team. The choice is kept in the data
// folder (database.ini, never with a password); a process can be pointed
// elsewhere for its whole run (--database), and CARDATA_DATABASE names the
// database of folders that keep no choice.
namespace DatabaseChoice {
inline constexpr auto settingsFileName = "database.ini";
inline constexpr auto environmentVariable = "CARDATA_DATABASE";

// The server for this data folder; empty: the local file. "file" (or
// "local") means the local file, wherever it is said.
QString serverUrl(const QString &dataDir);
// For this process's whole run (the command line's --database): before any
// thread opens a store.
void setProcessOverride(const QString &url);
// The data folder's own choice; an empty url goes back to the local file,
// "file" keeps the folder on it whatever CARDATA_DATABASE says (the app's
// demo fleet). A password in the url is dropped: it belongs in ~/.pgpass.
std::expected<void, QString> save(const QString &dataDir, const QString &url);
QString saved(const QString &dataDir);
// Keeps a server's password in the desktop keychain (an empty password
// removes it); where no keychain answers, says so: the password then
// belongs in ~/.pgpass, never in a file of the app's.
std::expected<void, QString> keepPassword(const QString &url, const QString &password);
// The password kept for the server, if the keychain holds one.
QString keptPassword(const ServerAddress &address);
// Creates the data folder, readable by its owner only, when it is missing.
std::expected<void, QString> makeDataFolder(const QString &dataDir);
} // namespace DatabaseChoice
