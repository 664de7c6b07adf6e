// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/online/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

class CredentialStore;
class HttpClient;
class OnlineState;
class QUrl;

// Why a call to the API did not give its answer.
struct ApiFailure
{
    enum class Scope {
        Vehicle, // this vehicle only (no permission, no data): go on with the others
        Account, // the login, the quota, the network: stop the whole fetch
        Cancelled,
    };
    Scope scope = Scope::Account;
    QString message;
    bool quota = false; // BMW's daily limit, or the app's own count of it
    QString code;       // BMW's error code (CU-105, ...), when it gave one
};

// BMW's CarData Customer API for one connected account: each call counted
// against the daily quota before it is made, the access token renewed when
// due (storing the new refresh token at once), a quota error never retried,
// a server error or timeout retried twice after a growing pause.
class CarDataClient
{
public:
    static constexpr auto containerName = "CarData Battery Health";

    CarDataClient(HttpClient &http, Credentials &credentials, CredentialStore &store, OnlineState &state);

    std::expected<QList<MappedVehicle>, ApiFailure> mappings();
    std::expected<QByteArray, ApiFailure> basicData(const QString &vin);
    // The container of battery keys: the one remembered, else one of this
    // app's found in the account, else a new one.
    std::expected<QString, ApiFailure> ensureContainer();
    // The latest battery readings, through the container (made anew if BMW
    // no longer knows the remembered one).
    std::expected<QByteArray, ApiFailure> telematicData(const QString &vin);

    // Every page between from and to, their sessions together as one
    // {"data": [...]} document. A failure after some pages keeps them:
    // what came is worth importing, and the next fetch asks again.
    struct History
    {
        QByteArray json; // empty when no page came
        int pages = 0;
        int sessions = 0;
        std::optional<ApiFailure> failure; // the history is complete without one
    };
    History chargingHistory(const QString &vin, const QDateTime &from, const QDateTime &to);

    // The keys the container holds: the car's own battery readings and the
    // mileage they were read at.
    static QStringList batteryKeys();

    // The first pause before retrying a server error (then twice as long);
    // tests make it small.
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    static constexpr int maxPages = 50;
    static constexpr int maxAttempts = 3;

private:
    enum class Verb { Get, Post };
    // what: "the charging history" and the like, for messages; perVehicle:
    // whether a refusal concerns one vehicle only.
    std::expected<QByteArray, ApiFailure> call(Verb verb, const QUrl &url, const QByteArray &body,
                                               const QString &what, bool perVehicle);
    std::expected<void, ApiFailure> ensureFreshToken(bool force);
    std::expected<QString, ApiFailure> findOrCreateContainer();

    HttpClient &m_http;
    Credentials &m_credentials;
    CredentialStore &m_store;
    OnlineState &m_state;
    int m_retryDelayMs = 2000;
};
