// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/timestamps.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flexible_data();
    void flexible();
    void isoUtcFormat();
    void unixNumbers_data();
    void unixNumbers();
};

void TestTimestamps::flexible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: not a timestamp
    // 2024-08-15T09:12:44Z = 1723713164
    QTest::newRow("ISO Z") << u"2024-08-15T09:12:44Z"_s << qint64(1723713164);
    QTest::newRow("ISO fraction") << u"2024-08-15T09:12:44.250Z"_s << qint64(1723713164);
    QTest::newRow("ISO offset") << u"2024-08-15T11:12:44+02:00"_s << qint64(1723713164);
    QTest::newRow("ISO no zone is UTC") << u"2024-08-15T09:12:44"_s << qint64(1723713164);
    QTest::newRow("date only") << u"2024-08-15"_s << qint64(1723680000);
    QTest::newRow("German") << u"15.08.2024 09:12:44"_s << qint64(1723713164);
    QTest::newRow("German with zone") << u"15.08.2024 11:12:44 +02:00"_s << qint64(1723713164);
    QTest::newRow("German UTC") << u"15.08.2024 09:12:44 UTC"_s << qint64(1723713164);
    QTest::newRow("requestDate") << u"15-08-2024"_s << qint64(1723680000);
    QTest::newRow("Unix seconds") << u"1723713164"_s << qint64(1723713164);
    QTest::newRow("Unix milliseconds") << u" 1723713164250 "_s << qint64(1723713164);
    QTest::newRow("Unix microseconds") << u"1723713164250000"_s << qint64(-1);
    QTest::newRow("compact date is no Unix time") << u"20240815"_s << qint64(-1);
    QTest::newRow("compact date and time is no Unix time") << u"20240815091244"_s << qint64(-1);
    QTest::newRow("garbage") << u"yesterday"_s << qint64(-1);
    QTest::newRow("impossible date") << u"31.02.2024"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestTimestamps::flexible()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = parseFlexibleTimestamp(text);
    if (expected < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }
}

void TestTimestamps::isoUtcFormat()
{
    QCOMPARE(isoUtc(1624739132), u"2021-06-26T20:25:32Z"_s);
    // The fast path gives what QDateTime gives, at the edges of days,
    // months, leap years and centuries and anywhere in between.
    const auto qt = [](qint64 t) { return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate); };
    QList<qint64> times = {0, 1, 59, 86399, 86400, 951782400 /* 2000-02-29 */, 951868799, 4107542400 /* 2100-03-01 */,
                           253402300799 /* 9999-12-31T23:59:59 */, 253402300800, -1, -86400 * 365};
    QRandomGenerator rng(5);
    for (int i = 0; i < 100000; ++i)
        times.append(qint64(rng.bounded(quint64(253402300800))));
    for (const qint64 t : std::as_const(times))
        QCOMPARE(isoUtc(t), qt(t));
}

void TestTimestamps::unixNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("expected"); // -1: rejected
    QTest::newRow("seconds") << 1723713164.0 << qint64(1723713164);
    QTest::newRow("zero") << 0.0 << qint64(0);
    QTest::newRow("last second value (year 5138)") << 99999999999.0 << qint64(99999999999);
    QTest::newRow("first millisecond value (1973)") << 1e11 << qint64(100000000);
    QTest::newRow("milliseconds") << 1723713164250.0 << qint64(1723713164);
    QTest::newRow("microseconds") << 1723713164250000.0 << qint64(-1);
    QTest::newRow("negative") << -1.0 << qint64(-1);
    QTest::newRow("fractional") << 1723713164.5 << qint64(-1);
    QTest::newRow("NaN") << double(NAN) << qint64(-1);
}

void TestTimestamps::unixNumbers()
{
    QFETCH(double, value);
    QFETCH(qint64, expected);
    const auto seconds = unixSecondsFromNumber(value);
    if (expected < 0) {
        QVERIFY2(!seconds, qPrintable(QString::number(seconds.value_or(0))));
    } else {
        QVERIFY(seconds);
        QCOMPARE(*seconds, expected);
    }
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
