// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/online/onlineaccount.h"

#include <QObject>
#include <QString>

class QWidget;

// The BMW CarData account of the own data folder as the window sees it:
// its state (read off the GUI thread, as the keychain may take its time),
// the words for the status bar, the daily fetch at start-up, the Connect
// dialog and disconnecting. The fetch itself is the import controller's:
// fetchRequested() asks for it.
class OnlineController : public QObject
{
    Q_OBJECT
public:
    OnlineController(QString dataDir, QObject *parent = nullptr);

    const OnlineStatus &status() const { return m_status; }
    bool statusKnown() const { return m_known; }
    // Reads the state again; statusChanged() follows.
    void refresh();
    // After the next refresh: fetch if a daily fetch is due.
    void fetchIfDue();

    void showConnectDialog(QWidget *parent);
    // Asks, then removes the login, the client ID and the vehicle list.
    void disconnectAccount(QWidget *parent);

    // "BMW CarData: 46 calls left today, last fetch 08:12", or empty when no
    // account is connected.
    static QString statusText(const OnlineStatus &status, const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void statusChanged(const OnlineStatus &status);
    void fetchRequested();
    void message(const QString &text, int timeoutMs);

private:
    QString m_dataDir;
    OnlineStatus m_status;
    bool m_known = false;
    bool m_fetchIfDue = false;
    int m_refreshing = 0;
};
