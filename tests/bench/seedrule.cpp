// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "seedrule.h"

#include <QDateTime>
#include <QMap>

SeedEstimate seedRule(const QList<SessionForHealth> &sessions)
{
    SeedEstimate out;
    QMap<int, QPair<double, int>> months; // yyyymm -> sum, count
    QMap<int, qint64> monthTime;
    qint64 last = 0;
    for (const SessionForHealth &s : sessions) {
        last = std::max(last, s.startTime);
        const double delta = s.socEnd - s.socStart;
        double energy = 0;
        if (s.batteryKwh)
            energy = *s.batteryKwh;
        else if (s.gridKwh)
            energy = *s.gridKwh * (s.kind == ChargingKind::Dc ? 0.95 : 0.90);
        if (energy < 30 || delta < 20)
            continue;
        const QDate d = QDateTime::fromSecsSinceEpoch(s.startTime, Qt::UTC).date();
        const int key = d.year() * 100 + d.month();
        months[key].first += energy * 100 / delta;
        months[key].second += 1;
        monthTime[key] = QDateTime(QDate(d.year(), d.month(), 15), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        ++out.sessionsUsed;
    }
    if (months.isEmpty())
        return out;
    // Least squares over the monthly means (x in days).
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const double n = months.size();
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        const double x = monthTime[it.key()] / 86400.0;
        const double y = it->first / it->second;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double denominator = n * sxx - sx * sx;
    if (months.size() < 2 || denominator <= 0) {
        out.capacityKwh = sy / n;
        return out;
    }
    const double slope = (n * sxy - sx * sy) / denominator;
    const double intercept = (sy - slope * sx) / n;
    out.capacityKwh = intercept + slope * (last / 86400.0);
    return out;
}
