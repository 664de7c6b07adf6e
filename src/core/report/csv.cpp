// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/report/csv.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Csv {

QString text(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QString number(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

QString field(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? u"1"_s : u"0"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 10);
    return text(value.toString());
}

QString line(const QStringList &fields)
{
    return fields.join(u',');
}

} // namespace Csv
