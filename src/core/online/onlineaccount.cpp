// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/onlineaccount.h"

#include "core/model/logging.h"
#include "core/online/cardataclient.h"
#include "core/online/endpoints.h"
#include "core/online/httpclient.h"
#include "core/online/onlinestate.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 fetchEveryS = 20 * 3600;
constexpr qsizetype maxClientIdLength = 100;
} // namespace

bool OnlineStatus::fetchDue(const QDateTime &now) const
{
    if (!connected || !problem.isEmpty() || blockedUntil.isValid())
        return false;
    return lastFetchAt == 0 || now.toSecsSinceEpoch() - lastFetchAt >= fetchEveryS;
}

OnlineAccount::OnlineAccount(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString OnlineAccount::notConnectedMessage()
{
    return u"No BMW CarData account is connected: connect one first (Vehicle → Connect BMW CarData… in the app, "
           "or cardata-health-cli connect --client-id ID)"_s;
}

QString OnlineAccount::noPrimaryMessage(int secondary)
{
    if (secondary > 0)
        return u"BMW lists %n vehicle(s) for this account, but not with it as the primary user; BMW gives data "
               "only to the primary user. Make this account the car's primary user in the My BMW or MINI app."_s
            .replace(u"%n"_s, QString::number(secondary));
    return u"BMW lists no vehicle for this account. Add the car to the account in the My BMW or MINI app, then "
           "connect again."_s;
}

std::expected<QString, QString> OnlineAccount::checkedClientId(const QString &text)
{
    const QString id = text.trimmed();
    static const QRegularExpression allowed(u"^[A-Za-z0-9._~-]+$"_s);
    if (id.isEmpty())
        return std::unexpected(u"The client ID is empty: copy it from the CarData section of the BMW or MINI portal"_s);
    if (id.size() > maxClientIdLength || !allowed.match(id).hasMatch())
        return std::unexpected(u"That is not a client ID: the portal shows one like "
                               "01234567-89ab-cdef-0123-456789abcdef"_s);
    return id;
}

std::expected<ConnectResult, QString> OnlineAccount::connect(const QString &clientIdText,
                                                            const LoginCallbacks &callbacks,
                                                            const std::atomic_bool *cancel)
{
    auto clientId = checkedClientId(clientIdText);
    if (!clientId)
        return std::unexpected(clientId.error());
    auto endpoints = CarDataEndpoints::fromEnvironment();
    if (!endpoints)
        return std::unexpected(endpoints.error());
    HttpClient http(*endpoints, cancel);
    DeviceLogin login(http, *clientId);
    login.setSlowDownStepMs(m_slowDownStepMs);
    auto code = login.requestCode();
    if (!code)
        return std::unexpected(code.error());
    if (callbacks.onCode)
        callbacks.onCode(*code);
    auto tokens = login.waitForTokens(*code, callbacks.onWaiting);
    if (!tokens)
        return std::unexpected(tokens.error());

    CredentialStore store(m_dataDir);
    OnlineState state(m_dataDir);
    const auto previous = store.load();
    // Another client (perhaps another account): its container and its
    // bookkeeping are not this one's.
    if (!previous || !*previous || (*previous)->clientId != *clientId)
        state.clear();

    ConnectResult result;
    result.credentials.clientId = *clientId;
    result.credentials.accessToken = tokens->accessToken;
    result.credentials.refreshToken = tokens->refreshToken;
    result.credentials.accessExpiresAt = tokens->accessExpiresAt;
    result.credentials.connectedAt = QDateTime::currentSecsSinceEpoch();
    auto where = store.save(result.credentials);
    if (!where)
        return std::unexpected(where.error());
    result.storedWhere = *where == CredentialStore::Where::Keychain ? u"the desktop keychain"_s : store.filePath();

    CarDataClient client(http, result.credentials, store, state);
    client.setRetryDelayMs(m_retryDelayMs);
    auto vehicles = client.mappings();
    if (!vehicles) {
        result.note = u"Connected, but BMW's list of vehicles could not be read yet: %1"_s.arg(vehicles.error().message);
        return result;
    }
    result.credentials.vehicles = *vehicles;
    result.credentials.mappingsFetchedAt = QDateTime::currentSecsSinceEpoch();
    if (auto saved = store.save(result.credentials); !saved)
        return std::unexpected(saved.error());
    const int primary = int(result.credentials.primaryVehicles().size());
    if (primary == 0)
        result.note = noPrimaryMessage(int(vehicles->size()));
    return result;
}

OnlineStatus OnlineAccount::status() const
{
    OnlineStatus status;
    CredentialStore store(m_dataDir);
    const auto credentials = store.load();
    if (!credentials) {
        status.problem = credentials.error();
        return status;
    }
    if (!*credentials)
        return status;
    const Credentials &c = **credentials;
    status.connected = true;
    status.storedWhere = QFile::exists(store.filePath()) ? store.filePath() : u"the desktop keychain"_s;
    status.vehicles = int(c.vehicles.size());
    status.primaryVehicles = int(c.primaryVehicles().size());
    status.connectedAt = c.connectedAt;
    const OnlineState state(m_dataDir);
    status.callsLeft = state.callsLeft();
    status.blockedUntil = state.blockedUntil();
    status.lastFetchAt = state.lastFetchAt();
    return status;
}

std::expected<void, QString> OnlineAccount::disconnect()
{
    // The container stays at BMW (it holds no data, and makes a reconnect
    // cost no call); everything on this machine goes.
    if (auto cleared = CredentialStore(m_dataDir).clear(); !cleared)
        return std::unexpected(cleared.error());
    OnlineState(m_dataDir).clear();
    qCInfo(lcOnline) << "disconnected";
    return {};
}
