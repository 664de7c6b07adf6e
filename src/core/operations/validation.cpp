// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/operations/validation.h"

#include "core/operations/limits.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Validation {

std::expected<double, QString> capacityNew(double kwh)
{
    if (!std::isfinite(kwh) || kwh <= 0 || kwh > Limits::capacityNewMaxKwh)
        return std::unexpected(u"%1 kWh is not a plausible capacity when new: it must be more than 0 and at most %2 kWh"_s
                                   .arg(kwh)
                                   .arg(Limits::capacityNewMaxKwh));
    return kwh;
}

std::expected<std::optional<double>, QString> capacityNewFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"auto"_s, Qt::CaseInsensitive) == 0)
        return std::optional<double>();
    bool ok = false;
    const double kwh = trimmed.toDouble(&ok);
    if (!ok)
        return std::unexpected(u"'%1' is not a capacity in kWh (a number such as 80.7, or 'auto')"_s.arg(text));
    return std::optional<double>(kwh);
}

std::expected<QString, QString> modelName(const QString &text)
{
    const QString cleaned = text.simplified();
    if (cleaned.size() > Limits::modelNameMaxLength)
        return std::unexpected(u"a model name has at most %1 characters"_s.arg(Limits::modelNameMaxLength));
    for (QChar c : cleaned) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return std::unexpected(u"a model name cannot contain control characters"_s);
    }
    return cleaned;
}

} // namespace Validation
