// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/readlimits.h"

#include <cstring>

std::optional<qsizetype> ReadLimits::jsonNestingExceeded(QByteArrayView json, int maxDepth)
{
    // One pass over the bytes; strings are skipped with memchr, which keeps
    // this a small fraction of the parse itself.
    const char *const begin = json.data();
    const char *const end = begin + json.size();
    const char *p = begin;
    int depth = 0;
    while (p < end) {
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
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
        ++p;
    }
    return std::nullopt;
}
