// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

std::optional<qint64> unixSecondsFromNumber(double value)
{
    if (!std::isfinite(value) || value < 0 || std::floor(value) != value)
        return std::nullopt;
    if (value < 1e11)
        return qint64(value);
    if (value < 1e14)
        return qint64(value) / 1000;
    return std::nullopt;
}

std::optional<qint64> parseFlexibleTimestamp(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;

    // Unix seconds (ten digits) or milliseconds (thirteen): every time from
    // 2001 to 2286. Other lengths are more likely compact dates such as
    // 20240815 or 20240815091244, which are not guessed at.
    static const QRegularExpression digits(uR"(^(?:\d{10}|\d{13})$)"_s);
    if (digits.match(text).hasMatch())
        return unixSecondsFromNumber(text.toDouble());

    // ISO 8601 (Qt handles fraction and offsets; "Z" too).
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::utc());
        return dt.toSecsSinceEpoch();
    }

    // German style: DD.MM.YYYY[ HH:MM[:SS]][ zone]; and DD-MM-YYYY.
    static const QRegularExpression dotted(
        uR"(^(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+\-]\d{2}:?\d{2})?$)"_s);
    const auto m = dotted.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    const QTime time(m.captured(4).isEmpty() ? 0 : m.captured(4).toInt(),
                     m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                     m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = m.captured(7);
    if (!zone.isEmpty() && (zone.startsWith(u'+') || zone.startsWith(u'-'))) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        offsetSeconds = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60)
                        * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toSecsSinceEpoch();
}

