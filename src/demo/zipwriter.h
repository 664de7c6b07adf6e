// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

namespace Demo {

struct ZipEntry
{
    QString name; // path inside the archive, '/'-separated
    QByteArray bytes;
};

struct ZipOptions
{
    // Every entry's time stamp. Without one, entries carry the time of
    // writing, so the archive's bytes depend on when it was written.
    std::optional<QDateTime> timeStamp;
    // Non-empty: every entry is encrypted with it (traditional ZIP
    // encryption), for tests of how readers treat protected archives.
    QString password;
};

// Writes a ZIP archive at path (replacing a file there) holding the entries
// in order, deflated. The error names the archive and, if one failed, the entry.
std::expected<void, QString> writeZip(const QString &path, const QList<ZipEntry> &entries,
                                      const ZipOptions &options = {});

} // namespace Demo
