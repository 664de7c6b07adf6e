// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/online/onlineaccount.h"

#include <QDialog>
#include <QUrl>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QThread;

// Vehicle → Connect BMW CarData…: the client ID, then BMW's user code with
// its link and QR code while the app waits for the login to be confirmed
// in a browser (on a thread of its own: the window stays usable), then the
// outcome in plain words. Cancel or closing stops the wait.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class State { Entering, Waiting, Connected, Failed };

    ConnectDialog(QString dataDir, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    State state() const { return m_state; }
    QString userCode() const { return m_code.userCode; }
    QUrl link() const { return m_code.link(); }
    QString message() const;
    bool showsQrCode() const;
    // Tests only: BMW's slow_down pause.
    void setSlowDownStepMs(int ms) { m_slowDownStepMs = ms; }

    QLineEdit *clientIdEdit() const { return m_clientId; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *fetchButton() const { return m_fetch; }

Q_SIGNALS:
    void stateChanged(ConnectDialog::State state);
    // Connected and stored: the window updates its status, and fetches
    // when the person asks to.
    void connected();
    void fetchRequested();

public:
    // Cancel: while waiting, stops the login and goes back to the client
    // ID; otherwise closes.
    void reject() override;

private:
    void startLogin();
    void showCode(const DeviceCode &code);
    void showWaiting(int secondsLeft);
    void finish(const std::expected<ConnectResult, QString> &result);
    void setState(State state);
    void stopLogin();

    QString m_dataDir;
    State m_state = State::Entering;
    DeviceCode m_code;
    int m_slowDownStepMs = 5000;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_clientId = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_entryError = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_userCode = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_retry = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
