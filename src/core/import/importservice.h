#pragma once

#include "core/model/importresult.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

class ImportWorker;

// Owns the import thread. start() queues work on it and returns at once;
// the signals arrive in the caller's thread. cancel() is safe at any time.
class ImportService : public QObject
{
    Q_OBJECT
public:
    explicit ImportService(const QString &dataDir, QObject *parent = nullptr);
    ~ImportService() override;

    bool isRunning() const { return m_running; }
    void start(const QStringList &paths, const ImportOptions &options = {});
    // Stops the current run between (or inside) files; also a run that was
    // started but has not begun yet.
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const ImportProgress &progress);
    void fileFinished(const FileImportResult &result);
    void failed(const QString &message);
    void finished(bool cancelled);

private:
    QThread m_thread;
    ImportWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};
