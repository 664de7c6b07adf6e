// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/calendar.h"

#include "demo/random.h"

namespace Demo::detail {

namespace {

constexpr qint64 unixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// EU summer time (the rule since 1996): last Sunday of March to last Sunday
// of October, switching at 01:00 UTC. Computed rather than asked of
// QTimeZone: the fleet must not depend on the machine's tz database, and
// this runs for every session.
qint64 summerTimeEdge(int year, int month)
{
    QDate last(year, month, 31);
    last = last.addDays(-(last.dayOfWeek() % 7));
    return unixOf(last) + 3600;
}

} // namespace

QDate dateOfUnix(qint64 t) { return QDate::fromJulianDay(floorDiv(t, 86400) + unixEpochJulianDay); }
qint64 unixOf(QDate d) { return (d.toJulianDay() - unixEpochJulianDay) * 86400; }

int utcOffset(bool london, qint64 utc)
{
    const int year = dateOfUnix(utc).year();
    const bool summer = utc >= summerTimeEdge(year, 3) && utc < summerTimeEdge(year, 10);
    return (london ? 0 : 3600) + (summer ? 3600 : 0);
}

QDate localDate(bool london, qint64 utc) { return dateOfUnix(utc + utcOffset(london, utc)); }

qint64 atLocalTime(bool london, Rng &rng, qint64 around, double fromHour, double toHour, qint64 notBefore)
{
    qint64 day = floorDiv(around + utcOffset(london, around), 86400);
    for (int i = 0; i < 400; ++i, ++day) {
        const qint64 local = day * 86400 + qint64(rng.uniform(fromHour, toHour) * 3600.0);
        const qint64 utc = local - utcOffset(london, local - (london ? 0 : 3600));
        if (utc >= notBefore)
            return utc;
    }
    return notBefore;
}

} // namespace Demo::detail
