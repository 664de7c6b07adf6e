// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: the charging-history parser must turn any bytes into
// sessions, rejections or an error message, never a crash.
#include "core/read/chargingjsonparser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto history = ChargingJsonParser::parse(bytes);
    if (!history) {
        if (history.error().isEmpty())
            std::abort(); // an error must say something
        return 0;
    }
    // What comes out must satisfy the validation rules.
    for (const ChargingSession &s : history->sessions) {
        if (s.endTime < s.startTime || s.socStart < 0 || s.socStart > 100 || s.socEnd < 0 || s.socEnd > 100)
            std::abort();
        if ((s.energyGridKwh && (*s.energyGridKwh < 0 || !std::isfinite(*s.energyGridKwh)))
            || (s.energyBatteryKwh && (*s.energyBatteryKwh < 0 || !std::isfinite(*s.energyBatteryKwh))))
            std::abort();
    }
    if (history->sessions.size() + history->rejections.size() != history->records)
        std::abort();
    return 0;
}
