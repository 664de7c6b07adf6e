// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/importresult.h"

#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>

class Anonymizer;
struct ExportSource;
class Store;

// Reads, anonymizes and stores what the user handed over, one file after
// another, one transaction per file. Synchronous: the CLI and tests call it
// directly (through Operations); OperationService runs it on a worker
// thread for the app.
class Importer
{
public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;
    using ResultCallback = std::function<void(const FileImportResult &)>;

    Importer(Store &store, const Anonymizer &anonymizer);

    // Imports every input; each file's result goes to onResult as soon as
    // it is known. Stops between (or inside) files when *cancel turns true:
    // finished files stay, the interrupted one leaves nothing.
    ImportRun importPaths(const QStringList &paths, const ImportOptions &options,
                          const ProgressCallback &onProgress = {}, const ResultCallback &onResult = {},
                          const std::atomic_bool *cancel = nullptr);

    // The same for sources found (or fetched) already.
    ImportRun importSources(const QList<ExportSource> &sources, const ImportOptions &options,
                            const ProgressCallback &onProgress = {}, const ResultCallback &onResult = {},
                            const std::atomic_bool *cancel = nullptr);

private:
    // The file read, fingerprinted and parsed (loaded), stored.
    FileImportResult importLoaded(const struct ExportSource &source, std::expected<struct LoadedExport, QString> loaded,
                                  const ImportOptions &options, const std::atomic_bool *cancel);
    // Another owner's sharing bundle (bundleimport.cpp): its vehicles become
    // shared ones; own cars and data older than what is stored are skipped.
    FileImportResult importBundle(const struct ExportSource &source, const struct LoadedExport &loaded,
                                  const std::function<FileImportResult()> &duplicate, const std::atomic_bool *cancel);
    // What a file's failed write says (cancelled, perhaps kept, not kept).
    static FileImportResult writeFailed(const QString &path, const struct WriteFailure &failure);

    Store &m_store;
    const Anonymizer &m_anonymizer;
};
