// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/exportnames.h"

#include "demo/vehicle.h"

using namespace Qt::StringLiterals;

namespace Demo::detail {

QString dateName(QDate d) { return d.toString(u"dd-MM-yyyy"); }

QString chargingFileName(const Vehicle &v, const ExportPlan &p)
{
    return (p.container == Container::Api ? u"CarData-ChargingHistory_"_s : u"BMW-CarData-Ladehistorie_"_s)
           + v.truth.vin + u'_' + dateName(p.date) + u".json"_s;
}

QString keyListFileName(const Vehicle &v, const ExportPlan &p, const QString &suffix)
{
    return u"BMW-CarData-KeyList_"_s + v.truth.vin + u'_' + dateName(p.date) + suffix;
}

QString archiveFileName(int number) { return u"BMW-CarData-Archive_%1.zip"_s.arg(number); }

} // namespace Demo::detail
