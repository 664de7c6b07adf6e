// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/endpoints.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace

std::expected<QUrl, QString> CarDataEndpoints::checked(const QString &text, const QString &variable)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return std::unexpected(u"%1 is not a base URL such as https://host[:port]: '%2'"_s.arg(variable, text));
    if (url.scheme() == u"https")
        return url;
    if (url.scheme() == u"http" && isLoopback(url.host()))
        return url;
    return std::unexpected(u"%1 must use https:// (plain http:// only to a loopback address): '%2'"_s.arg(variable, text));
}

std::expected<CarDataEndpoints, QString> CarDataEndpoints::fromEnvironment()
{
    CarDataEndpoints endpoints;
    const QString auth = qEnvironmentVariable("CARDATA_AUTH_URL", QString::fromLatin1(defaultAuth));
    const QString api = qEnvironmentVariable("CARDATA_API_URL", QString::fromLatin1(defaultApi));
    auto authUrl = checked(auth, u"CARDATA_AUTH_URL"_s);
    if (!authUrl)
        return std::unexpected(authUrl.error());
    auto apiUrl = checked(api, u"CARDATA_API_URL"_s);
    if (!apiUrl)
        return std::unexpected(apiUrl.error());
    endpoints.auth = *authUrl;
    endpoints.api = *apiUrl;
    return endpoints;
}

bool CarDataEndpoints::allows(const QUrl &url) const
{
    return sameOrigin(url, auth) || sameOrigin(url, api);
}

QUrl CarDataEndpoints::authUrl(const QString &path) const
{
    return join(auth, path);
}

QUrl CarDataEndpoints::apiUrl(const QString &path) const
{
    return join(api, path);
}
