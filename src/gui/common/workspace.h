// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

#include <memory>

class Operations;
class OperationService;

// The database the window shows: the user's own, or the demo fleet's in the
// subfolder "demo". Reads go through a connection of the GUI thread
// (reader()); every change goes to the OperationService, which runs it on
// its worker thread, so the window never waits for a refit.
class Workspace : public QObject
{
    Q_OBJECT
public:
    // readOnly: the own database is opened for viewing only (--read-only).
    explicit Workspace(QString ownDataDir, bool readOnly = false, QObject *parent = nullptr);
    ~Workspace() override;

    // Switches to the own or the demo database. Never while a change is
    // running: callers check isBusy().
    void open(bool demo);

    bool isDemo() const { return m_demo; }
    QString dataDir() const { return m_dataDir; }
    QString ownDataDir() const { return m_ownDataDir; }
    QString demoDataDir() const;

    // Null when the database could not be opened; openError() says why.
    Operations *reader() { return m_reader.get(); }
    QString openError() const { return m_openError; }
    // Null until open() has been called once.
    OperationService *service() { return m_service.get(); }
    bool isBusy() const;
    // The database open can only be viewed (asked for, or a read-only file,
    // folder or disk): nothing may be imported or changed.
    bool isReadOnly() const;
    // Whether the own database (not the demo's) can only be viewed.
    bool ownIsReadOnly() const { return m_readOnlyRequested || (!m_demo && isReadOnly()); }

Q_SIGNALS:
    // A database was opened (or failed to open): everything shown is stale.
    void opened();

private:
    QString m_ownDataDir;
    QString m_dataDir;
    bool m_demo = false;
    bool m_readOnlyRequested = false;
    QString m_openError;
    std::unique_ptr<Operations> m_reader;
    std::unique_ptr<OperationService> m_service;
};
