// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/workspace.h"

#include "core/operations/operations.h"
#include "core/operations/operationservice.h"

#include <QDir>

using namespace Qt::StringLiterals;

Workspace::Workspace(QString ownDataDir, bool readOnly, QObject *parent)
    : QObject(parent), m_ownDataDir(std::move(ownDataDir)), m_readOnlyRequested(readOnly)
{
}

Workspace::~Workspace()
{
    // The worker first: it may still be writing.
    if (m_service)
        m_service->cancelImport();
    m_service.reset();
    m_reader.reset();
}

QString Workspace::demoDataDir() const
{
    return QDir(m_ownDataDir).filePath(u"demo"_s);
}

bool Workspace::isReadOnly() const
{
    return m_reader && m_reader->readOnly();
}

bool Workspace::isBusy() const
{
    return m_service && m_service->isBusy();
}

void Workspace::open(bool demo)
{
    if (isBusy())
        return; // callers check; never switch under a running change
    m_service.reset();
    m_reader.reset();
    m_demo = demo;
    m_dataDir = demo ? demoDataDir() : m_ownDataDir;
    // The demo fleet stays on its own file, even beside a team's server.
    if (demo)
        Operations::keepOnOwnFile(m_dataDir);
    auto reader = Operations::open(m_dataDir, m_readOnlyRequested && !demo);
    if (reader) {
        m_reader = std::move(*reader);
        m_openError.clear();
    } else {
        m_openError = reader.error();
    }
    m_service = std::make_unique<OperationService>(m_dataDir);
    // Estimates an older version (or a failed write) left missing are
    // recomputed in the background; the views refresh when they are done.
    if (m_reader && !m_reader->readOnly() && m_reader->missingEstimates().value_or(0) > 0)
        m_service->repair();
    Q_EMIT opened();
}
