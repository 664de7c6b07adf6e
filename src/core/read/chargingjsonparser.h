// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/chargingsession.h"

#include <QByteArray>
#include <QString>

#include <expected>

class QIODevice;

// Parses a CarData charging-history JSON: a top-level array of sessions, the
// Customer API's {"data": [...]} wrapper, or one session object on its own;
// current (2025) and 2021 field names; times in Unix seconds or milliseconds. Invalid records are skipped and reported; a file that is not such a
// document at all, or goes beyond a limit of readlimits.h, is an error (a
// message without the file name: the caller knows which file it read).
class ChargingJsonParser
{
public:
    struct Options
    {
        // Kilometres per mileage unit when a record names no unit
        // (the KeyList's unitOfLength, when known).
        double defaultKmPerUnit = 1.0;
    };

    // Bytes the parser may read past the end of the data (simdjson's padding).
    static qsizetype paddingBytes();

    // Reads `size` bytes from a device into a buffer that already carries the
    // padding, so parse() need not copy it again.
    static std::expected<QByteArray, QString> readPadded(QIODevice &device, qint64 size);

    static std::expected<ChargingHistory, QString> parse(const QByteArray &json, const Options &options);
    static std::expected<ChargingHistory, QString> parse(const QByteArray &json) { return parse(json, Options{}); }

private:
    static std::expected<ChargingHistory, QString> parseDocument(const QByteArray &json, const Options &options);
};
