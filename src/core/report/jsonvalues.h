// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cmath>
#include <optional>

// How reports put values into JSON: absent as null, numbers rounded to what
// they can honestly claim.
namespace JsonValues {

inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

// NaN -> null.
inline QJsonValue rounded(double value, int decimals)
{
    if (std::isnan(value))
        return QJsonValue::Null;
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

inline QJsonValue rounded(const std::optional<double> &value, int decimals)
{
    return value ? rounded(*value, decimals) : QJsonValue(QJsonValue::Null);
}

// One compact JSON object, for one line of a JSON-lines output.
QString line(const QJsonObject &object);

} // namespace JsonValues
