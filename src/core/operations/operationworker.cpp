// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/operations/operationworker.h"

#include "core/operations/operations.h"

using namespace Qt::StringLiterals;

OperationWorker::OperationWorker(QString dataDir, std::shared_ptr<std::atomic_bool> cancel, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_cancel(std::move(cancel))
{
}

void OperationWorker::runImport(const QStringList &paths, const ImportOptions &options)
{
    runImportJob([&](Operations &operations) {
        return operations.importPaths(
            paths, options, [this](const ImportProgress &p) { Q_EMIT progress(p); },
            [this](const FileImportResult &r) { Q_EMIT fileFinished(r); }, m_cancel.get());
    });
}

void OperationWorker::runFetch()
{
    runImportJob([&](Operations &operations) {
        return operations.fetchOnline([this](const ImportProgress &p) { Q_EMIT progress(p); },
                                      [this](const FileImportResult &r) { Q_EMIT fileFinished(r); },
                                      m_cancel.get());
    });
}

void OperationWorker::runImportJob(const std::function<std::expected<ImportRun, QString>(Operations &)> &job)
{
    Q_EMIT importStarted();
    ImportRun run;
    {
        auto operations = Operations::open(m_dataDir);
        if (!operations) {
            Q_EMIT failed(operations.error());
        } else {
            auto imported = job(**operations);
            if (imported)
                run = std::move(*imported);
            else
                Q_EMIT failed(imported.error());
        }
    } // the connection closes here, in this thread
    run.cancelled = run.cancelled || m_cancel->load();
    Q_EMIT importFinished(run);
}

void OperationWorker::runEdit(const EditRequest &request)
{
    EditOutcome outcome{request, {}};
    {
        auto operations = Operations::open(m_dataDir);
        if (!operations) {
            outcome.error = operations.error();
        } else {
            switch (request.kind) {
            case EditRequest::Kind::SetModel:
                if (auto done = (*operations)->setModel(request.vehicleKey, request.model); !done)
                    outcome.error = done.error();
                break;
            case EditRequest::Kind::SetCapacityNew:
                if (auto done = (*operations)->setCapacityNew(request.vehicleKey, request.kwh); !done)
                    outcome.error = done.error();
                break;
            case EditRequest::Kind::Forget:
                if (auto done = (*operations)->forget(request.vehicleKey); !done)
                    outcome.error = done.error();
                break;
            case EditRequest::Kind::ForgetSource:
                if (auto done = (*operations)->forgetSource(request.source); !done)
                    outcome.error = done.error();
                break;
            }
        }
    }
    Q_EMIT editFinished(outcome);
}

void OperationWorker::runRepair()
{
    int repaired = 0;
    {
        auto operations = Operations::open(m_dataDir);
        if (!operations) {
            Q_EMIT failed(operations.error());
        } else if (auto done = (*operations)->repairEstimates(); !done) {
            Q_EMIT failed(u"The stored estimates are incomplete and could not be recomputed: %1"_s.arg(done.error()));
        } else {
            repaired = *done;
        }
    }
    Q_EMIT repairFinished(repaired);
}
