// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QtGlobal>

namespace Demo::detail {

class Rng;

inline constexpr double secondsPerYear = 365.25 * 86400.0;

// Unix seconds and calendar days, in UTC.
QDate dateOfUnix(qint64 t);
qint64 unixOf(QDate d);

// The generated cars live in Germany (Europe/Berlin) or the UK
// (Europe/London): the offset from UTC in seconds at a moment, and the local
// date there.
int utcOffset(bool london, qint64 utc);
QDate localDate(bool london, qint64 utc);

// A moment whose local time of day lies in [fromHour, toHour), on the local
// day of `around` or a later one, and not before `notBefore`.
qint64 atLocalTime(bool london, Rng &rng, qint64 around, double fromHour, double toHour, qint64 notBefore);

} // namespace Demo::detail
