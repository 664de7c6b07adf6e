// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/vehicles/vehicleeditor.h"

#include "core/operations/limits.h"
#include "core/operations/operations.h"
#include "core/operations/operationservice.h"
#include "gui/common/workspace.h"
#include "gui/vehicles/modeldialog.h"

#include <QInputDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

VehicleEditor::VehicleEditor(Workspace &workspace, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_dialogParent(dialogParent)
{
    connect(&m_workspace, &Workspace::opened, this, &VehicleEditor::connectService);
    connectService();
}

void VehicleEditor::connectService()
{
    m_pending.clear();
    if (OperationService *service = m_workspace.service()) {
        connect(service, &OperationService::editFinished, this, [this](const EditOutcome &outcome) {
            if (m_pending.remove(outcome.request.id))
                Q_EMIT finished(outcome); // else an answer of the import workflow's
        });
    }
}

void VehicleEditor::submit(const EditRequest &request)
{
    OperationService *service = m_workspace.service();
    if (!service) {
        Q_EMIT finished({request, tr("No database is open.")});
        return;
    }
    m_pending.insert(service->edit(request));
}

void VehicleEditor::setModel(const QString &key, const QString &model)
{
    submit(EditRequest::setModel(key, model));
}

void VehicleEditor::setCapacity(const QString &key, std::optional<double> kwh)
{
    submit(EditRequest::setCapacityNew(key, kwh));
}

void VehicleEditor::forget(const QString &key)
{
    submit(EditRequest::forget(key));
}

void VehicleEditor::editModel(const QString &key)
{
    Operations *reader = m_workspace.reader();
    const auto v = reader ? reader->vehicle(key) : std::unexpected(QString());
    if (key.isEmpty() || !v || !*v)
        return;
    ModelDialog dialog(tr("Model of vehicle %1. Leave it empty to make the model unknown again.").arg(key.left(8)),
                       (*v)->model, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        setModel(key, dialog.model());
}

void VehicleEditor::editCapacity(const QString &key)
{
    Operations *reader = m_workspace.reader();
    const auto found = reader ? reader->vehicle(key) : std::unexpected(QString());
    if (key.isEmpty() || !found || !*found)
        return;
    const VehicleSummary &v = **found;
    bool ok = false;
    const double current = v.capacityNewOverrideKwh.value_or(v.capacityNewKwh.value_or(0));
    const double kwh = QInputDialog::getDouble(
        m_dialogParent, tr("Capacity when new"),
        tr("Usable battery capacity of vehicle %1 when it was new, in kWh.\nEnter 0 to use the model table again%2.")
            .arg(key.left(8), v.capacityNewSource == u"table" && v.capacityNewKwh
                                  ? tr(" (%L1 kWh for %2)").arg(*v.capacityNewKwh, 0, 'f', 1).arg(v.catalogModel)
                                  : QString()),
        current, 0, Limits::capacityNewMaxKwh, 1, &ok);
    if (ok)
        setCapacity(key, kwh > 0 ? std::optional<double>(kwh) : std::nullopt);
}

void VehicleEditor::confirmForgetSource(const std::optional<VehicleSummary> &vehicle)
{
    if (!vehicle || !vehicle->shared())
        return;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Forget shared vehicles"),
        tr("Delete every vehicle shared from the source %1 (the owner whose bundle brought vehicle %2) from this "
           "computer?\n\nImporting a bundle of theirs again brings them back.")
            .arg(vehicle->sharedSource.left(8), vehicle->key.left(8)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        submit(EditRequest::forgetSource(vehicle->sharedSource));
}

void VehicleEditor::confirmForget(const QString &key)
{
    if (key.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Forget vehicle"),
        tr("Delete vehicle %1 and all its charging sessions from this computer?\n\nThis cannot be undone; you can "
           "import its export again later.")
            .arg(key.left(8)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        forget(key);
}
