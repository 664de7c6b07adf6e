// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Where the data folder is when the user does not say (--data-dir):
// "./data" when the program runs from its build tree (the README's way),
// the platform's application-data folder when installed.
namespace DataLocation {
QString defaultDataDir();
bool runningFromBuildTree();
} // namespace DataLocation
