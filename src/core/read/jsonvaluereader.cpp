// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/jsonvaluereader.h"

#include "core/privacy/vin.h"
#include "core/read/readlimits.h"

using namespace Qt::StringLiterals;

namespace JsonValueReader {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quoted(std::string_view s, qsizetype length)
{
    QString text = fromUtf8(s.substr(0, size_t(length) * 4)).left(length);
    for (QChar &c : text) {
        if (c.isSpace())
            c = u' ';
        else if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return Vin::redacted(text);
}

bool isValueLevelError(simdjson::error_code error)
{
    switch (error) {
    case simdjson::INCORRECT_TYPE:
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::STRING_ERROR:
        return true;
    default:
        return false;
    }
}

// Thrown only inside this file to leave a broken document; never crosses
// the parse() boundary.

void check(simdjson::error_code error)
{
    if (error && !isValueLevelError(error))
        throw BrokenDocument{error};
}

QString described(od::value value)
{
    od::json_type type;
    if (!value.type().get(type) && type == od::json_type::array)
        return u"a list"_s;
    if (!value.type().get(type) && type == od::json_type::object)
        return u"an object"_s;
    return quoted(value.raw_json_token()).trimmed();
}



NumberRead readNumber(od::value value, std::string_view name)
{
    NumberRead r;
    od::json_type type;
    const auto typeError = value.type().get(type);
    if (!typeError && type == od::json_type::null) {
        bool isNull = false;
        if (!value.is_null().get(isNull) && isNull)
            return r;
    }
    // 1e400 is a number no double holds; -Infinity looks like a number.
    bool numberError = false;
    if (!typeError && type == od::json_type::number) {
        double d = 0;
        const auto error = value.get_double().get(d);
        check(error);
        if (!error) {
            r.status = Read::Ok;
            r.value = d;
            return r;
        }
        numberError = true;
    }
    if (!typeError && type == od::json_type::string) {
        std::string_view text;
        const auto error = value.get_string().get(text);
        check(error);
        bool ok = false;
        // No number is written with more than a few dozen characters.
        const double d = text.size() <= 64 ? fromUtf8(text).trimmed().toDouble(&ok) : 0;
        if (ok) {
            r.status = Read::Ok;
            r.value = d;
            return r;
        }
        r.status = Read::Invalid;
        r.problem = u"%1 is not a number (\"%2\")"_s.arg(QLatin1StringView(name), quoted(text));
        return r;
    }
    if (!typeError && (type == od::json_type::array || type == od::json_type::object)) {
        r.status = Read::Invalid;
        r.problem = u"%1 is not a number (%2)"_s.arg(QLatin1StringView(name), described(value));
        return r;
    }
    // Unquoted NaN / Infinity (written by some scripting languages) reach us
    // as an unknown atom; say what it is rather than "wrong type".
    std::string_view token = value.raw_json_token();
    while (!token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r'
                              || token.back() == '\t' || token.back() == ',' || token.back() == '}'
                              || token.back() == ']'))
        token.remove_suffix(1);
    const QString tokenText = quoted(token);
    r.status = Read::Invalid;
    if (tokenText.contains(u"nan"_s, Qt::CaseInsensitive) || tokenText.contains(u"inf"_s, Qt::CaseInsensitive))
        r.problem = u"%1 is not a finite number (%2)"_s.arg(QLatin1StringView(name), tokenText);
    else if (numberError)
        r.problem = u"%1 is out of range (%2)"_s.arg(QLatin1StringView(name), tokenText);
    else
        r.problem = u"%1 is not a number (%2)"_s.arg(QLatin1StringView(name), tokenText);
    return r;
}


TextRead readText(od::value value, std::string_view name)
{
    TextRead r;
    std::string_view text;
    const auto error = value.get_string().get(text);
    check(error);
    if (error) {
        bool isNull = false;
        if (value.is_null().get(isNull) || !isNull)
            r.problem = u"%1 is not text (%2)"_s.arg(QLatin1StringView(name), described(value));
        return r;
    }
    if (text.size() > size_t(ReadLimits::maxTextLength) * 4
        || (r.text = fromUtf8(text)).size() > ReadLimits::maxTextLength) {
        r.text.clear();
        r.problem = u"%1 is longer than %2 characters"_s.arg(QLatin1StringView(name)).arg(ReadLimits::maxTextLength);
    }
    return r;
}

std::optional<bool> readBool(od::value value)
{
    bool b = false;
    const auto error = value.get_bool().get(b);
    check(error);
    if (error)
        return std::nullopt;
    return b;
}

} 