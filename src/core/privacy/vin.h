// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Vehicle identification numbers: where they hide in CarData file names and
// how to keep them out of anything the project prints or logs.
namespace Vin {

// Upper-cased, whitespace removed. Empty when the text is not a plausible VIN
// (17 characters of A-Z/0-9 without I, O, Q) or is BMW's placeholder.
QString normalized(QStringView text);

// The VIN embedded in a file name as "_<VIN>_" (or at the end before the
// extension), normalized; empty when there is none.
QString fromFileName(QStringView fileName);

// Replaces anything that looks like a VIN with "[VIN]". Use on every file
// name that goes to a log or into an error message.
QString redacted(QStringView text);

} // namespace Vin
