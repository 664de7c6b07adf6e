#include "core/import/importservice.h"

#include "core/import/importworker.h"

ImportService::ImportService(const QString &dataDir, QObject *parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<FileImportResult>();
    qRegisterMetaType<ImportOptions>();
    m_thread.setObjectName(QStringLiteral("cardata-import"));
    m_worker = new ImportWorker(dataDir, m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::progress, this, &ImportService::progress);
    connect(m_worker, &ImportWorker::fileFinished, this, &ImportService::fileFinished);
    connect(m_worker, &ImportWorker::failed, this, &ImportService::failed);
    connect(m_worker, &ImportWorker::finished, this, [this](bool cancelled) {
        m_running = false;
        Q_EMIT finished(cancelled);
    });
    m_thread.start();
}

ImportService::~ImportService()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void ImportService::start(const QStringList &paths, const ImportOptions &options)
{
    // Reset here, not in the worker: a Cancel pressed before the queued run
    // begins must still count.
    m_cancel->store(false);
    m_running = true;
    Q_EMIT started();
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(QStringList, paths),
                              Q_ARG(ImportOptions, options));
}

void ImportService::cancel()
{
    if (m_running)
        m_cancel->store(true);
}
