// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/operations/operationservice.h"

#include "core/operations/operationworker.h"

EditRequest EditRequest::setModel(const QString &key, const QString &model)
{
    EditRequest r;
    r.kind = Kind::SetModel;
    r.vehicleKey = key;
    r.model = model;
    return r;
}

EditRequest EditRequest::setCapacityNew(const QString &key, std::optional<double> kwh)
{
    EditRequest r;
    r.kind = Kind::SetCapacityNew;
    r.vehicleKey = key;
    r.kwh = kwh;
    return r;
}

EditRequest EditRequest::forget(const QString &key)
{
    EditRequest r;
    r.kind = Kind::Forget;
    r.vehicleKey = key;
    return r;
}

EditRequest EditRequest::forgetSource(const QString &source)
{
    EditRequest r;
    r.kind = Kind::ForgetSource;
    r.source = source;
    return r;
}

OperationService::OperationService(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<FileImportResult>();
    qRegisterMetaType<ImportOptions>();
    qRegisterMetaType<ImportRun>();
    qRegisterMetaType<EditRequest>();
    qRegisterMetaType<EditOutcome>();
    m_thread.setObjectName(QStringLiteral("cardata-operations"));
    m_worker = new OperationWorker(dataDir, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OperationWorker::importStarted, this, &OperationService::importStarted);
    connect(m_worker, &OperationWorker::progress, this, &OperationService::progress);
    connect(m_worker, &OperationWorker::fileFinished, this, &OperationService::fileFinished);
    connect(m_worker, &OperationWorker::failed, this, &OperationService::failed);
    connect(m_worker, &OperationWorker::importFinished, this, [this](const ImportRun &run) {
        --m_importsPending;
        Q_EMIT importFinished(run);
        Q_EMIT dataChanged();
        // The other vehicles whose model's efficiency moved, in the
        // background; the views refresh again when they are done.
        if (run.estimatesPending > 0)
            repair();
        jobDone();
    });
    connect(m_worker, &OperationWorker::editFinished, this, [this](const EditOutcome &outcome) {
        Q_EMIT editFinished(outcome);
        Q_EMIT dataChanged();
        jobDone();
    });
    connect(m_worker, &OperationWorker::repairFinished, this, [this](int repaired) {
        if (repaired > 0)
            Q_EMIT dataChanged();
        jobDone();
    });
    m_thread.start();
}

OperationService::~OperationService()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void OperationService::startImport(const QStringList &paths, const ImportOptions &options)
{
    // Reset here, not in the worker: a Cancel pressed before the queued run
    // begins must still count.
    m_cancel->store(false);
    ++m_pending;
    ++m_importsPending;
    QMetaObject::invokeMethod(m_worker, "runImport", Qt::QueuedConnection, Q_ARG(QStringList, paths),
                              Q_ARG(ImportOptions, options));
}

void OperationService::startFetch()
{
    m_cancel->store(false);
    ++m_pending;
    ++m_importsPending;
    QMetaObject::invokeMethod(m_worker, "runFetch", Qt::QueuedConnection);
}

quint64 OperationService::edit(EditRequest request)
{
    ++m_pending;
    request.id = ++m_lastEditId;
    QMetaObject::invokeMethod(m_worker, "runEdit", Qt::QueuedConnection, Q_ARG(EditRequest, request));
    return request.id;
}

void OperationService::repair()
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, "runRepair", Qt::QueuedConnection);
}

void OperationService::cancelImport()
{
    if (m_importsPending > 0)
        m_cancel->store(true);
}

void OperationService::jobDone()
{
    if (--m_pending == 0)
        Q_EMIT idle();
}
