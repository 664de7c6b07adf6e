// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/isotime.h" // isoUtc(), for readers that also write times

#include <QString>

#include <optional>

// Timestamps in KeyList files come in several shapes: ISO 8601 with or
// without zone and fraction, date only, "DD.MM.YYYY HH:MM:SS" with or without
// zone, and "DD-MM-YYYY" (requestDate). Times without a zone are taken as UTC.
// A plain number of Unix seconds or milliseconds (see below) is read too.
// Returns Unix seconds, or nullopt when the text is none of these.
std::optional<qint64> parseFlexibleTimestamp(QStringView text);

// A Unix time given as a number, in seconds as BMW writes it or in
// milliseconds as tools that re-save exports with JavaScript's Date do. Below
// 1e11 it is seconds (up to the year 5138); from 1e11 to 1e14 milliseconds
// (1973 to 5138), so a millisecond time is never taken for the year 56000.
// Anything else (negative, fractional, microseconds) is nullopt, for the
// caller to reject with its own words.
std::optional<qint64> unixSecondsFromNumber(double value);
