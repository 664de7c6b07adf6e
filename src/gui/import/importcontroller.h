// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/importresult.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class DemoFleet;
class QWidget;
class ImportPanel;
class Workspace;
struct EditOutcome;

// The import workflow of the app: a queue of dropped or chosen files (and
// the demo fleet's generated exports), each run on the workspace's worker
// thread with its progress and results in the import panel; then the one
// question the app asks, "which model is this?", for vehicles whose export
// does not say, with the answers stored before the import counts as done.
class ImportController : public QObject
{
    Q_OBJECT
public:
    struct ModelQuestion
    {
        QString vehicleKey;
        QString file;
        int sessions = 0;
    };
    // Injectable so that tests and the screenshot mode answer without a
    // modal dialog. nullopt: not now.
    using ModelPrompt = std::function<std::optional<QString>(const ModelQuestion &)>;

    ImportController(Workspace &workspace, ImportPanel &panel, QObject *parent = nullptr);
    ~ImportController() override;

    void setModelPrompt(ModelPrompt prompt) { m_prompt = std::move(prompt); }

    // Into the user's own database (leaving the demo if it is shown).
    void importPaths(const QStringList &paths);
    // Fetches from BMW CarData online into the own database, queued like
    // files, with the same progress, results and Cancel.
    void fetchOnline();
    // Asks which files (or which folder) to import, then imports them.
    void chooseFiles(QWidget *parent);
    void chooseFolder(QWidget *parent);
    // Generates the demo fleet and imports it into the demo database; or
    // just shows it when it was generated before.
    void loadDemoFleet();
    void cancel();

    bool isImporting() const;
    // Anything running, queued, being generated or asked.
    bool isBusy() const;

Q_SIGNALS:
    void started();
    // After the results are in and the questions are answered and stored.
    void finished(bool cancelled);
    void demoLoaded();
    void message(const QString &text, int timeoutMs);
    // An import or fetch that cannot start at all, and why.
    void refused(const QString &title, const QString &text);
    void busyChanged();

private:
    struct Batch
    {
        QStringList paths;
        bool demo = false;
        bool fetch = false; // BMW CarData online instead of paths
    };

    void enqueue(const Batch &batch);
    void startNext();
    void connectService();
    void onFileFinished(const FileImportResult &result);
    void onImportFinished(const ImportRun &run);
    void onEditFinished(const EditOutcome &outcome);
    void askQuestions();
    void finishBatch();

    Workspace &m_workspace;
    ImportPanel &m_panel;
    ModelPrompt m_prompt;
    QList<Batch> m_queue;
    std::optional<Batch> m_current;
    bool m_cancelled = false;
    QList<ModelQuestion> m_questions;
    QSet<QString> m_asked;     // per database: asked once, Vehicle → Set model changes it later
    QSet<quint64> m_answers;   // answers being stored (edit ids)
    bool m_asking = false;
    std::unique_ptr<DemoFleet> m_demoFleet;
};
