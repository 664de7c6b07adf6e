// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <expected>
#include <optional>

// The key a team shares for its database on a server. The same car
// imported by two members must be one vehicle: on a server, vehicle keys
// and file fingerprints are keyed with the team key instead of an
// installation's own secret. The key never goes to the server; the server
// holds only checkValue(), so that a member with another key is told so
// instead of creating a second copy of every car.
//
// Written as "cdtk1-" and 43 characters of base64url (256 bits). Kept by
// each member in the desktop keychain, or where none answers in the data
// folder's team-key file (mode 0600), or given per run (--team-key-file,
// CARDATA_TEAM_KEY).
namespace TeamKey {
inline constexpr auto fileName = "team-key";
inline constexpr auto environmentVariable = "CARDATA_TEAM_KEY";
inline constexpr qsizetype bytes = 32;

QString generate();
// The written form of a key's bytes.
QString format(const QByteArray &key);
// The key's bytes from its written form (surrounding blanks ignored).
std::expected<QByteArray, QString> parse(const QString &text);
// What the server keeps to recognize the key: an HMAC that cannot be
// turned back into it.
QString checkValue(const QByteArray &key);

// For this process's whole run (the command line's --team-key-file).
void setProcessKeyFile(const QString &path);
// The key for this data folder: the process's key file, else
// CARDATA_TEAM_KEY, else the one kept for the folder (keychain, then the
// team-key file). An empty result: no key anywhere.
std::expected<QByteArray, QString> find(const QString &dataDir);

enum class Where { Keychain, File };
// Keeps the key for the data folder: in the keychain where one answers,
// else in the folder's team-key file (mode 0600, replaced atomically).
std::expected<Where, QString> save(const QString &dataDir, const QString &text);
// Where the folder's key is kept, if it is.
std::optional<Where> kept(const QString &dataDir);
// "the desktop keychain" or the file's path, for messages.
QString describe(const QString &dataDir, Where where);
// Forgets the folder's key, in the keychain and the file alike.
std::expected<void, QString> forget(const QString &dataDir);
} // namespace TeamKey
