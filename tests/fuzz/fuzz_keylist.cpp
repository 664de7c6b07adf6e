// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: the KeyList XML parser.
#include "core/read/keylistparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto info = KeyListParser::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!info && info.error().isEmpty())
        std::abort();
    if (info) {
        for (const BatteryReading &r : info->readings) {
            if (!(r.value > 0) || r.time == 0)
                std::abort(); // absent values and unplaceable readings are dropped
        }
    }
    return 0;
}
