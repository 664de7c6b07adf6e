// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace Demo::detail {

struct ExportPlan;
struct Vehicle;

// The charging history file of one export, in the layout of its kind: the
// current archive format, the Customer API's, or the 2021 one. It holds the
// sessions up to the moment the export was made, one of them possibly still
// running then.
QByteArray chargingJson(const Vehicle &v, const ExportPlan &p);

} // namespace Demo::detail
