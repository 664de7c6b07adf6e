// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/calendar.h"
#include "demo/random.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Demo::detail;

namespace {

qint64 utc(QDate date, QTime time) { return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch(); }

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unixDays();
    void summerTimeEdges_data();
    void summerTimeEdges();
    void matchesTimeZoneDatabase_data();
    void matchesTimeZoneDatabase();
    void localDateCrossesMidnight();
    void atLocalTimeKeepsItsWindow_data();
    void atLocalTimeKeepsItsWindow();
};

void TestCalendar::unixDays()
{
    QCOMPARE(unixOf(QDate(1970, 1, 1)), 0);
    QCOMPARE(dateOfUnix(0), QDate(1970, 1, 1));
    QCOMPARE(dateOfUnix(86399), QDate(1970, 1, 1));
    QCOMPARE(dateOfUnix(86400), QDate(1970, 1, 2));
    // Before 1970 the day still starts at midnight, not at the next one.
    QCOMPARE(dateOfUnix(-1), QDate(1969, 12, 31));
    QCOMPARE(dateOfUnix(-86400), QDate(1969, 12, 31));
    QCOMPARE(dateOfUnix(-86401), QDate(1969, 12, 30));
    for (QDate d(2013, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(17)) {
        QCOMPARE(unixOf(d), utc(d, QTime(0, 0)));
        QCOMPARE(dateOfUnix(unixOf(d) + 86399), d);
    }
}

void TestCalendar::summerTimeEdges_data()
{
    QTest::addColumn<bool>("london");
    QTest::addColumn<qint64>("edge");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    // Last Sundays of March and October, 01:00 UTC in both zones.
    for (const auto &[spring, autumn] : {std::pair{QDate(2021, 3, 28), QDate(2021, 10, 31)},
                                         std::pair{QDate(2024, 3, 31), QDate(2024, 10, 27)},
                                         std::pair{QDate(2025, 3, 30), QDate(2025, 10, 26)}}) {
        const qint64 springEdge = utc(spring, QTime(1, 0));
        const qint64 autumnEdge = utc(autumn, QTime(1, 0));
        const int year = spring.year();
        QTest::addRow("Berlin spring %d", year) << false << springEdge << 3600 << 7200;
        QTest::addRow("Berlin autumn %d", year) << false << autumnEdge << 7200 << 3600;
        QTest::addRow("London spring %d", year) << true << springEdge << 0 << 3600;
        QTest::addRow("London autumn %d", year) << true << autumnEdge << 3600 << 0;
    }
}

void TestCalendar::summerTimeEdges()
{
    QFETCH(bool, london);
    QFETCH(qint64, edge);
    QFETCH(int, before);
    QFETCH(int, after);
    QCOMPARE(utcOffset(london, edge - 1), before);
    QCOMPARE(utcOffset(london, edge), after);
}

void TestCalendar::matchesTimeZoneDatabase_data()
{
    QTest::addColumn<bool>("london");
    QTest::newRow("Europe/Berlin") << false;
    QTest::newRow("Europe/London") << true;
}

void TestCalendar::matchesTimeZoneDatabase()
{
    // The generator computes the offsets itself so that a fleet does not
    // depend on the machine's tz database; here the database checks them.
    QFETCH(bool, london);
    const QTimeZone zone(QTest::currentDataTag());
    if (!zone.isValid())
        QSKIP("This machine has no time zone database to compare with");
    // Every hour and the second before it, so that each switch is seen
    // from both sides.
    for (qint64 t = utc(QDate(2013, 1, 1), QTime(0, 0)); t < utc(QDate(2027, 1, 1), QTime(0, 0)); t += 3600) {
        for (const qint64 moment : {t - 1, t}) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(moment, Qt::UTC);
            const int ours = utcOffset(london, moment);
            const int expected = zone.offsetFromUtc(when);
            if (ours != expected)
                QFAIL(qPrintable(u"%1: %2 s, the database says %3 s"_s.arg(when.toString(Qt::ISODate)).arg(ours).arg(expected)));
        }
    }
}

void TestCalendar::localDateCrossesMidnight()
{
    const qint64 summerNight = utc(QDate(2024, 6, 30), QTime(22, 30));
    QCOMPARE(localDate(false, summerNight), QDate(2024, 7, 1)); // 00:30 CEST
    QCOMPARE(localDate(true, summerNight), QDate(2024, 6, 30)); // 23:30 BST
    const qint64 winterNight = utc(QDate(2024, 1, 15), QTime(23, 30));
    QCOMPARE(localDate(false, winterNight), QDate(2024, 1, 16)); // 00:30 CET
    QCOMPARE(localDate(true, winterNight), QDate(2024, 1, 15));  // 23:30 GMT
}

void TestCalendar::atLocalTimeKeepsItsWindow_data()
{
    QTest::addColumn<bool>("london");
    QTest::addColumn<double>("fromHour");
    QTest::addColumn<double>("toHour");
    // Windows the simulation uses: leaving home, leaving work, evening
    // plug-in, a 22:00 charging timer.
    QTest::newRow("Berlin, morning departure") << false << 6.0 << 8.5;
    QTest::newRow("London, evening departure") << true << 16.0 << 18.5;
    QTest::newRow("Berlin, evening plug-in") << false << 16.5 << 22.5;
    QTest::newRow("London, timer") << true << 22.0 << 22.02;
}

void TestCalendar::atLocalTimeKeepsItsWindow()
{
    QFETCH(bool, london);
    QFETCH(double, fromHour);
    QFETCH(double, toHour);
    Rng rng(42);
    QList<qint64> arounds;
    // Plain days, and the days of both switches.
    for (int i = 0; i < 2000; ++i)
        arounds.append(utc(QDate(2020, 1, 1), QTime(0, 0)) + qint64(rng.uniform(0, 6 * 365.25 * 86400)));
    for (const QDate d : {QDate(2024, 3, 31), QDate(2024, 10, 27), QDate(2025, 3, 30), QDate(2025, 10, 26)}) {
        for (int hour = 0; hour < 24; ++hour)
            arounds.append(utc(d, QTime(hour, 0)));
    }
    for (const qint64 around : std::as_const(arounds)) {
        const qint64 notBefore = around + qint64(rng.uniform(-3 * 3600, 30 * 3600));
        const qint64 t = atLocalTime(london, rng, around, fromHour, toHour, notBefore);
        const QString where = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
        QVERIFY2(t >= notBefore, qPrintable(where));
        const double localHour = double((t + utcOffset(london, t)) % 86400) / 3600.0;
        QVERIFY2(localHour >= fromHour && localHour < toHour, qPrintable(u"%1: local hour %2"_s.arg(where).arg(localHour)));
        // The local day of `around` or later, and the first day that fits:
        // the day after notBefore's at most.
        QVERIFY2(localDate(london, t) >= localDate(london, around), qPrintable(where));
        QVERIFY2(localDate(london, t) <= localDate(london, std::max(around, notBefore)).addDays(1), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
