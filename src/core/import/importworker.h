#pragma once

#include "core/model/importresult.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

// Runs imports on whatever thread it lives on. It opens its own database
// connection for each run, in that thread, and closes it before finishing;
// no QSqlDatabase ever crosses threads. Tests may call run() directly.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker(QString dataDir, std::shared_ptr<std::atomic_bool> cancel, QObject *parent = nullptr);

public Q_SLOTS:
    void run(const QStringList &paths, const ImportOptions &options);

Q_SIGNALS:
    void progress(const ImportProgress &progress);
    void fileFinished(const FileImportResult &result);
    // The store could not be opened at all: nothing was imported.
    void failed(const QString &message);
    void finished(bool cancelled);

private:
    QString m_dataDir;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
