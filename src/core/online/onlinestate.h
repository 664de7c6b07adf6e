// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <expected>
#include <functional>

// What the app remembers about its use of BMW's API, nothing secret: the
// calls made today against the daily quota (50 per account), when a quota
// error said "no more today", the container of battery keys it created, and
// when it last fetched. A file in the data folder, shared by the app and the
// CLI under a lock.
//
// BMW says only "daily": sources disagree whether the count resets at
// midnight UTC or 24 hours after a call. The ledger counts per UTC day, and
// after a quota error waits for the later of the two.
class OnlineState
{
public:
    static constexpr int dailyQuota = 50;
    static constexpr auto fileName = "cardata-online.json";

    explicit OnlineState(QString dataDir);

    // Counts one call before it is made (a call that fails still counts);
    // says why not when today's quota is used up.
    std::expected<void, QString> reserveCall(const QDateTime &now = QDateTime::currentDateTimeUtc());
    // BMW said the quota is used up (403 CU-429).
    void markQuotaExhausted(const QDateTime &now = QDateTime::currentDateTimeUtc());
    int callsLeft(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // When calls are possible again; invalid when they are now.
    QDateTime blockedUntil(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    QString containerId() const;
    void setContainerId(const QString &id);
    qint64 lastFetchAt() const;
    void setLastFetchAt(qint64 unixSeconds);
    // Up to when a vehicle's charging history was fetched completely (all
    // pages), by the vehicle's key in the database (never its VIN); 0: never.
    qint64 historyThrough(const QString &vehicleKey) const;
    // Sets it, and forgets any unfinished fetch of the vehicle.
    void setHistoryThrough(const QString &vehicleKey, qint64 unixSeconds);
    // Where a fetch that did not get every page began: the next one begins
    // there again (BMW does not promise any order of sessions, so what did
    // come says nothing about what did not). 0: none unfinished.
    qint64 resumeFrom(const QString &vehicleKey) const;
    // Keeps the earlier of this and one already remembered.
    void setResumeFrom(const QString &vehicleKey, qint64 unixSeconds);

    // The container, the fetch times: what belongs to a connected account.
    // Today's count of calls stays, as BMW keeps counting them.
    void clear();
    QString filePath() const;

    static QString quotaMessage(const QDateTime &until);

private:
    struct Data
    {
        QString day; // UTC, yyyy-MM-dd
        int calls = 0;
        qint64 firstCallAt = 0;
        qint64 exhaustedUntil = 0;
        QString containerId;
        qint64 lastFetchAt = 0;
        QHash<QString, qint64> historyThrough;
        QHash<QString, qint64> resumeFrom;
    };
    Data read() const;
    void write(const Data &data) const;
    // Read, change and write back under the lock.
    void update(const std::function<void(Data &)> &change) const;
    static void rollOver(Data &data, const QDateTime &now);

    QString m_dataDir;
};
