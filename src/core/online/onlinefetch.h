// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/read/exportreader.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

struct FetchProgress
{
    int callsDone = 0;
    int callsPlanned = 0;
    QString step; // "charging history of vehicle 1 of 2" and the like: no VIN
};

// What one vehicle's fetch brought, and what went wrong with it.
struct VehicleFetch
{
    QString vin;
    std::optional<FetchedVehicle> fetched; // whatever came; nullopt when nothing did
    bool historyComplete = false;          // every page between from and to came
    QDateTime historyFrom;                 // invalid when the history was not asked for
    QDateTime historyTo;
    int pages = 0;
    QString error; // a sentence without the VIN; empty when all went well
};

struct OnlineFetchResult
{
    QList<VehicleFetch> vehicles;
    QString error; // the fetch stopped (quota, login, network, cancel); vehicles hold what came before
    bool quota = false;
    bool cancelled = false;
};

// One fetch of every vehicle the connected account may read: the list of
// vehicles when it is a week old, the container of battery keys once, and
// per vehicle its basic data (monthly), its battery readings and its
// charging history since `historyFrom`. Checks first that today's quota
// holds the calls it needs, and otherwise does not start.
class OnlineFetch
{
public:
    struct Options
    {
        std::function<QDateTime(const QString &vin)> historyFrom;
        int retryDelayMs = 2000;
    };

    explicit OnlineFetch(QString dataDir);

    OnlineFetchResult run(const Options &options, const std::function<void(const FetchProgress &)> &onProgress = {},
                          const std::atomic_bool *cancel = nullptr);

    static constexpr qint64 mappingsMaxAgeS = 7 * 24 * 3600;
    static constexpr qint64 basicDataMaxAgeS = 30 * 24 * 3600;

private:
    QString m_dataDir;
};
