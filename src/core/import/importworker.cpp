#include "core/import/importworker.h"

#include "core/privacy/anonymizer.h"
#include "core/import/importer.h"
#include "core/store/store.h"

ImportWorker::ImportWorker(QString dataDir, std::shared_ptr<std::atomic_bool> cancel, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_cancel(std::move(cancel))
{
}

void ImportWorker::run(const QStringList &paths, const ImportOptions &options)
{
    bool cancelled = false;
    {
        auto store = Store::open(m_dataDir);
        if (!store) {
            Q_EMIT failed(store.error());
            Q_EMIT finished(false);
            return;
        }
        auto anonymizer = Anonymizer::open(m_dataDir, (*store)->hasVehicles());
        if (!anonymizer) {
            Q_EMIT failed(anonymizer.error());
            Q_EMIT finished(false);
            return;
        }
        Importer importer(**store, *anonymizer);
        importer.importPaths(
            paths, options, [this](const ImportProgress &p) { Q_EMIT progress(p); },
            [this](const FileImportResult &r) { Q_EMIT fileFinished(r); }, m_cancel.get());
        cancelled = m_cancel->load();
    } // the connection closes here, in this thread
    Q_EMIT finished(cancelled);
}
