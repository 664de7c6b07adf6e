// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/uploadlookup.h"

#include "core/store/store.h"

#include <sqlite3.h>

UploadLookup::UploadLookup(const Store &store)
{
    // On a server, the file's own transaction tells (see storedBefore).
    if (store.onServer())
        return;
    if (sqlite3_open_v2(store.databasePath().toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "SELECT 1 FROM uploads WHERE content_hash = ?1", -1, SQLITE_PREPARE_PERSISTENT,
                              &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    sqlite3_busy_timeout(m_db, 1000);
}

UploadLookup::~UploadLookup()
{
    sqlite3_finalize(m_stmt);
    sqlite3_close(m_db);
}

bool UploadLookup::storedBefore(const QByteArray &contentHash)
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt);
    sqlite3_bind_text(m_stmt, 1, contentHash.constData(), int(contentHash.size()), SQLITE_TRANSIENT);
    const bool known = sqlite3_step(m_stmt) == SQLITE_ROW;
    sqlite3_reset(m_stmt);
    return known;
}
