// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/online/credentials.h"
#include "core/online/devicelogin.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>

// Where an account stands, for the status bar, `cardata-health-cli status`
// and the decision to fetch at start-up. Nothing secret.
struct OnlineStatus
{
    bool connected = false;
    QString problem;       // the credentials could not be read; empty otherwise
    QString storedWhere;   // "the desktop keychain" or the file's path
    int vehicles = 0;      // mapped to the account
    int primaryVehicles = 0;
    int callsLeft = 0;     // of today's quota, by the app's own count
    QDateTime blockedUntil; // invalid unless the quota is used up
    qint64 connectedAt = 0;
    qint64 lastFetchAt = 0;

    // Once a day: connected, not blocked, and no fetch in the last 20 hours
    // (so that a fetch at about the same time each morning is not skipped).
    bool fetchDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

struct ConnectResult
{
    Credentials credentials;
    QString storedWhere;
    QString note; // the vehicles could not be listed yet, or none is PRIMARY
};

// Connecting an account (BMW's device login), its status, disconnecting.
class OnlineAccount
{
public:
    explicit OnlineAccount(QString dataDir);

    // A client ID as the portal shows it (a UUID), trimmed; why not.
    static std::expected<QString, QString> checkedClientId(const QString &text);

    struct LoginCallbacks
    {
        std::function<void(const DeviceCode &)> onCode; // show the user code and the link
        std::function<void(int secondsLeft)> onWaiting;
    };
    // The whole login: a code, the wait for the person to confirm it, the
    // tokens stored, then the list of vehicles (one API call). Returns once
    // the tokens are stored; a failure to list the vehicles is a note.
    std::expected<ConnectResult, QString> connect(const QString &clientId, const LoginCallbacks &callbacks,
                                                  const std::atomic_bool *cancel = nullptr);

    OnlineStatus status() const;
    // The tokens, the client ID, the VINs and the API bookkeeping: gone.
    std::expected<void, QString> disconnect();

    // Tests only: the pause added on slow_down, and before retrying.
    void setSlowDownStepMs(int ms) { m_slowDownStepMs = ms; }
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    static QString notConnectedMessage();
    static QString noPrimaryMessage(int secondary);

private:
    QString m_dataDir;
    int m_slowDownStepMs = 5000;
    int m_retryDelayMs = 2000;
};
