// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// "2021-06-26T20:25:32Z": how every output of the project writes a time.
QString isoUtc(qint64 unixSeconds);
