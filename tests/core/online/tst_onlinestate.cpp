// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The app's own count of BMW's daily quota, and what it remembers between
// fetches.
#include "core/online/onlinestate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}
} // namespace

class TestOnlineState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsFiftyCallsPerUtcDay()
    {
        QTemporaryDir dir;
        OnlineState state(dir.path());
        const QDateTime morning = at(u"2026-12-03T08:00:00Z"_s);
        QCOMPARE(state.callsLeft(morning), 50);
        for (int i = 0; i < 50; ++i)
            QVERIFY(state.reserveCall(morning.addSecs(i)));
        QCOMPARE(state.callsLeft(morning), 0);
        auto refused = state.reserveCall(morning.addSecs(60));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"2026-12-04 00:00"_s), qPrintable(refused.error()));
        QCOMPARE(state.blockedUntil(morning), at(u"2026-12-04T00:00:00Z"_s));
        // A new UTC day, a new count; the file is shared by every OnlineState.
        QCOMPARE(OnlineState(dir.path()).callsLeft(at(u"2026-12-04T00:00:01Z"_s)), 50);
        QVERIFY(!OnlineState(dir.path()).blockedUntil(at(u"2026-12-04T00:00:01Z"_s)).isValid());
    }

    void quotaErrorWaitsForTheLaterReset()
    {
        QTemporaryDir dir;
        OnlineState state(dir.path());
        // First call at 08:00: midnight UTC comes first, a rolling day later.
        QVERIFY(state.reserveCall(at(u"2026-12-03T08:00:00Z"_s)));
        state.markQuotaExhausted(at(u"2026-12-03T09:00:00Z"_s));
        QCOMPARE(state.blockedUntil(at(u"2026-12-03T09:00:00Z"_s)), at(u"2026-12-04T08:00:00Z"_s));
        QCOMPARE(state.callsLeft(at(u"2026-12-04T01:00:00Z"_s)), 0);
        QVERIFY(!state.reserveCall(at(u"2026-12-04T01:00:00Z"_s)));
        QVERIFY(state.reserveCall(at(u"2026-12-04T08:00:01Z"_s)));

        // First call late in the evening: the later reset is 24 h on, too.
        QTemporaryDir other;
        OnlineState late(other.path());
        QVERIFY(late.reserveCall(at(u"2026-12-03T23:00:00Z"_s)));
        late.markQuotaExhausted(at(u"2026-12-03T23:30:00Z"_s));
        QCOMPARE(late.blockedUntil(at(u"2026-12-03T23:30:00Z"_s)), at(u"2026-12-04T23:00:00Z"_s));
    }

    void rememberedThingsAndClear()
    {
        QTemporaryDir dir;
        OnlineState state(dir.path());
        state.setContainerId(u"C000000000001"_s);
        state.setLastFetchAt(1700000000);
        state.setHistoryThrough(u"3f9c2a1b7e5d4c60"_s, 1700000100);
        QVERIFY(state.reserveCall());
        OnlineState again(dir.path());
        QCOMPARE(again.containerId(), u"C000000000001"_s);
        QCOMPARE(again.lastFetchAt(), qint64(1700000000));
        QCOMPARE(again.historyThrough(u"3f9c2a1b7e5d4c60"_s), qint64(1700000100));
        QCOMPARE(again.historyThrough(u"0000000000000000"_s), qint64(0));
        // An unfinished fetch: the earliest start is kept until one finishes.
        state.setResumeFrom(u"0000000000000000"_s, 1600000500);
        state.setResumeFrom(u"0000000000000000"_s, 1600000900);
        QCOMPARE(again.resumeFrom(u"0000000000000000"_s), qint64(1600000500));
        state.setHistoryThrough(u"0000000000000000"_s, 1700000200);
        QCOMPARE(again.resumeFrom(u"0000000000000000"_s), qint64(0));
        again.clear();
        QVERIFY(state.containerId().isEmpty());
        QCOMPARE(state.lastFetchAt(), qint64(0));
        QCOMPARE(state.historyThrough(u"3f9c2a1b7e5d4c60"_s), qint64(0));
        QCOMPARE(state.callsLeft(), 49); // BMW still counts that call
    }
};

QTEST_GUILESS_MAIN(TestOnlineState)
#include "tst_onlinestate.moc"
