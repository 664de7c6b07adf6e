// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/importresult.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

// A change the app asked for, and how it ended.
struct EditRequest
{
    enum class Kind { SetModel, SetCapacityNew, Forget, ForgetSource };
    Kind kind = Kind::SetModel;
    quint64 id = 0; // set by OperationService::edit(), so that each caller knows its own outcomes
    QString vehicleKey;
    QString model;             // SetModel
    std::optional<double> kwh; // SetCapacityNew; nullopt: the model table's
    QString source;            // ForgetSource: the sharing installation's id

    static EditRequest setModel(const QString &key, const QString &model);
    static EditRequest setCapacityNew(const QString &key, std::optional<double> kwh);
    static EditRequest forget(const QString &key);
    static EditRequest forgetSource(const QString &source);
};

struct EditOutcome
{
    EditRequest request;
    QString error; // a sentence for the user; empty on success
    bool ok() const { return error.isEmpty(); }
};

Q_DECLARE_METATYPE(EditRequest)
Q_DECLARE_METATYPE(EditOutcome)

class OperationWorker;

// Runs the app's changes to the database on one worker thread, one after
// another, so that the window never waits for an import or a refit. Each
// job opens its own connection in that thread (Operations) and closes it
// before the next; no QSqlDatabase ever crosses threads. Signals arrive in
// the thread that created the service.
class OperationService : public QObject
{
    Q_OBJECT
public:
    explicit OperationService(const QString &dataDir, QObject *parent = nullptr);
    ~OperationService() override;

    QString dataDir() const { return m_dataDir; }
    bool isBusy() const { return m_pending > 0; }
    bool isImporting() const { return m_importsPending > 0; }

    void startImport(const QStringList &paths, const ImportOptions &options = {});
    // Fetches from BMW CarData online and imports what came; reported with
    // the same signals as an import, one result per vehicle, and cancelled
    // the same way.
    void startFetch();
    // Returns the request's id, which its EditOutcome carries.
    quint64 edit(EditRequest request);
    // Recomputes estimates that are missing (see Operations::repairEstimates).
    void repair();
    // Stops the running import between (or inside) files; also one that was
    // queued but has not begun yet.
    void cancelImport();

Q_SIGNALS:
    void importStarted();
    void progress(const ImportProgress &progress);
    void fileFinished(const FileImportResult &result);
    void importFinished(const ImportRun &run);
    void editFinished(const EditOutcome &outcome);
    // A job could not open the database at all: nothing was changed.
    void failed(const QString &message);
    // What is stored may have changed: views should read it again.
    void dataChanged();
    void idle();

private:
    void jobDone();

    QString m_dataDir;
    QThread m_thread;
    OperationWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_pending = 0;
    int m_importsPending = 0;
    quint64 m_lastEditId = 0;
};
