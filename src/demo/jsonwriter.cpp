// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/jsonwriter.h"

#include <charconv>

namespace Demo::detail {

namespace {

void appendDouble(QByteArray &out, double value, int decimals)
{
    char buffer[64];
    const std::to_chars_result r = decimals < 0
                                       ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                                       : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    out.append(buffer, qsizetype(r.ptr - buffer));
}

} // namespace

void JsonWriter::key(const char *name)
{
    prefix();
    m_out += '"';
    m_out += name;
    m_out += m_indent > 0 ? "\": " : "\":";
    m_afterKey = true;
}

void JsonWriter::integer(qint64 v)
{
    prefix();
    m_out += QByteArray::number(v);
}

void JsonWriter::number(double v, int decimals)
{
    prefix();
    appendDouble(m_out, v, decimals);
}

void JsonWriter::boolean(bool v)
{
    prefix();
    m_out += v ? "true" : "false";
}

void JsonWriter::null()
{
    prefix();
    m_out += "null";
}

void JsonWriter::string(QByteArrayView s)
{
    prefix();
    m_out += '"';
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            m_out += "\\u00";
            m_out += "0123456789abcdef"[(c >> 4) & 0xF];
            m_out += "0123456789abcdef"[c & 0xF];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
}

void JsonWriter::open(char c)
{
    prefix();
    m_out += c;
    m_first.append(true);
}

void JsonWriter::close(char c)
{
    const bool empty = m_first.back();
    m_first.removeLast();
    if (!empty)
        newline();
    m_out += c;
}

void JsonWriter::prefix()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_first.isEmpty())
        return;
    if (!m_first.back())
        m_out += ',';
    m_first.back() = false;
    newline();
}

void JsonWriter::newline()
{
    if (m_indent > 0) {
        m_out += '\n';
        m_out.append(qsizetype(m_first.size()) * m_indent, ' ');
    }
}

} // namespace Demo::detail
