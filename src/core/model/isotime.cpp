// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/isotime.h"

#include <QDateTime>

// Reports write a million of these: years 1970-9999 are formatted here
// (days to a civil date as in Howard Hinnant's date algorithms), the rest
// by QDateTime, which gives the same text for the years both cover.
QString isoUtc(qint64 unixSeconds)
{
    constexpr qint64 lastSecondOf9999 = 253402300799;
    if (unixSeconds < 0 || unixSeconds > lastSecondOf9999)
        return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
    const qint64 days = unixSeconds / 86400;
    const qint64 secondOfDay = unixSeconds % 86400;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(secondOfDay / 3600);
    const int minute = int(secondOfDay / 60 % 60);
    const int second = int(secondOfDay % 60);

    char16_t text[20];
    const auto two = [&text](int at, int value) {
        text[at] = char16_t(u'0' + value / 10);
        text[at + 1] = char16_t(u'0' + value % 10);
    };
    two(0, year / 100);
    two(2, year % 100);
    text[4] = u'-';
    two(5, month);
    text[7] = u'-';
    two(8, day);
    text[10] = u'T';
    two(11, hour);
    text[13] = u':';
    two(14, minute);
    text[16] = u':';
    two(17, second);
    QString out(20, Qt::Uninitialized);
    std::copy(text, text + 19, out.data());
    out[19] = u'Z';
    return out;
}
