// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/timestamps.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flexible_data();
    void flexible();
    void isoUtcFormat();
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
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
