// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: a CarData archive (ZIP) through the export reader, from
// the bytes on disk to parsed units or an error message.
#include "core/privacy/anonymizer.h"
#include "core/read/exportreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const std::optional<Anonymizer> anonymizer = [] {
        auto a = Anonymizer::open(dir.path(), false);
        return a ? std::optional<Anonymizer>(*a) : std::nullopt;
    }();
    if (!anonymizer)
        std::abort();
    const QString path = QDir(dir.path()).filePath(QStringLiteral("input.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    const auto sources = ExportReader::discover({path});
    if (sources.size() != 1)
        std::abort();
    const auto loaded = ExportReader::load(sources.first(), *anonymizer, [](const QByteArray &) { return false; });
    if (!loaded && loaded.error().isEmpty())
        std::abort();
    return 0;
}
