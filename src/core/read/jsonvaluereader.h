// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

// Reading single values of a charging-history JSON with simdjson on-demand,
// as ChargingJsonParser needs them: a wrong type or an unreadable number
// is a message about the record (which is then skipped); a broken document
// is thrown as BrokenDocument, which the parser catches and reports.
namespace JsonValueReader {

namespace od = simdjson::ondemand;

QString fromUtf8(std::string_view s);

// A piece of the file quoted in a message: at most `length` characters, no
// control characters (a terminal would act on them), no VIN.
QString quoted(std::string_view s, qsizetype length = 40);

// Problems with one value that leave the document readable: the record is
// skipped, the file goes on. Anything else means the JSON itself is broken.
bool isValueLevelError(simdjson::error_code error);

// Thrown only inside the read module to leave a broken document; never
// crosses ChargingJsonParser::parse().
struct BrokenDocument
{
    simdjson::error_code code;
};

// Throws BrokenDocument for an error that is not about one value.
void check(simdjson::error_code error);

// A value of the wrong type, as a message shows it: a list or an object by
// name (their first token says nothing), anything else as written.
QString described(od::value value);

enum class Read { Ok, Absent, Invalid };

struct NumberRead
{
    Read status = Read::Absent;
    double value = 0;
    QString problem;
};

// A JSON number; null counts as absent; a numeric string is accepted since
// some tools re-serialize numbers as text; NaN/Infinity are reported as such.
NumberRead readNumber(od::value value, std::string_view name);

struct TextRead
{
    QString text; // empty when absent, not text, or too long
    QString problem;
};

// A text field (null: absent). A text longer than any such field has is not
// read at all (a file could hold one of hundreds of MB), and says so; so
// does a value of another type (a number given as mileage unit says nothing
// about the unit).
TextRead readText(od::value value, std::string_view name);

std::optional<bool> readBool(od::value value);

} // namespace JsonValueReader
