// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/import/importcontroller.h"

#include "core/operations/operations.h"
#include "core/operations/operationservice.h"
#include "demo/demofleet.h"
#include "gui/import/importpanel.h"
#include "gui/common/workspace.h"

#include <QFileDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ImportController::ImportController(Workspace &workspace, ImportPanel &panel, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_panel(panel)
{
    connect(&m_workspace, &Workspace::opened, this, [this] {
        m_asked.clear();
        m_answers.clear(); // a database is only switched between batches
        connectService();
    });
    connect(&m_panel, &ImportPanel::cancelRequested, this, &ImportController::cancel);
    connectService();
}

ImportController::~ImportController() = default;

void ImportController::connectService()
{
    OperationService *service = m_workspace.service();
    if (!service)
        return;
    connect(service, &OperationService::progress, &m_panel, &ImportPanel::setProgress);
    connect(service, &OperationService::fileFinished, this, &ImportController::onFileFinished);
    connect(service, &OperationService::importFinished, this, &ImportController::onImportFinished);
    connect(service, &OperationService::editFinished, this, &ImportController::onEditFinished);
    connect(service, &OperationService::failed, &m_panel, &ImportPanel::addFailure);
    // A switch between the own and the demo database waits for the
    // database's changes to finish.
    connect(service, &OperationService::idle, this, &ImportController::startNext);
}

bool ImportController::isImporting() const
{
    return m_current.has_value();
}

bool ImportController::isBusy() const
{
    return m_current || !m_queue.isEmpty() || m_demoFleet || m_asking || !m_answers.isEmpty();
}

void ImportController::importPaths(const QStringList &paths)
{
    if (!paths.isEmpty())
        enqueue({paths, false, false});
}

void ImportController::fetchOnline()
{
    Batch batch;
    batch.fetch = true;
    enqueue(batch);
}

void ImportController::chooseFiles(QWidget *parent)
{
    importPaths(QFileDialog::getOpenFileNames(parent, tr("Import CarData exports"),
                                              QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                              tr("CarData exports and sharing bundles (*.zip *.json *.xml *.cdshare);;All files (*)")));
}

void ImportController::chooseFolder(QWidget *parent)
{
    const QString dir = QFileDialog::getExistingDirectory(parent, tr("Import a folder of CarData exports"),
                                                          QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!dir.isEmpty())
        importPaths({dir});
}

void ImportController::enqueue(const Batch &batch)
{
    if (!batch.demo && m_workspace.ownIsReadOnly()) {
        Q_EMIT refused(tr("Read-only database"),
                       tr("This database can only be viewed here (it was opened read-only, or its file, folder or "
                          "disk cannot be written): nothing can be imported into it."));
        return;
    }
    m_queue.append(batch);
    if (isImporting() || !m_answers.isEmpty() || m_asking)
        Q_EMIT message(batch.fetch ? tr("The fetch from BMW CarData will start when the current import has finished.")
                                   : tr("The files will be imported when the current import has finished."),
                       5000);
    startNext();
    Q_EMIT busyChanged();
}

void ImportController::startNext()
{
    if (m_queue.isEmpty() || isImporting() || m_asking || !m_answers.isEmpty())
        return;
    const bool switchDatabase = m_queue.first().demo != m_workspace.isDemo() || !m_workspace.service();
    if (switchDatabase && m_workspace.isBusy())
        return; // again when the service is idle
    m_current = m_queue.takeFirst();
    m_cancelled = false;
    // Own files always go to the own database, even when they are dropped
    // while the demo fleet is shown.
    if (switchDatabase)
        m_workspace.open(m_current->demo);
    m_panel.begin(int(m_queue.size()));
    if (m_current->fetch)
        m_workspace.service()->startFetch();
    else
        m_workspace.service()->startImport(m_current->paths);
    Q_EMIT started();
    Q_EMIT busyChanged();
}

void ImportController::cancel()
{
    m_queue.clear();
    m_cancelled = true;
    if (m_workspace.service())
        m_workspace.service()->cancelImport();
    Q_EMIT busyChanged();
}

void ImportController::onFileFinished(const FileImportResult &result)
{
    m_panel.addResult(result);
    if (result.status != FileImportResult::Status::Imported || !m_current || m_current->demo)
        return;
    for (const VehicleImport &v : result.vehicles) {
        if (v.model.isEmpty() && !v.vehicleKey.isEmpty())
            m_questions.append({v.vehicleKey, result.file, v.sessionsNew + v.sessionsDuplicate});
    }
}

void ImportController::onImportFinished(const ImportRun &run)
{
    if (!m_current)
        return; // a run this controller did not start
    m_cancelled = m_cancelled || run.cancelled;
    if (!run.stopped.isEmpty())
        m_panel.addFailure(run.stopped);
    if (!run.estimateError.isEmpty())
        m_panel.addFailure(run.estimateError);
    m_panel.end(m_cancelled);
    if (m_current->demo) {
        m_demoFleet.reset(); // its temporary exports are no longer needed
        Q_EMIT demoLoaded();
    }
    askQuestions();
}

void ImportController::askQuestions()
{
    m_asking = true;
    // Answered meanwhile (a KeyList in the same drop, an earlier answer)?
    // One read for all questions: a fleet's import may ask hundreds.
    QSet<QString> unknownModel;
    Operations *reader = m_workspace.reader();
    if (reader && !m_questions.isEmpty()) {
        for (const VehicleSummary &v : reader->vehicles().value_or(QList<VehicleSummary>())) {
            if (v.model.isEmpty())
                unknownModel.insert(v.key);
        }
    }
    while (!m_questions.isEmpty()) {
        const ModelQuestion q = m_questions.takeFirst();
        if (m_asked.contains(q.vehicleKey))
            continue;
        m_asked.insert(q.vehicleKey);
        if (reader && !unknownModel.contains(q.vehicleKey))
            continue;
        const std::optional<QString> answer = m_prompt ? m_prompt(q) : std::nullopt;
        if (answer && !answer->trimmed().isEmpty()) {
            m_answers.insert(m_workspace.service()->edit(
                EditRequest::setModel(q.vehicleKey, answer->trimmed())));
        }
    }
    m_asking = false;
    if (m_answers.isEmpty())
        finishBatch();
}

void ImportController::onEditFinished(const EditOutcome &outcome)
{
    if (!m_answers.remove(outcome.request.id))
        return; // an edit of the vehicle editor's, not an answer
    if (!outcome.ok())
        m_panel.addFailure(tr("The model could not be set: %1").arg(outcome.error));
    if (m_answers.isEmpty() && !m_asking)
        finishBatch();
}

void ImportController::finishBatch()
{
    m_current.reset();
    Q_EMIT finished(m_cancelled);
    Q_EMIT busyChanged();
    startNext();
}

void ImportController::loadDemoFleet()
{
    if (isBusy() || m_workspace.isBusy()) {
        Q_EMIT message(tr("Please wait until the current import has finished."), 5000);
        return;
    }
    m_workspace.open(true);
    if (m_workspace.reader() && m_workspace.reader()->vehicles().value_or(QList<VehicleSummary>()).size() > 0) {
        Q_EMIT demoLoaded();
        return; // generated before: just show it
    }
    m_demoFleet = std::make_unique<DemoFleet>(DemoFleet::defaultOptions());
    connect(m_demoFleet.get(), &DemoFleet::generated, this, [this](const QString &exports) { enqueue({{exports}, true, false}); });
    connect(m_demoFleet.get(), &DemoFleet::failed, this, [this](const QString &text) {
        m_panel.addFailure(text);
        m_demoFleet.release()->deleteLater(); // we are inside its signal
        Q_EMIT busyChanged();
    });
    m_panel.begin(0);
    Q_EMIT message(tr("Creating the demo fleet…"), 0);
    Q_EMIT started();
    m_demoFleet->start();
    Q_EMIT busyChanged();
}
