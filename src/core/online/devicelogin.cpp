// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/devicelogin.h"

#include "core/model/logging.h"
#include "core/online/apierror.h"
#include "core/online/httpclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto deviceCodePath = "/gcdm/oauth/device/code";
constexpr auto tokenPath = "/gcdm/oauth/token";
constexpr auto deviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
// Login-service hiccups (5xx, 429, no answer) in a row before giving up.
constexpr int maxTransientFailures = 5;

QString clientRefused()
{
    return u"BMW does not accept this client ID (invalid_client). Copy the whole ID again from the CarData "
           "section of the BMW or MINI portal; a client created minutes ago may also still be waiting for "
           "activation."_s;
}

QString notSubscribed(const QString &error)
{
    return u"BMW refused the login for this client ID (%1). In the CarData section of the BMW or MINI portal, "
           "subscribe the client to \"CarData API\", wait a minute, and connect again."_s.arg(error);
}

QString unreachable(const HttpClient &http, const HttpReply &reply)
{
    return u"Cannot reach BMW's login service (%1): %2"_s.arg(http.endpoints().auth.host(), reply.error);
}

} // namespace

QUrl DeviceCode::link() const
{
    if (verificationUriComplete.isValid() && !verificationUriComplete.isEmpty())
        return verificationUriComplete;
    QUrl url = verificationUri;
    QUrlQuery query(url);
    query.addQueryItem(u"user_code"_s, userCode);
    url.setQuery(query);
    return url;
}

DeviceLogin::DeviceLogin(HttpClient &http, QString clientId) : m_http(http), m_clientId(std::move(clientId)) {}

QString DeviceLogin::newCodeVerifier()
{
    // RFC 7636: 43-128 characters of [A-Za-z0-9-._~]; 64 random bytes give 86.
    QByteArray random(64, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString DeviceLogin::codeChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::expected<DeviceCode, QString> DeviceLogin::requestCode()
{
    DeviceCode code;
    code.codeVerifier = newCodeVerifier();
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"response_type"_s, u"device_code"_s);
    form.addQueryItem(u"scope"_s, QString::fromLatin1(scope));
    form.addQueryItem(u"code_challenge"_s, codeChallenge(code.codeVerifier));
    form.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    const HttpReply reply = m_http.postForm(m_http.endpoints().authUrl(QString::fromLatin1(deviceCodePath)), form);
    if (reply.cancelled)
        return std::unexpected(ApiError::cancelledMessage());
    if (reply.status == 0)
        return std::unexpected(unreachable(m_http, reply));
    const ApiError error = ApiError::from(reply);
    if (reply.status != 200) {
        if (error.code == u"invalid_client" || reply.status == 401)
            return std::unexpected(clientRefused());
        if (error.code == u"unauthorized_client" || error.code == u"invalid_scope" || error.code == u"access_denied")
            return std::unexpected(notSubscribed(error.code));
        return std::unexpected(u"BMW's login service refused to start a login: %1"_s.arg(error.describe()));
    }
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    code.deviceCode = o.value(u"device_code"_s).toString();
    code.userCode = o.value(u"user_code"_s).toString();
    code.verificationUri = QUrl(o.value(u"verification_uri"_s).toString());
    code.verificationUriComplete = QUrl(o.value(u"verification_uri_complete"_s).toString());
    code.expiresInS = o.value(u"expires_in"_s).toInt(300);
    code.intervalS = o.value(u"interval"_s).toInt(5);
    if (code.deviceCode.isEmpty() || code.userCode.isEmpty() || !code.verificationUri.isValid()
        || (code.verificationUri.scheme() != u"https" && code.verificationUri.scheme() != u"http"))
        return std::unexpected(u"BMW's login service answered without a usable device code, user code and link"_s);
    if (code.expiresInS <= 0)
        code.expiresInS = 300;
    code.intervalS = std::max(0, code.intervalS);
    return code;
}

std::expected<TokenSet, QString> DeviceLogin::tokensFrom(const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    TokenSet tokens;
    tokens.accessToken = o.value(u"access_token"_s).toString();
    tokens.refreshToken = o.value(u"refresh_token"_s).toString();
    tokens.accessExpiresAt = QDateTime::currentSecsSinceEpoch() + o.value(u"expires_in"_s).toInt(3600);
    if (tokens.accessToken.isEmpty() || tokens.refreshToken.isEmpty())
        return std::unexpected(u"BMW's login service answered without an access token and a refresh token"_s);
    return tokens;
}

std::expected<TokenSet, QString> DeviceLogin::waitForTokens(const DeviceCode &code,
                                                            const std::function<void(int)> &onWaiting)
{
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"device_code"_s, code.deviceCode);
    form.addQueryItem(u"grant_type"_s, QString::fromLatin1(deviceGrant));
    form.addQueryItem(u"code_verifier"_s, code.codeVerifier);
    const QUrl url = m_http.endpoints().authUrl(QString::fromLatin1(tokenPath));
    const QString expired = u"The login code %1 expired before the login was confirmed; connect again for a new code"_s
                                .arg(code.userCode);

    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 deadlineMs = qint64(code.expiresInS) * 1000;
    qint64 intervalMs = qint64(code.intervalS) * 1000;
    int transient = 0;
    QString lastTransient;
    for (;;) {
        if (!m_http.wait(int(std::min(intervalMs, std::max<qint64>(0, deadlineMs - elapsed.elapsed())))))
            return std::unexpected(ApiError::cancelledMessage());
        if (elapsed.elapsed() >= deadlineMs)
            return std::unexpected(expired);
        if (onWaiting)
            onWaiting(int((deadlineMs - elapsed.elapsed()) / 1000));
        const HttpReply reply = m_http.postForm(url, form);
        if (reply.cancelled)
            return std::unexpected(ApiError::cancelledMessage());
        if (reply.status == 200)
            return tokensFrom(reply.body);
        const ApiError error = ApiError::from(reply);
        qCDebug(lcOnline) << "login poll:" << reply.status << error.code;
        if (error.code == u"authorization_pending") {
            transient = 0;
            continue;
        }
        if (error.code == u"slow_down") {
            intervalMs += m_slowDownStepMs;
            continue;
        }
        if (error.code == u"expired_token")
            return std::unexpected(expired);
        if (error.code == u"access_denied")
            return std::unexpected(u"The login was declined at BMW. If you did confirm it, BMW may not have "
                                   "activated the client yet: wait a few minutes and connect again, or delete "
                                   "the client in the portal and create a new one."_s);
        if (error.code == u"invalid_client")
            return std::unexpected(clientRefused());
        if (error.code == u"invalid_grant")
            return std::unexpected(notSubscribed(error.code));
        if (error.code == u"keymanagement.service.invalid_access_token")
            return std::unexpected(u"BMW's login service failed (keymanagement.service.invalid_access_token) "
                                   "and this login code cannot be used any more; connect again for a new code"_s);
        if (error.transient()) {
            lastTransient = error.describe();
            if (++transient > maxTransientFailures)
                return std::unexpected(u"BMW's login service kept failing: %1"_s.arg(lastTransient));
            continue;
        }
        return std::unexpected(u"BMW's login service refused the login: %1"_s.arg(error.describe()));
    }
}

std::expected<TokenSet, QString> DeviceLogin::refresh(const QString &refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"client_id"_s, m_clientId);
    const HttpReply reply = m_http.postForm(m_http.endpoints().authUrl(QString::fromLatin1(tokenPath)), form);
    if (reply.cancelled)
        return std::unexpected(ApiError::cancelledMessage());
    if (reply.status == 0)
        return std::unexpected(unreachable(m_http, reply));
    if (reply.status == 200)
        return tokensFrom(reply.body);
    const ApiError error = ApiError::from(reply);
    if (error.transient())
        return std::unexpected(u"BMW's login service failed to renew the login: %1"_s.arg(error.describe()));
    // invalid_grant, or the 400 invalid_request a stale token was seen to
    // give: the login is over either way.
    return std::unexpected(u"BMW no longer accepts this app's login (%1): it lasts two weeks without use, and "
                           "ends when the client is unsubscribed. Connect again."_s.arg(error.describe()));
}
