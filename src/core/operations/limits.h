// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// The limits on what a person may type, the same in the app and the CLI.
namespace Limits {

// Usable capacity when new: more than 0, at most this. The largest battery
// BMW builds holds about 106 kWh net; a value far above is a typo (Wh for
// kWh, a missing decimal point), not a car.
constexpr double capacityNewMaxKwh = 250;

// A model name is a short label ("i4 eDrive40 Gran Coupé").
constexpr qsizetype modelNameMaxLength = 80;

} // namespace Limits
