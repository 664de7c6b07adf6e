// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/vehiclesummary.h"
#include "core/operations/operationservice.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QWidget;
class Workspace;

// What the Vehicle menu does: asks for a model, a capacity when new or a
// confirmation, and hands the change to the workspace's worker thread, where
// the vehicle's estimate is refitted with it. The result arrives later as
// finished(); the window never waits for a refit.
class VehicleEditor : public QObject
{
    Q_OBJECT
public:
    VehicleEditor(Workspace &workspace, QWidget *dialogParent, QObject *parent = nullptr);

    // With a dialog first.
    void editModel(const QString &key);
    void editCapacity(const QString &key);
    void confirmForget(const QString &key);
    // Asks, then forgets every vehicle shared from the vehicle's source.
    void confirmForgetSource(const std::optional<VehicleSummary> &vehicle);

    // Directly (tests, the dialogs' answers).
    void setModel(const QString &key, const QString &model);
    void setCapacity(const QString &key, std::optional<double> kwh);
    void forget(const QString &key);

Q_SIGNALS:
    // One of this editor's changes is done (or failed: outcome.error).
    void finished(const EditOutcome &outcome);

private:
    void submit(const EditRequest &request);
    void connectService();

    Workspace &m_workspace;
    QWidget *m_dialogParent;
    QSet<quint64> m_pending; // ids of this editor's requests not finished yet
};
