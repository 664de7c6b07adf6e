// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/onlinestate.h"

#include "core/model/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One writer at a time across the app and the CLI.
class Locked
{
public:
    explicit Locked(const QString &path) : m_lock(path + u".lock"_s) { m_lock.lock(); }

private:
    QLockFile m_lock;
};

QDateTime nextUtcMidnight(const QDateTime &now)
{
    return QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
}

} // namespace

OnlineState::OnlineState(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString OnlineState::filePath() const
{
    return QDir(m_dataDir).filePath(QString::fromLatin1(fileName));
}

OnlineState::Data OnlineState::read() const
{
    Data d;
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return d;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    d.day = o.value(u"quotaDay"_s).toString();
    d.calls = o.value(u"calls"_s).toInt();
    d.firstCallAt = o.value(u"firstCallAt"_s).toInteger();
    d.exhaustedUntil = o.value(u"exhaustedUntil"_s).toInteger();
    d.containerId = o.value(u"containerId"_s).toString();
    d.lastFetchAt = o.value(u"lastFetchAt"_s).toInteger();
    const auto readTimes = [&](const QString &name, QHash<QString, qint64> &into) {
        const QJsonObject times = o.value(name).toObject();
        for (auto it = times.begin(); it != times.end(); ++it)
            into.insert(it.key(), it.value().toInteger());
    };
    readTimes(u"historyThrough"_s, d.historyThrough);
    readTimes(u"resumeFrom"_s, d.resumeFrom);
    return d;
}

void OnlineState::update(const std::function<void(Data &)> &change) const
{
    Locked lock(filePath());
    Data d = read();
    change(d);
    write(d);
}

void OnlineState::write(const Data &d) const
{
    QDir().mkpath(m_dataDir);
    QSaveFile file(filePath());
    const auto times = [](const QHash<QString, qint64> &hash) {
        QJsonObject o;
        for (auto it = hash.begin(); it != hash.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    const QByteArray json = QJsonDocument(QJsonObject{{u"quotaDay"_s, d.day},
                                                      {u"calls"_s, d.calls},
                                                      {u"firstCallAt"_s, d.firstCallAt},
                                                      {u"exhaustedUntil"_s, d.exhaustedUntil},
                                                      {u"containerId"_s, d.containerId},
                                                      {u"lastFetchAt"_s, d.lastFetchAt},
                                                      {u"historyThrough"_s, times(d.historyThrough)},
                                                      {u"resumeFrom"_s, times(d.resumeFrom)}})
                                .toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        qCWarning(lcOnline).noquote() << "cannot record the API calls in" << filePath() << file.errorString();
}

void OnlineState::rollOver(Data &d, const QDateTime &now)
{
    const QString today = now.date().toString(Qt::ISODate);
    if (d.day != today) {
        d.day = today;
        d.calls = 0;
        d.firstCallAt = 0;
    }
}

QString OnlineState::quotaMessage(const QDateTime &until)
{
    return u"BMW's daily limit of %1 API calls for this account is used up; the next fetch can run after %2 UTC"_s
        .arg(dailyQuota)
        .arg(until.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
}

QDateTime OnlineState::blockedUntil(const QDateTime &now) const
{
    Data d = read();
    rollOver(d, now);
    qint64 until = d.exhaustedUntil;
    if (d.calls >= dailyQuota)
        until = std::max(until, nextUtcMidnight(now).toSecsSinceEpoch());
    if (until <= now.toSecsSinceEpoch())
        return {};
    return QDateTime::fromSecsSinceEpoch(until, Qt::UTC);
}

std::expected<void, QString> OnlineState::reserveCall(const QDateTime &now)
{
    Locked lock(filePath());
    Data d = read();
    rollOver(d, now);
    if (d.exhaustedUntil > now.toSecsSinceEpoch())
        return std::unexpected(quotaMessage(QDateTime::fromSecsSinceEpoch(d.exhaustedUntil, Qt::UTC)));
    if (d.calls >= dailyQuota)
        return std::unexpected(quotaMessage(nextUtcMidnight(now)));
    ++d.calls;
    if (d.firstCallAt == 0)
        d.firstCallAt = now.toSecsSinceEpoch();
    write(d); // before the call: a call whose answer is lost still counted at BMW
    return {};
}

void OnlineState::markQuotaExhausted(const QDateTime &now)
{
    update([&](Data &d) {
        rollOver(d, now);
        // Whichever reset BMW means (midnight UTC, or a day after the first
        // call), it has passed by then.
        const qint64 rolling = d.firstCallAt > 0 ? d.firstCallAt + 24 * 3600 : now.toSecsSinceEpoch() + 24 * 3600;
        d.exhaustedUntil = std::max(nextUtcMidnight(now).toSecsSinceEpoch(), rolling);
        d.calls = dailyQuota;
    });
}

int OnlineState::callsLeft(const QDateTime &now) const
{
    Data d = read();
    rollOver(d, now);
    if (d.exhaustedUntil > now.toSecsSinceEpoch())
        return 0;
    return std::max(0, dailyQuota - d.calls);
}

QString OnlineState::containerId() const
{
    return read().containerId;
}

void OnlineState::setContainerId(const QString &id)
{
    update([&](Data &d) { d.containerId = id; });
}

qint64 OnlineState::lastFetchAt() const
{
    return read().lastFetchAt;
}

void OnlineState::setLastFetchAt(qint64 unixSeconds)
{
    update([&](Data &d) { d.lastFetchAt = unixSeconds; });
}

qint64 OnlineState::historyThrough(const QString &vehicleKey) const
{
    return read().historyThrough.value(vehicleKey);
}

void OnlineState::setHistoryThrough(const QString &vehicleKey, qint64 unixSeconds)
{
    update([&](Data &d) {
        d.historyThrough.insert(vehicleKey, unixSeconds);
        d.resumeFrom.remove(vehicleKey);
    });
}

qint64 OnlineState::resumeFrom(const QString &vehicleKey) const
{
    return read().resumeFrom.value(vehicleKey);
}

void OnlineState::setResumeFrom(const QString &vehicleKey, qint64 unixSeconds)
{
    update([&](Data &d) {
        const qint64 known = d.resumeFrom.value(vehicleKey);
        d.resumeFrom.insert(vehicleKey, known > 0 ? std::min(known, unixSeconds) : unixSeconds);
    });
}

void OnlineState::clear()
{
    Locked lock(filePath());
    // The day's count stays: BMW counted those calls, whoever asks next.
    Data d = read();
    Data kept;
    kept.day = d.day;
    kept.calls = d.calls;
    kept.firstCallAt = d.firstCallAt;
    kept.exhaustedUntil = d.exhaustedUntil;
    write(kept);
}
