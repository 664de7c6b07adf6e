// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

namespace Demo::detail {

// Writes JSON in the layout of the real files (indented or compact) without
// building a document tree: a large fleet is ~100 MB of it.
class JsonWriter
{
public:
    // indent > 0: one value per line, nested `indent` spaces deeper, and
    // "key": value; 0: everything on one line, "key":value.
    JsonWriter(QByteArray &out, int indent) : m_out(out), m_indent(indent) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    // The name is written as it is: the generator's keys need no escaping.
    void key(const char *name);
    void integer(qint64 v);
    // decimals < 0: the shortest fixed-point text that reads back as the same double.
    void number(double v, int decimals);
    void boolean(bool v);
    void null();
    // UTF-8 text, escaped as JSON requires.
    void string(QByteArrayView s);

private:
    void open(char c);
    void close(char c);
    void prefix();
    void newline();

    QByteArray &m_out;
    int m_indent;
    QVarLengthArray<bool, 8> m_first;
    bool m_afterKey = false;
};

} // namespace Demo::detail
