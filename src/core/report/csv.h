// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// The project's one CSV dialect (RFC 4180): comma-separated, a field quoted
// when it holds a comma, a quote or a line break, quotes doubled; numbers in
// C locale. Used by `health --csv` and the app's CSV export alike.
namespace Csv {

QString text(QString text);
// Fixed decimals; empty for NaN or infinity.
QString number(double value, int decimals);
// A JSON row value as a field: null -> empty, bool -> 1/0, numbers with up
// to 10 significant digits, text quoted as needed.
QString field(const QJsonValue &value);
// The fields joined by commas (no line end).
QString line(const QStringList &fields);

} // namespace Csv
