// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

// A stand-in for BMW's CarData hosts, written from the published API
// description (BMW's integration guide and OpenAPI files, as summed up in
// the project's reference): the device login with PKCE on
// /gcdm/oauth/device/code and /gcdm/oauth/token, refresh tokens that rotate,
// and the Customer API with its daily quota. It listens on 127.0.0.1 only,
// on a thread of its own, so that a test may block on a child process
// while it answers. Tests script it and read what it was asked.
class StandInCarData
{
public:
    // How a pending login ends once polled.
    enum class Login {
        Approve,          // after approveAfterPolls polls with authorization_pending
        Deny,             // 403 access_denied
        Expire,           // expired_token (401, or 400 with expiredAs400)
        InvalidGrant,     // 400 invalid_grant, as seen right after approval
        KeyManagement500, // 500 keymanagement.service.invalid_access_token
        Never,            // pending until the code's own expiry
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QString, QString> query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        int status = 0; // what the stand-in answered
    };

    // A scripted failure: after `skip` requests whose path contains
    // `pathPart` pass, the next `times` get this answer instead.
    struct Fault
    {
        QString pathPart;
        int times = 1;
        int status = 503;
        QByteArray body;
        int skip = 0;
    };

    // Plain http; or https with this certificate and key (PEM files).
    StandInCarData();
    StandInCarData(const QString &certificatePem, const QString &keyPem);
    ~StandInCarData();
    StandInCarData(const StandInCarData &) = delete;
    StandInCarData &operator=(const StandInCarData &) = delete;

    bool isListening() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>; both the login and the API host

    // --- script (call before the client runs, or between its steps) -------
    void setClientId(const QString &clientId);
    void setLogin(Login outcome, int approveAfterPolls = 1);
    void setExpiredAs400(bool on);
    void setCodeTiming(int expiresInS, int intervalS);
    void setSendCompleteUri(bool on);
    void setSlowDownOnce(bool on); // the first poll gets slow_down
    // The access token's lifetime as the token answer states it.
    void setAccessLifetimeS(int seconds);
    // Makes the current access token invalid (as after its hour).
    void expireAccessToken();

    // A mapped vehicle with its basic data fields, readings and sessions.
    void addVehicle(const QString &vin, const QString &mappingType, const QJsonObject &basicData,
                    const QJsonObject &telematicData, const QJsonArray &sessions);
    void setSessions(const QString &vin, const QJsonArray &sessions);
    void setMappingsAsObject(bool on); // the spec's single-object form
    void setPageSize(int sessions);
    void setNextTokenName(const QString &name); // next_token (spec) or nextToken
    void setDailyQuota(int calls);
    void addFault(const Fault &fault);
    // Containers made elsewhere (by another app), to fill the account.
    void addForeignContainers(int count);
    void deleteContainers(); // as in the portal: known IDs answer CU-105

    // Data as BMW's API sends it. Sessions: one every two days from
    // firstStart, 20 -> 80 %, about 44 kWh from the grid at 11 kW, each
    // with an address and coordinates (which must never be stored).
    static QJsonArray sampleSessions(int count, qint64 firstStart, double kmFirst = 20000);
    static QJsonObject sampleBasicData(const QString &vin, const QString &modelName);
    // The car's own readings, timestamped a day ago; one key without data.
    static QJsonObject sampleTelematicData();

    // --- what happened -----------------------------------------------------
    QList<Request> requests() const;
    // Requests whose path contains pathPart, of this method (empty: any),
    // answered with this status (0: any).
    int requestCount(const QString &pathPart, const QByteArray &method = {}, int status = 0) const;
    int apiCalls() const;          // requests to /customers/...
    int containersCreated() const;
    int refreshes() const;
    QString currentRefreshToken() const;
    QString currentAccessToken() const;
    QString lastUserCode() const;

private:
    class Server;
    std::unique_ptr<Server> m_server;
    QThread m_thread;
};
