// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/isotime.h" // isoUtc(), for readers that also write times

#include <QString>

#include <optional>

// Timestamps in KeyList files come in several shapes: ISO 8601 with or
// without zone and fraction, date only, "DD.MM.YYYY HH:MM:SS" with or without
// zone, and "DD-MM-YYYY" (requestDate). Times without a zone are taken as UTC.
// Returns Unix seconds, or nullopt when the text is none of these.
std::optional<qint64> parseFlexibleTimestamp(QStringView text);
