// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/readlimits.h"

#include <array>
#include <cstring>

std::optional<qsizetype> ReadLimits::jsonNestingExceeded(QByteArrayView json, int maxDepth)
{
    // One pass over the bytes that stops only at quotes and brackets, and
    // skips strings with memchr: about 25 ms for 40 MB, a few per cent of
    // importing them.
    static constexpr auto stops = [] {
        std::array<bool, 256> table{};
        for (const unsigned char c : {'"', '[', ']', '{', '}'})
            table[c] = true;
        return table;
    }();
    const char *const begin = json.data();
    const char *const end = begin + json.size();
    const char *p = begin;
    int depth = 0;
    for (;;) {
        while (p < end && !stops[static_cast<unsigned char>(*p)])
            ++p;
        if (p == end)
            return std::nullopt;
        switch (*p) {
        case '"':
            for (const char *from = p + 1;;) {
                const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
                if (!quote)
                    return std::nullopt; // an unterminated string: the parser's to report
                const char *escapes = quote;
                while (escapes > from && escapes[-1] == '\\')
                    --escapes;
                from = quote + 1;
                if ((quote - escapes) % 2 == 0) {
                    p = quote;
                    break;
                }
            }
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return qsizetype(p - begin);
            break;
        default: // ']' or '}'
            --depth;
            break;
        }
        ++p;
    }
}
