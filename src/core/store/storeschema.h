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
