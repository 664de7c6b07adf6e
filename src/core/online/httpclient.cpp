// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/httpclient.h"

#include "core/model/logging.h"
#include "core/privacy/vin.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int cancelPollMs = 100;
}

HttpClient::HttpClient(CarDataEndpoints endpoints, const std::atomic_bool *cancel)
    : m_endpoints(std::move(endpoints)), m_cancel(cancel), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::~HttpClient() = default;

bool HttpClient::wait(int ms)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < ms) {
        if (m_cancel && m_cancel->load())
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(cancelPollMs, ms - elapsed.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !(m_cancel && m_cancel->load());
}

HttpReply HttpClient::send(QNetworkRequest &request, const QByteArray &verb, const QByteArray &body)
{
    HttpReply reply;
    if (!m_endpoints.allows(request.url())) {
        reply.error = u"refused to contact %1: the app talks to BMW's CarData hosts only"_s.arg(request.url().host());
        return reply;
    }
    if (m_cancel && m_cancel->load()) {
        reply.cancelled = true;
        return reply;
    }
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("User-Agent", "cardata-health");
    QNetworkReply *network = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(network, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool tooLarge = false;
    QObject::connect(network, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > m_maxBodyBytes && !tooLarge) {
            tooLarge = true;
            network->abort();
        }
    });
    QTimer poll;
    poll.setInterval(cancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel && m_cancel->load())
            network->abort();
    });
    poll.start();
    if (!network->isFinished())
        loop.exec();
    reply.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = tooLarge ? QByteArray() : network->readAll();
    if (m_cancel && m_cancel->load()) {
        reply.cancelled = true;
    } else if (tooLarge) {
        reply.status = 0;
        reply.tooLarge = true;
        reply.error = u"the answer was larger than %1 and was not read"_s.arg(
            QLocale::c().formattedDataSize(m_maxBodyBytes, 0));
    } else if (reply.status == 0) {
        reply.error = network->error() == QNetworkReply::OperationCanceledError
                          ? u"no answer within %1 s"_s.arg(m_timeoutMs / 1000)
                          : network->errorString();
    }
    // Paths name the VIN: masked, as in every log line.
    qCDebug(lcOnline).noquote() << verb << Vin::redacted(request.url().path()) << reply.status;
    network->deleteLater();
    return reply;
}

HttpReply HttpClient::postForm(const QUrl &url, const QUrlQuery &form)
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setRawHeader("Accept", "application/json");
    // Every reserved character encoded, '+' included (a form reads it as a
    // space): tokens may hold any of them.
    QByteArray body;
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return send(request, "POST", body);
}

HttpReply HttpClient::get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, "GET", {});
}

HttpReply HttpClient::post(const QUrl &url, const QByteArray &json, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return send(request, "POST", json);
}
