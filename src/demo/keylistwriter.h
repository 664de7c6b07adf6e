// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace Demo::detail {

struct ExportPlan;
struct Vehicle;

// The KeyList of one export as XML (in the car's language, German or
// English): basic vehicle data, the odometer, and for some cars the BMS's
// battery readings.
QByteArray keyListXml(const Vehicle &v, const ExportPlan &p);

// The HTML KeyList beside it in an archive; the importer does not read it.
QByteArray keyListHtml(const Vehicle &v, const ExportPlan &p);

} // namespace Demo::detail
