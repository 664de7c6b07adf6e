// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/onlinefetch.h"

#include "core/model/logging.h"
#include "core/online/cardataclient.h"
#include "core/online/credentials.h"
#include "core/online/endpoints.h"
#include "core/online/httpclient.h"
#include "core/online/onlineaccount.h"
#include "core/online/onlinestate.h"

using namespace Qt::StringLiterals;

namespace {

// What a fetch costs before the first charging-history page tells more.
int callsNeeded(const QList<MappedVehicle> &vehicles, bool haveContainer, qint64 now)
{
    int calls = haveContainer ? 0 : 2; // list the containers, create one
    for (const MappedVehicle &v : vehicles)
        calls += 2 + (now - v.basicDataFetchedAt >= OnlineFetch::basicDataMaxAgeS ? 1 : 0);
    return calls;
}

QDateTime nextPossible(const OnlineState &state, const QDateTime &now)
{
    const QDateTime blocked = state.blockedUntil(now);
    return blocked.isValid() ? blocked : QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
}

} // namespace

OnlineFetch::OnlineFetch(QString dataDir) : m_dataDir(std::move(dataDir)) {}

OnlineFetchResult OnlineFetch::run(const Options &options, const std::function<void(const FetchProgress &)> &onProgress,
                                   const std::atomic_bool *cancel)
{
    OnlineFetchResult result;
    const auto stop = [&](const ApiFailure &failure) {
        result.error = failure.message;
        result.quota = failure.quota;
        result.cancelled = failure.scope == ApiFailure::Scope::Cancelled;
    };
    CredentialStore store(m_dataDir);
    auto loaded = store.load();
    if (!loaded || !*loaded) {
        result.error = loaded ? OnlineAccount::notConnectedMessage() : loaded.error();
        return result;
    }
    Credentials credentials = **loaded;
    auto endpoints = CarDataEndpoints::fromEnvironment();
    if (!endpoints) {
        result.error = endpoints.error();
        return result;
    }
    HttpClient http(*endpoints, cancel);
    OnlineState state(m_dataDir);
    CarDataClient client(http, credentials, store, state);
    client.setRetryDelayMs(options.retryDelayMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    FetchProgress progress;
    const auto report = [&](const QString &step) {
        progress.step = step;
        if (onProgress)
            onProgress(progress);
        ++progress.callsDone;
    };

    if (credentials.vehicles.isEmpty() || now.toSecsSinceEpoch() - credentials.mappingsFetchedAt >= mappingsMaxAgeS) {
        progress.callsPlanned = 1;
        report(u"the list of vehicles"_s);
        auto mapped = client.mappings();
        if (!mapped) {
            stop(mapped.error());
            return result;
        }
        credentials.vehicles = *mapped;
        credentials.mappingsFetchedAt = now.toSecsSinceEpoch();
        if (auto saved = store.save(credentials); !saved) {
            result.error = saved.error();
            return result;
        }
    }
    const QList<MappedVehicle> vehicles = credentials.primaryVehicles();
    if (vehicles.isEmpty()) {
        result.error = OnlineAccount::noPrimaryMessage(int(credentials.vehicles.size()));
        return result;
    }

    const int needed = callsNeeded(vehicles, !state.containerId().isEmpty(), now.toSecsSinceEpoch());
    const int left = state.callsLeft(now);
    if (left < needed) {
        result.quota = true;
        result.error = u"This fetch needs at least %1 of BMW's %2 daily API calls and %3 are left today; it can run "
                       "after %4 UTC"_s.arg(needed)
                           .arg(OnlineState::dailyQuota)
                           .arg(left)
                           .arg(nextPossible(state, now).toString(u"yyyy-MM-dd HH:mm"_s));
        return result;
    }
    progress.callsPlanned = progress.callsDone + needed;

    bool stopped = false;
    for (qsizetype i = 0; i < vehicles.size(); ++i) {
        const MappedVehicle &vehicle = vehicles.at(i);
        VehicleFetch fetch;
        fetch.vin = vehicle.vin;
        if (stopped) {
            fetch.error = u"not fetched: %1"_s.arg(result.error);
            result.vehicles.append(fetch);
            continue;
        }
        FetchedVehicle data;
        data.vin = vehicle.vin;
        data.fetchedAt = now.toSecsSinceEpoch();
        QStringList problems;
        bool vehicleRefused = false;
        // A failure of one part: noted for this vehicle, or the end of the fetch.
        const auto failed = [&](const ApiFailure &failure) {
            if (failure.scope != ApiFailure::Scope::Vehicle) {
                stop(failure);
                stopped = true;
            }
            problems.append(failure.message);
            vehicleRefused = vehicleRefused || failure.code == u"CU-104";
        };
        const QString which = vehicles.size() > 1 ? u" of vehicle %1 of %2"_s.arg(i + 1).arg(vehicles.size()) : QString();

        if (now.toSecsSinceEpoch() - vehicle.basicDataFetchedAt >= basicDataMaxAgeS) {
            report(u"basic data"_s + which);
            if (auto basic = client.basicData(vehicle.vin)) {
                data.basicData = *basic;
                for (MappedVehicle &stored : credentials.vehicles)
                    if (stored.vin == vehicle.vin)
                        stored.basicDataFetchedAt = now.toSecsSinceEpoch();
            } else {
                failed(basic.error());
            }
        }
        if (!stopped && !vehicleRefused) {
            report(u"battery readings"_s + which);
            if (auto telematic = client.telematicData(vehicle.vin))
                data.telematicData = *telematic;
            else
                failed(telematic.error());
        }
        if (!stopped && !vehicleRefused) {
            report(u"charging history"_s + which);
            const QDateTime from = options.historyFrom ? options.historyFrom(vehicle.vin) : now.addYears(-2);
            fetch.historyFrom = from;
            const CarDataClient::History history = client.chargingHistory(vehicle.vin, from, now);
            progress.callsDone += std::max(0, history.pages - 1);
            progress.callsPlanned += std::max(0, history.pages - 1);
            data.chargingHistory = history.json;
            fetch.pages = history.pages;
            if (history.failure)
                failed(*history.failure);
            else {
                fetch.historyComplete = true;
                fetch.historyTo = now;
            }
            qCInfo(lcOnline) << "vehicle" << i + 1 << "of" << vehicles.size() << ":" << history.sessions
                             << "sessions in" << history.pages << "pages";
        }
        fetch.error = problems.join(u"; "_s);
        if (!data.chargingHistory.isEmpty() || !data.basicData.isEmpty() || !data.telematicData.isEmpty())
            fetch.fetched = std::move(data);
        result.vehicles.append(std::move(fetch));
    }
    // The months-old basic data and any renewed tokens, for next time.
    if (auto saved = store.save(credentials); !saved)
        qCWarning(lcOnline).noquote() << saved.error();
    return result;
}
