// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

// The file names of an export, spelled as BMW spells them: the importer
// recognizes the files by them, and the KeyList refers to its charging
// history by name.
namespace Demo::detail {

struct ExportPlan;
struct Vehicle;

QString dateName(QDate d); // dd-MM-yyyy
QString chargingFileName(const Vehicle &v, const ExportPlan &p);
QString keyListFileName(const Vehicle &v, const ExportPlan &p, const QString &suffix);
QString archiveFileName(int number);

} // namespace Demo::detail
