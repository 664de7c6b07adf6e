// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The desktop's keychain (QtKeychain: the Secret Service, KWallet) for the
// few secrets the app keeps: the BMW CarData account, a team's key, a
// database server's password. Every call waits for its answer, at most
// ten seconds: a keychain that does not answer (a headless machine, CI)
// counts as none, and the caller falls back to what the secret's owner
// documents (a file only the user may read, ~/.pgpass). CARDATA_KEYCHAIN=off
// skips the keychain altogether.
//
// Calls need a running QCoreApplication; they wait in a local event loop.
namespace Keychain {

bool enabled();

// An entry's key for a secret that belongs to one data folder: says which
// folder (a hash of its path), not whose car or account.
QString folderEntry(const QString &kind, const QString &dataDir);

// The entry's data; nothing when there is no such entry or no keychain.
std::optional<QByteArray> read(const QString &entry);
// True when the keychain kept the data.
bool write(const QString &entry, const QByteArray &data);
// True when the entry is gone (or there was none).
bool remove(const QString &entry);

} // namespace Keychain
