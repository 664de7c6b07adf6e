// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

#include <expected>

// Brings a database to the current schema with forward migrations keyed by
// PRAGMA user_version, all in one transaction, after keeping a copy of a
// database that holds data (see schemaBackupPath). A database from a newer
// version is refused rather than guessed at. Returns the version the
// database had (0: new).
std::expected<int, QString> migrateSchema(QSqlDatabase &db, int targetVersion, const QString &databasePath);

// Where the copy of a database of schema `version` is kept before an upgrade.
QString schemaBackupPath(const QString &databasePath, int version);

// The same for a PostgreSQL server: its own migrations, versioned in its
// schema_version table, in one transaction under an advisory lock (two
// members opening a new server at once set it up once). No copy is kept: a
// server's backups are its owner's (docs/server.md).
std::expected<int, QString> migrateServerSchema(QSqlDatabase &db, int targetVersion);
