// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

class Store;
struct sqlite3;
struct sqlite3_stmt;

// Whether a file with this fingerprint is stored, asked from another thread
// than the Store's (the importer's read-ahead) through a read-only
// connection of its own: a Store's connection is not shared across threads.
// Used by one thread at a time. When it cannot answer it says "not stored":
// the store recognizes the file again inside the file's transaction.
class UploadLookup
{
public:
    explicit UploadLookup(const Store &store);
    ~UploadLookup();
    UploadLookup(const UploadLookup &) = delete;
    UploadLookup &operator=(const UploadLookup &) = delete;

    bool storedBefore(const QByteArray &contentHash);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};
