// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <expected>
#include <optional>

// Checks of what a person typed, with messages meant for that person. The
// app's dialogs and the CLI's arguments go through the same checks.
namespace Validation {

// A capacity when new in kWh: finite, > 0 and <= Limits::capacityNewMaxKwh.
std::expected<double, QString> capacityNew(double kwh);

// "auto" (or empty) -> nullopt, the model table's value; else a number in
// kWh, with '.' as the decimal point as on any command line. Only the form
// is checked here: whether the number is plausible is capacityNew()'s call.
std::expected<std::optional<double>, QString> capacityNewFromText(const QString &text);

// A model name as stored: white space simplified; empty means "unknown".
// At most Limits::modelNameMaxLength characters, no control characters.
std::expected<QString, QString> modelName(const QString &text);

} // namespace Validation
