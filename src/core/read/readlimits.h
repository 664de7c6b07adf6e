// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// The most the readers accept of what a user hands over. Each limit is far
// above any real export (a ten-year history of a car charged several times a
// day holds tens of thousands of sessions, some tens of MB of JSON; a
// KeyList is some tens of kB) and far below what would exhaust memory or
// time. What goes beyond one is refused with a message that names it; the
// README lists them.
namespace ReadLimits {

// A charging history or saved API response (.json), on disk or unpacked from
// an archive: read whole, and parsing needs about three times as much again.
constexpr qint64 maxJsonBytes = qint64(256) << 20;
// A KeyList (.xml), on disk or unpacked.
constexpr qint64 maxKeyListBytes = qint64(8) << 20;

// Archives: all entries read, unpacked; an entry past bombMinBytes may not
// unpack to more than maxCompressionRatio times its packed size (exports
// deflate 10-30 times; a ZIP bomb thousands of times); entries in all.
constexpr qint64 maxArchiveBytes = qint64(1) << 30;
constexpr qint64 bombMinBytes = qint64(16) << 20;
constexpr qint64 maxCompressionRatio = 200;
constexpr int maxArchiveEntries = 10000;

// Nesting of lists and objects (JSON) or elements (XML). An export nests
// five levels deep.
constexpr int maxNestingDepth = 64;
// Records in one charging history (sessions and rejected records alike).
constexpr qsizetype maxRecords = 1'000'000;
// telematicValue entries in one KeyList (a real one has a few hundred).
constexpr qsizetype maxKeyListValues = 10'000;
// A text that is stored (provider name, model name, drive train) or
// compared (mileage unit), in characters.
constexpr qsizetype maxTextLength = 256;

// What a charging session may plausibly say. A time before 2000 is a
// placeholder (0 for "unknown") or a misread unit (the year 9999 in seconds
// read as milliseconds is 1978); the end is where Unix seconds get an
// eleventh digit (the year 2286), which leaves room for long synthetic
// histories. No car charges more than maxSessionEnergyKwh at once, or for
// longer than maxChargingDurationSec; the longest-driven cars have done some
// million km, and maxMileageKm leaves room for synthetic fleets that drive
// for centuries.
constexpr qint64 earliestTime = 946684800; // 2000-01-01T00:00:00Z
constexpr qint64 latestTime = 10000000000; // 2286-11-20T17:46:40Z
constexpr double maxSessionEnergyKwh = 1000;
constexpr double maxMileageKm = 100'000'000;
constexpr double maxChargingDurationSec = 366.0 * 24 * 3600;

constexpr bool isPlausibleTime(qint64 unixSeconds)
{
    return unixSeconds >= earliestTime && unixSeconds < latestTime;
}

// The byte offset at which JSON text first nests deeper than maxDepth, or
// nullopt. Brackets inside strings do not count; broken JSON is left for
// the parser to report.
std::optional<qsizetype> jsonNestingExceeded(QByteArrayView json, int maxDepth = maxNestingDepth);

} // namespace ReadLimits
