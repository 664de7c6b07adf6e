// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/cardataclient.h"

#include "core/model/logging.h"
#include "core/online/apierror.h"
#include "core/online/credentials.h"
#include "core/online/devicelogin.h"
#include "core/online/httpclient.h"
#include "core/online/onlinestate.h"
#include "core/privacy/vin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// An access token this close to its end is renewed before a call.
constexpr qint64 tokenMarginS = 120;

ApiFailure failure(ApiFailure::Scope scope, QString message, bool quota = false)
{
    ApiFailure f;
    f.scope = scope;
    f.message = std::move(message);
    f.quota = quota;
    return f;
}

ApiFailure cancelled()
{
    return failure(ApiFailure::Scope::Cancelled, ApiError::cancelledMessage());
}

QString loginOver(const QString &detail)
{
    return u"BMW no longer accepts this app's login (%1). Connect again."_s.arg(detail);
}

ApiFailure describedFailure(const ApiError &e, const QString &host, const QString &what, bool perVehicle);

ApiFailure failureFor(const ApiError &e, const QString &host, const QString &what, bool perVehicle)
{
    ApiFailure f = describedFailure(e, host, what, perVehicle);
    f.code = e.code;
    return f;
}

ApiFailure describedFailure(const ApiError &e, const QString &host, const QString &what, bool perVehicle)
{
    using Scope = ApiFailure::Scope;
    const Scope scope = perVehicle ? Scope::Vehicle : Scope::Account;
    if (e.status == 0)
        return failure(Scope::Account, u"Cannot reach BMW's CarData API (%1): %2"_s.arg(host, e.message));
    if (e.status == 401 || e.code == u"CU-100" || e.code == u"CU-101" || e.code == u"CU-102")
        return failure(Scope::Account, loginOver(e.describe()));
    if (e.code == u"CU-103")
        return failure(Scope::Account, u"This login does not cover the CarData API (CU-103). In the CarData section "
                                       "of the BMW or MINI portal, subscribe the client to \"CarData API\", then "
                                       "connect again."_s);
    if (e.code == u"CU-104")
        return failure(Scope::Vehicle, u"this account may not read the vehicle's data (CU-104): BMW gives it only "
                                       "to the car's primary user"_s);
    if (e.code == u"CU-124")
        return failure(Scope::Account, u"BMW allows 10 containers per account and this one has them all (CU-124). "
                                       "Delete one you no longer use in the portal (deleted ones still count for "
                                       "29 days), then fetch again."_s);
    if (e.code == u"CU-125")
        return failure(scope, u"BMW let the list of %1 expire while it was being read (CU-125); the next fetch "
                              "asks again"_s.arg(what));
    if (e.transient())
        return failure(Scope::Account, u"BMW's CarData API kept failing while reading %1 (%2); try again later"_s.arg(
                                           what, e.describe()));
    if (e.status == 404)
        return failure(scope, u"BMW has no %1 (%2)"_s.arg(what, e.describe()));
    if (e.status == 403)
        return failure(scope, u"BMW refused %1 (%2). Right after connecting this can mean that the client's "
                              "subscription has not reached all of BMW's systems yet: try again in a few "
                              "minutes."_s.arg(what, e.describe()));
    return failure(scope, u"BMW's CarData API refused %1 (%2)"_s.arg(what, e.describe()));
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

// The mappings as a list: BMW's spec declares one object, clients and live
// logs see an array; a wrapper object holding the array is accepted too.
QJsonArray mappingItems(const QJsonDocument &doc)
{
    if (doc.isArray())
        return doc.array();
    const QJsonObject o = doc.object();
    if (o.contains(u"vin"_s))
        return QJsonArray{o};
    for (const QJsonValue &v : o)
        if (v.isArray())
            return v.toArray();
    return {};
}

} // namespace

CarDataClient::CarDataClient(HttpClient &http, Credentials &credentials, CredentialStore &store, OnlineState &state)
    : m_http(http), m_credentials(credentials), m_store(store), m_state(state)
{
}

QStringList CarDataClient::batteryKeys()
{
    return {u"vehicle.drivetrain.batteryManagement.maxEnergy"_s,
            u"vehicle.drivetrain.batteryManagement.batterySizeMax"_s,
            u"vehicle.powertrain.electric.battery.stateOfHealth.displayed"_s,
            u"vehicle.vehicle.travelledDistance"_s};
}

std::expected<void, ApiFailure> CarDataClient::ensureFreshToken(bool force)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!force && !m_credentials.accessToken.isEmpty() && m_credentials.accessExpiresAt > now + tokenMarginS)
        return {};
    if (m_credentials.refreshToken.isEmpty())
        return std::unexpected(failure(ApiFailure::Scope::Account, loginOver(u"no refresh token"_s)));
    DeviceLogin login(m_http, m_credentials.clientId);
    auto tokens = login.refresh(m_credentials.refreshToken);
    if (!tokens) {
        if (tokens.error() == ApiError::cancelledMessage())
            return std::unexpected(cancelled());
        return std::unexpected(failure(ApiFailure::Scope::Account, tokens.error()));
    }
    // The old refresh token is spent: the new one must be stored before
    // anything else can go wrong.
    m_credentials.accessToken = tokens->accessToken;
    m_credentials.refreshToken = tokens->refreshToken;
    m_credentials.accessExpiresAt = tokens->accessExpiresAt;
    if (auto saved = m_store.save(m_credentials); !saved)
        return std::unexpected(failure(ApiFailure::Scope::Account,
                                       u"BMW renewed the login, but it could not be stored (%1); connect again"_s.arg(
                                           saved.error())));
    qCDebug(lcOnline) << "access token renewed";
    return {};
}

std::expected<QByteArray, ApiFailure> CarDataClient::call(Verb verb, const QUrl &url, const QByteArray &body,
                                                          const QString &what, bool perVehicle)
{
    if (auto fresh = ensureFreshToken(false); !fresh)
        return std::unexpected(fresh.error());
    bool renewed = false;
    int delayMs = m_retryDelayMs;
    for (int attempt = 1;;) {
        if (auto reserved = m_state.reserveCall(); !reserved)
            return std::unexpected(failure(ApiFailure::Scope::Account, reserved.error(), true));
        const QList<std::pair<QByteArray, QByteArray>> headers = {
            {"Authorization", "Bearer " + m_credentials.accessToken.toUtf8()},
            {"x-version", "v1"},
            {"Accept", "application/json"}};
        const HttpReply reply = verb == Verb::Get ? m_http.get(url, headers) : m_http.post(url, body, headers);
        if (reply.cancelled)
            return std::unexpected(cancelled());
        if (reply.status >= 200 && reply.status < 300)
            return reply.body;
        const ApiError e = ApiError::from(reply);
        if (e.quota()) {
            // Never retried: every retry would spend tomorrow's calls.
            m_state.markQuotaExhausted();
            return std::unexpected(failure(ApiFailure::Scope::Account,
                                           OnlineState::quotaMessage(m_state.blockedUntil()), true));
        }
        if (!renewed && (e.status == 401 || e.code == u"CU-101" || e.code == u"CU-102")) {
            renewed = true;
            if (auto fresh = ensureFreshToken(true); !fresh)
                return std::unexpected(fresh.error());
            continue;
        }
        if (e.transient() && attempt < maxAttempts) {
            const int jitter = int(QRandomGenerator::global()->bounded(delayMs / 4 + 1));
            qCInfo(lcOnline).noquote() << "retrying" << what << "after" << e.describe();
            if (!m_http.wait(delayMs + jitter))
                return std::unexpected(cancelled());
            delayMs *= 2;
            ++attempt;
            continue;
        }
        return std::unexpected(failureFor(e, m_http.endpoints().api.host(), what, perVehicle));
    }
}

std::expected<QList<MappedVehicle>, ApiFailure> CarDataClient::mappings()
{
    auto body = call(Verb::Get, m_http.endpoints().apiUrl(u"/customers/vehicles/mappings"_s), {},
                     u"the list of vehicles"_s, false);
    if (!body)
        return std::unexpected(body.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(failure(ApiFailure::Scope::Account,
                                       u"BMW's list of vehicles is not JSON: %1"_s.arg(parseError.errorString())));
    QList<MappedVehicle> vehicles;
    for (const QJsonValue &item : mappingItems(doc)) {
        const QJsonObject o = item.toObject();
        const QString vin = Vin::normalized(o.value(u"vin"_s).toString());
        if (vin.isEmpty())
            continue;
        MappedVehicle v;
        v.vin = vin;
        v.mappingType = o.value(u"mappingType"_s).toString();
        for (const MappedVehicle &known : std::as_const(m_credentials.vehicles))
            if (known.vin == vin)
                v.basicDataFetchedAt = known.basicDataFetchedAt;
        vehicles.append(v);
    }
    return vehicles;
}

std::expected<QByteArray, ApiFailure> CarDataClient::basicData(const QString &vin)
{
    return call(Verb::Get, m_http.endpoints().apiUrl(u"/customers/vehicles/%1/basicData"_s.arg(vin)), {},
                u"the vehicle's basic data"_s, true);
}

std::expected<QString, ApiFailure> CarDataClient::findOrCreateContainer()
{
    auto list = call(Verb::Get, m_http.endpoints().apiUrl(u"/customers/containers"_s), {},
                     u"the list of containers"_s, false);
    if (!list)
        return std::unexpected(list.error());
    // One of this app's, made earlier (by another data folder, or before a
    // lost state file): reused, as BMW allows only ten.
    const QJsonObject listed = QJsonDocument::fromJson(*list).object();
    for (const QJsonValue &item : listed.value(u"containers"_s).toArray()) {
        const QJsonObject c = item.toObject();
        if (c.value(u"name"_s).toString() == QLatin1String(containerName)
            && c.value(u"state"_s).toString().compare(u"ACTIVE"_s, Qt::CaseInsensitive) == 0
            && !c.value(u"containerId"_s).toString().isEmpty()) {
            const QString id = c.value(u"containerId"_s).toString();
            m_state.setContainerId(id);
            return id;
        }
    }
    const QJsonObject request{{u"name"_s, QString::fromLatin1(containerName)},
                              {u"purpose"_s, u"Battery health: the car's own battery readings"_s},
                              {u"technicalDescriptors"_s, QJsonArray::fromStringList(batteryKeys())}};
    auto created = call(Verb::Post, m_http.endpoints().apiUrl(u"/customers/containers"_s),
                        QJsonDocument(request).toJson(QJsonDocument::Compact), u"a new container"_s, false);
    if (!created)
        return std::unexpected(created.error());
    const QString id = QJsonDocument::fromJson(*created).object().value(u"containerId"_s).toString();
    if (id.isEmpty())
        return std::unexpected(failure(ApiFailure::Scope::Account,
                                       u"BMW created the container but did not say its ID"_s));
    m_state.setContainerId(id);
    qCInfo(lcOnline) << "created a container for the battery keys";
    return id;
}

std::expected<QString, ApiFailure> CarDataClient::ensureContainer()
{
    const QString known = m_state.containerId();
    if (!known.isEmpty())
        return known;
    return findOrCreateContainer();
}

std::expected<QByteArray, ApiFailure> CarDataClient::telematicData(const QString &vin)
{
    auto container = ensureContainer();
    if (!container)
        return std::unexpected(container.error());
    const auto fetch = [&](const QString &id) {
        QUrl url = m_http.endpoints().apiUrl(u"/customers/vehicles/%1/telematicData"_s.arg(vin));
        url.setQuery(QUrlQuery{{u"containerId"_s, id}});
        return call(Verb::Get, url, {}, u"the vehicle's battery readings"_s, true);
    };
    auto body = fetch(*container);
    if (!body && body.error().scope == ApiFailure::Scope::Vehicle && body.error().code == u"CU-105") {
        // The container was deleted (in the portal, or after 29 days of
        // being inactive): make it anew, once.
        m_state.setContainerId({});
        container = findOrCreateContainer();
        if (!container)
            return std::unexpected(container.error());
        body = fetch(*container);
    }
    return body;
}

CarDataClient::History CarDataClient::chargingHistory(const QString &vin, const QDateTime &from, const QDateTime &to)
{
    History history;
    QJsonArray sessions;
    QString nextToken;
    const QString what = u"the charging history"_s;
    for (;;) {
        QUrl url = m_http.endpoints().apiUrl(u"/customers/vehicles/%1/chargingHistory"_s.arg(vin));
        QUrlQuery query{{u"from"_s, isoUtc(from)}, {u"to"_s, isoUtc(to)}};
        if (!nextToken.isEmpty())
            query.addQueryItem(u"nextToken"_s, nextToken);
        url.setQuery(query);
        auto page = call(Verb::Get, url, {}, what, true);
        if (!page) {
            history.failure = page.error();
            break;
        }
        const QJsonObject o = QJsonDocument::fromJson(*page).object();
        if (!o.value(u"data"_s).isArray()) {
            history.failure = failure(ApiFailure::Scope::Vehicle,
                                      u"page %1 of the charging history is not the JSON BMW's API describes "
                                      "(no \"data\" list)"_s.arg(history.pages + 1));
            break;
        }
        ++history.pages;
        for (const QJsonValue &session : o.value(u"data"_s).toArray())
            sessions.append(session);
        // The answer says next_token; the query says nextToken. Either is taken.
        const QString token = o.value(u"next_token"_s).toString(o.value(u"nextToken"_s).toString());
        if (token.isEmpty() || token == nextToken)
            break;
        if (history.pages >= maxPages) {
            history.failure = failure(ApiFailure::Scope::Vehicle,
                                      u"the charging history has more than %1 pages; the rest is fetched next "
                                      "time"_s.arg(maxPages));
            break;
        }
        nextToken = token;
    }
    history.sessions = int(sessions.size());
    if (history.pages > 0)
        history.json = QJsonDocument(QJsonObject{{u"data"_s, sessions}}).toJson(QJsonDocument::Compact);
    return history;
}
