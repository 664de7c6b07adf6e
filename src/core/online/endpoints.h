// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

#include <expected>

// Where BMW's CarData service is: the login host and the API host. The
// environment variables CARDATA_AUTH_URL and CARDATA_API_URL replace them
// (for tests and stand-in servers); plain http:// is accepted only for a
// loopback address. Nothing else is ever contacted.
struct CarDataEndpoints
{
    static constexpr auto defaultAuth = "https://customer.bmwgroup.com";
    static constexpr auto defaultApi = "https://api-cardata.bmwgroup.com";

    QUrl auth;
    QUrl api;

    static std::expected<CarDataEndpoints, QString> fromEnvironment();
    // One base URL, checked: https, or http to 127.0.0.1 / ::1 / localhost.
    static std::expected<QUrl, QString> checked(const QString &text, const QString &variable);

    // Whether a request may go to this URL: the scheme, host and port of one
    // of the two bases.
    bool allows(const QUrl &url) const;
    QUrl authUrl(const QString &path) const;
    QUrl apiUrl(const QString &path) const;
};
