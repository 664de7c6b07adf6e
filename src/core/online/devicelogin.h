// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

#include <expected>
#include <functional>

class HttpClient;

// What the login host hands out to start a login: the code the person
// confirms in a browser, and the code the app polls with.
struct DeviceCode
{
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // with the user code in it; BMW sends it, or not
    int expiresInS = 300;
    int intervalS = 5;
    QString codeVerifier; // PKCE: stays on this machine

    // The link to open: BMW's complete one, or the plain one with
    // ?user_code= added, as BMW's guide says.
    QUrl link() const;
};

struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresAt = 0; // Unix s
};

// BMW's login for devices without a browser of their own (OAuth 2.0 device
// authorization grant, RFC 8628, with PKCE S256), and the refresh of its
// tokens. Every error comes back as a sentence a person can act on.
class DeviceLogin
{
public:
    static constexpr auto scope = "authenticate_user openid cardata:api:read cardata:streaming:read";

    DeviceLogin(HttpClient &http, QString clientId);

    std::expected<DeviceCode, QString> requestCode();

    // Polls the token endpoint every `interval` seconds (5 more after each
    // slow_down) until the person confirms, declines, the code expires or
    // `cancel` (via the HttpClient) stops it. onWaiting is told the seconds
    // left before the code expires, once per poll.
    std::expected<TokenSet, QString> waitForTokens(const DeviceCode &code,
                                                   const std::function<void(int secondsLeft)> &onWaiting = {});

    // A new access token, and with it a new refresh token: the old one is
    // spent, so the caller must store the new one at once.
    std::expected<TokenSet, QString> refresh(const QString &refreshToken);

    // PKCE: a random verifier and its challenge (base64url SHA-256, no padding).
    static QString newCodeVerifier();
    static QString codeChallenge(const QString &verifier);

    // Seconds added to the interval after a slow_down (RFC 8628: 5); tests
    // make it small.
    void setSlowDownStepMs(int ms) { m_slowDownStepMs = ms; }

private:
    std::expected<TokenSet, QString> tokensFrom(const QByteArray &body) const;

    HttpClient &m_http;
    QString m_clientId;
    int m_slowDownStepMs = 5000;
};
