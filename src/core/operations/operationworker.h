// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/importresult.h"
#include "core/operations/operationservice.h"

#include <QObject>

class Operations;

#include <atomic>
#include <expected>
#include <functional>
#include <memory>

// The part of OperationService that lives on its worker thread. Tests may
// call its slots directly.
class OperationWorker : public QObject
{
    Q_OBJECT
public:
    OperationWorker(QString dataDir, std::shared_ptr<std::atomic_bool> cancel, QObject *parent = nullptr);

public Q_SLOTS:
    void runImport(const QStringList &paths, const ImportOptions &options);
    // BMW CarData online: fetched and imported like files, with the same signals.
    void runFetch();
    void runEdit(const EditRequest &request);
    void runRepair();

Q_SIGNALS:
    void importStarted();
    void progress(const ImportProgress &progress);
    void fileFinished(const FileImportResult &result);
    void importFinished(const ImportRun &run);
    void editFinished(const EditOutcome &outcome);
    void repairFinished(int repaired);
    void failed(const QString &message);

private:
    void runImportJob(const std::function<std::expected<ImportRun, QString>(Operations &)> &job);

    QString m_dataDir;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
