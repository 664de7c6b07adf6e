// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/online/endpoints.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

struct HttpReply
{
    int status = 0;         // 0: no HTTP answer (see error)
    QByteArray body;
    QString error;          // a network-level failure in plain words, or empty
    bool cancelled = false;
    bool tooLarge = false;  // cut off at the size limit: no point in asking again
};

// Requests to BMW's CarData hosts, one at a time, waiting for each answer in
// a local event loop, so that callers on any thread (the CLI's main thread,
// the app's worker) read like sequential code. Refuses any URL that is not
// one of the two CarData origins, follows no redirects, and never relaxes
// TLS certificate checks.
class HttpClient
{
public:
    explicit HttpClient(CarDataEndpoints endpoints, const std::atomic_bool *cancel = nullptr);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    const CarDataEndpoints &endpoints() const { return m_endpoints; }
    // An answer larger than this is cut off and reported, never held whole:
    // a page of charging history is a few hundred kB.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    static constexpr qint64 defaultMaxBodyBytes = 64 << 20;

    HttpReply postForm(const QUrl &url, const QUrlQuery &form);
    HttpReply get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers);
    HttpReply post(const QUrl &url, const QByteArray &json, const QList<std::pair<QByteArray, QByteArray>> &headers);

    // Waits (cancellably) without blocking the thread's events.
    bool wait(int ms);

private:
    HttpReply send(QNetworkRequest &request, const QByteArray &verb, const QByteArray &body);

    CarDataEndpoints m_endpoints;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<QNetworkAccessManager> m_network;
    static constexpr int m_timeoutMs = 60000; // no answer within a minute: a failure
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;
};
