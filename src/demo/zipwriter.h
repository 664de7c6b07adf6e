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
    // writing, and the same entries never give the same bytes twice.
    std::optional<QDateTime> timeStamp;
};

// Writes a ZIP archive at path (replacing a file there) holding the entries
// in order, deflated. The error names the archive and, if one failed, the entry.
std::expected<void, QString> writeZip(const QString &path, const QList<ZipEntry> &entries,
                                      const ZipOptions &options = {});

} // namespace Demo
