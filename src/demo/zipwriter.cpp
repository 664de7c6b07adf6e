// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/zipwriter.h"

#include <QDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace Demo {

std::expected<void, QString> writeZip(const QString &path, const QList<ZipEntry> &entries, const ZipOptions &options)
{
    const QString archive = QDir::toNativeSeparators(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return std::unexpected(u"Cannot create the archive %1 (error %2)"_s.arg(archive).arg(zip.getZipError()));
    const QByteArray password = options.password.toUtf8();
    const char *key = password.isEmpty() ? nullptr : password.constData();
    for (const ZipEntry &entry : entries) {
        QuaZipNewInfo info(entry.name);
        if (options.timeStamp)
            info.dateTime = *options.timeStamp;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, key) || file.write(entry.bytes) != entry.bytes.size())
            return std::unexpected(u"Cannot write %1 into the archive %2"_s.arg(entry.name, archive));
        file.close();
        if (file.getZipError() != UNZ_OK)
            return std::unexpected(u"Cannot write %1 into the archive %2"_s.arg(entry.name, archive));
    }
    zip.close();
    if (zip.getZipError() != UNZ_OK)
        return std::unexpected(u"Cannot finish the archive %1"_s.arg(archive));
    return {};
}

} // namespace Demo
