// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// Named categories so users can turn on exactly the part they need,
// e.g. QT_LOGGING_RULES="cardata.import.debug=true". Nothing logged through
// them may contain a VIN: pass file names through Vin::redacted() (or
// ExportReader::displayName()) first.
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcParse)
Q_DECLARE_LOGGING_CATEGORY(lcOnline)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
