// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The store's side of the estimate: what the estimator reads (sessions,
// efficiencies learned from other vehicles) and writes (points, trends,
// capacity and SoH), and what the reports read back.
#include "core/store/store.h"

#include "core/store/sqlvalues.h"
#include "core/store/servercopy.h"
#include "core/store/statement.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {

VehicleRef refFrom(const QSqlQuery &q)
{
    return VehicleRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), optionalDouble(q.value(3)),
                      q.value(4).toLongLong()};
}

} // namespace

std::expected<QList<VehicleRef>, QString> Store::vehicleRefs()
{
    const auto row = [](const QSqlQuery &q) -> std::optional<VehicleRef> {
        return refFrom(q);
    };
    return rows<VehicleRef>(m_db,
                     u"SELECT id, key, model, capacity_new_override_kwh, session_count FROM vehicles"_s,
                     {}, u"cannot read the vehicles"_s, row);
}

namespace {

// A value kept in whole Wh, W or cents, back in kWh, kW or the currency.
std::optional<double> columnScaled(const Statement &stmt, int column, double scale)
{
    return stmt.isNull(column) ? std::nullopt : std::optional<double>(stmt.real(column) / scale);
}

double columnOrNan(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? NAN : stmt.real(column);
}

ChargingKind columnKind(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? ChargingKind::Unknown : chargingKindFromName(stmt.text(column));
}

} // namespace

// Both reads below run once per vehicle for every import (three times for
// each vehicle it touches) and every report: kept statements.
namespace {

SessionForHealth sessionForHealth(const Statement &q)
{
    SessionForHealth s;
    s.startTime = q.integer(0);
    s.mileageKm = columnOrNan(q, 1);
    s.socStart = q.real(2);
    s.socEnd = q.real(3);
    s.gridKwh = columnScaled(q, 4, perKilo);
    s.batteryKwh = columnScaled(q, 5, perKilo);
    s.kind = columnKind(q, 6);
    s.preconditioning = q.integer(7) != 0;
    s.avgPowerKw = columnScaled(q, 8, perKilo);
    return s;
}

// ?2 = 1: only sessions with both energies.
std::expected<QList<SessionForHealth>, QString> readHealthSessions(Statement &stmt, sqlite3 *lite,
                                                                  const QSqlDatabase &db, qint64 vehicleId,
                                                                  bool bothEnergies)
{
    return readAll<SessionForHealth>(
        stmt,
        "SELECT start_time, mileage_km, soc_start, soc_end, energy_grid_wh, energy_battery_wh, charging_kind, "
        "preconditioning, avg_power_w FROM sessions WHERE vehicle_id = ?1 "
        "AND (?2 = 0 OR (energy_grid_wh IS NOT NULL AND energy_battery_wh IS NOT NULL)) ORDER BY start_time",
        lite, db, u"cannot read the sessions"_s,
        [vehicleId, bothEnergies](Statement &q) {
            q.bindInt(1, vehicleId);
            q.bindInt(2, bothEnergies ? 1 : 0);
        },
        &sessionForHealth);
}

} // namespace

std::expected<QList<SessionForHealth>, QString> Store::healthSessions(qint64 vehicleId)
{
    return readHealthSessions(m_hot->healthSessions, m_handle, m_db, vehicleId, false);
}

std::expected<QList<SessionForHealth>, QString> Store::healthSessionsWithBothEnergies(qint64 vehicleId)
{
    return readHealthSessions(m_hot->healthSessions, m_handle, m_db, vehicleId, true);
}

std::expected<void, QString> Store::saveOwnEfficiency(qint64 vehicleId, ChargingKind kind, const EfficiencyStats &stats)
{
    auto q = runKept(u"INSERT INTO vehicle_efficiency (vehicle_id, charging_kind, samples, mean, sigma_session) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (vehicle_id, charging_kind) DO UPDATE SET "
                     "samples = excluded.samples, mean = excluded.mean, sigma_session = excluded.sigma_session"_s,
                     {vehicleId, chargingKindName(kind), stats.samples, stats.mean, stats.sigmaSession});
    if (!q)
        return std::unexpected(u"cannot store a charging efficiency: %1"_s.arg(q.error()));
    return {};
}

std::expected<QList<OwnEfficiency>, QString> Store::ownEfficiencies()
{
    const auto row = [](const QSqlQuery &q) -> std::optional<OwnEfficiency> {
        return OwnEfficiency{q.value(0).toString(), chargingKindFromName(q.value(1).toString()),
                             EfficiencyStats{q.value(2).toInt(), q.value(3).toDouble(), q.value(4).toDouble()}};
    };
    return rows<OwnEfficiency>(m_db,
                     u"SELECT v.model, e.charging_kind, e.samples, e.mean, e.sigma_session "
                     "FROM vehicle_efficiency e JOIN vehicles v ON v.id = e.vehicle_id"_s,
                     {}, u"cannot read the charging efficiencies"_s, row);
}

std::expected<QList<VehicleRef>, QString> Store::vehiclesUsingPriorEfficiency()
{
    const auto row = [](const QSqlQuery &q) -> std::optional<VehicleRef> {
        return refFrom(q);
    };
    return rows<VehicleRef>(m_db,
                     u"SELECT v.id, v.key, v.model, v.capacity_new_override_kwh, v.session_count FROM battery_health h "
                     "JOIN vehicles v ON v.id = h.vehicle_id WHERE h.uses_prior_efficiency = 1"_s,
                     {}, u"cannot read the stored estimates"_s, row);
}

std::expected<void, QString> Store::markEstimatesStale(const QList<qint64> &vehicleIds)
{
    if (vehicleIds.isEmpty())
        return {};
    QSqlQuery query(m_db);
    if (!query.prepare(u"UPDATE vehicles SET estimate_stale = 1 WHERE id = ?"_s))
        return std::unexpected(u"cannot mark the estimates out of date: %1"_s.arg(lastError(query)));
    for (const qint64 id : vehicleIds) {
        query.addBindValue(id);
        if (!query.exec())
            return std::unexpected(u"cannot mark the estimates out of date: %1"_s.arg(lastError(query)));
    }
    return {};
}

std::expected<QStringList, QString> Store::vehiclesWithStaleHealth()
{
    const auto row = [](const QSqlQuery &q) -> std::optional<QString> {
        return q.value(0).toString();
    };
    return rows<QString>(m_db,
                     u"SELECT v.key FROM vehicles v WHERE (v.estimate_stale = 1 OR NOT EXISTS "
                     "(SELECT 1 FROM battery_health h WHERE h.vehicle_id = v.id)) AND EXISTS (SELECT 1 FROM sessions s WHERE s.vehicle_id = v.id) ORDER BY v.key"_s,
                     {}, u"cannot read the stored estimates"_s, row);
}

namespace {

// A capacity point as its row holds it (whole Wh, the kind's name): two
// points that store the same row compare equal.
struct PointRow
{
    qint64 time = 0;
    std::optional<double> mileageKm;
    qint64 capacityWh = 0;
    qint64 sigmaWh = 1;
    double deltaSoc = 0;
    bool derived = false;
    bool outlier = false;
    QString kind;

    static PointRow of(const CapacityPoint &p)
    {
        PointRow r;
        r.time = p.time;
        if (!std::isnan(p.mileageKm))
            r.mileageKm = p.mileageKm;
        r.capacityWh = std::llround(p.capacityKwh * perKilo);
        // At least 1 Wh: a point's error is a weight's divisor.
        r.sigmaWh = std::max<qint64>(1, std::llround(p.sigmaKwh * perKilo));
        r.deltaSoc = p.deltaSoc;
        r.derived = p.derived;
        r.outlier = p.outlier;
        r.kind = chargingKindName(p.kind);
        return r;
    }
    static PointRow read(const Statement &q)
    {
        PointRow r;
        r.time = q.integer(0);
        if (!q.isNull(1))
            r.mileageKm = q.real(1);
        r.capacityWh = q.integer(2);
        r.sigmaWh = q.integer(3);
        r.deltaSoc = q.real(4);
        r.derived = q.integer(5) != 0;
        r.outlier = q.integer(6) != 0;
        r.kind = q.text(7);
        return r;
    }
    void bind(Statement &stmt, qint64 vehicleId) const
    {
        stmt.bindInt(1, vehicleId);
        stmt.bindInt(2, time);
        stmt.bindOptional(3, mileageKm);
        stmt.bindInt(4, capacityWh);
        stmt.bindInt(5, sigmaWh);
        stmt.bindReal(6, deltaSoc);
        stmt.bindInt(7, derived ? 1 : 0);
        stmt.bindInt(8, outlier ? 1 : 0);
        stmt.bindText(9, kind);
    }
    void copy(CopyRows &out, qint64 vehicleId) const
    {
        out.integer(vehicleId);
        out.integer(time);
        out.optional(mileageKm);
        out.integer(capacityWh);
        out.integer(sigmaWh);
        out.real(deltaSoc);
        out.integer(derived ? 1 : 0);
        out.integer(outlier ? 1 : 0);
        out.text(kind);
        out.endRow();
    }
    bool operator==(const PointRow &) const = default;
};

const QString pointColumns =
    u"vehicle_id, start_time, mileage_km, capacity_wh, sigma_wh, delta_soc, derived, outlier, charging_kind"_s;

} // namespace

std::expected<void, QString> Store::replaceCapacityPoints(qint64 vehicleId, const QList<CapacityPoint> &points)
{
    // The stored points are read in one query and only those that differ
    // are written: after a newer export nearly all come out the same, and
    // one read of a row costs a fraction of one statement per row. Points
    // the estimate no longer has (rare: a session that stopped qualifying)
    // are all written anew.
    auto stored = readAll<PointRow>(
        m_hot->storedPoints,
        "SELECT start_time, mileage_km, capacity_wh, sigma_wh, delta_soc, derived, outlier, charging_kind "
        "FROM capacity_points WHERE vehicle_id = ?1",
        m_handle, m_db, u"cannot read the stored capacity points"_s, [vehicleId](Statement &q) { q.bindInt(1, vehicleId); },
        &PointRow::read);
    if (!stored)
        return std::unexpected(stored.error());
    QHash<qint64, PointRow> before;
    before.reserve(stored->size());
    for (PointRow &row : *stored)
        before.insert(row.time, std::move(row));
    QList<PointRow> wanted;
    wanted.reserve(points.size());
    QSet<qint64> times;
    times.reserve(points.size());
    for (const CapacityPoint &p : points) {
        wanted.append(PointRow::of(p));
        times.insert(p.time);
    }
    bool dropped = false;
    for (auto it = before.cbegin(); it != before.cend() && !dropped; ++it)
        dropped = !times.contains(it.key());
    if (dropped) {
        Statement &remove = m_hot->deletePoints;
        remove.bindInt(1, vehicleId);
        const auto deleted = remove.exec();
        remove.reset();
        if (!deleted)
            return deleted;
        before.clear();
    }
    Statement &upsert = m_hot->upsertPoint;
    CopyRows toCopy; // on a server: sent in one COPY
    for (const PointRow &row : std::as_const(wanted)) {
        if (const auto it = before.constFind(row.time); it != before.constEnd() && *it == row)
            continue;
        if (onServer()) {
            row.copy(toCopy, vehicleId);
            continue;
        }
        row.bind(upsert, vehicleId);
        const auto written = upsert.exec();
        upsert.reset();
        if (!written)
            return written;
    }
    if (!toCopy.isEmpty()) {
        if (auto copied = copyIntoTemp(m_db, u"copied_points"_s, u"capacity_points"_s, pointColumns, toCopy); !copied)
            return copied;
        static const QString merge =
            replacingInsert(u"capacity_points"_s, pointColumns.split(u", "_s), 2, u"copied_points"_s);
        if (auto merged = runKept(merge, {}); !merged)
            return std::unexpected(merged.error());
    }
    return {};
}

std::expected<void, QString> Store::saveTrend(qint64 vehicleId, const QString &axis, const std::optional<TrendModel> &trend)
{
    if (!trend) {
        if (auto deleted = runKept(u"DELETE FROM health_trends WHERE vehicle_id = ? AND axis = ?"_s, {vehicleId, axis});
            !deleted)
            return std::unexpected(deleted.error());
        return {};
    }
    static const QString sql = replacingInsert(
        u"health_trends"_s,
        u"vehicle_id axis shape x0 c0 c1 c2 cov0 cov1 cov2 cov3 cov4 cov5 cov6 cov7 cov8 scale dof x_min x_max"_s.split(u' '), 2);
    auto kept = keptQuery(sql);
    if (!kept)
        return std::unexpected(kept.error());
    QSqlQuery &w = **kept;
    w.addBindValue(vehicleId);
    w.addBindValue(axis);
    w.addBindValue(TrendModel::shapeName(trend->shape));
    w.addBindValue(trend->x0);
    for (double c : trend->coef)
        w.addBindValue(c);
    for (double c : trend->cov)
        w.addBindValue(c);
    w.addBindValue(trend->scale);
    w.addBindValue(trend->dof);
    w.addBindValue(trend->xMin);
    w.addBindValue(trend->xMax);
    if (!w.exec())
        return std::unexpected(lastError(w));
    return {};
}

std::expected<void, QString> Store::saveHealth(qint64 vehicleId, const VehicleHealth &h)
{
    const auto failed = [](const QString &error) {
        return std::unexpected(u"cannot store the battery health estimate: %1"_s.arg(error));
    };
    if (auto written = replaceCapacityPoints(vehicleId, h.points); !written)
        return failed(written.error());
    auto efficiency = keptQuery(u"UPDATE vehicle_efficiency SET used_eta = ?, used_sigma = ?, used_source = ? "
                                "WHERE vehicle_id = ? AND charging_kind = ?"_s);
    if (!efficiency)
        return failed(efficiency.error());
    QSqlQuery &used = **efficiency;
    // The efficiency a kind was scaled with, where a point was scaled with it.
    QSet<ChargingKind> scaled;
    for (const CapacityPoint &p : h.points) {
        if (p.derived)
            scaled.insert(p.kind == ChargingKind::Unknown ? ChargingKind::Ac : p.kind);
    }
    const QVariant none(QMetaType::fromType<double>());
    for (const KindEfficiency &k : h.efficiencies) {
        const bool scaledWith = scaled.contains(k.kind);
        used.addBindValue(scaledWith ? QVariant(k.used.eta) : none);
        used.addBindValue(scaledWith ? QVariant(k.used.sigmaMean) : none);
        used.addBindValue(scaledWith ? QVariant(Efficiency::sourceName(k.used.source))
                                     : QVariant(QMetaType::fromType<QString>()));
        used.addBindValue(vehicleId);
        used.addBindValue(chargingKindName(k.kind));
        if (!used.exec())
            return failed(lastError(used));
    }
    static const QString sql = replacingInsert(
        u"battery_health"_s,
        u"vehicle_id computed_at capacity_kwh capacity_low_kwh capacity_high_kwh capacity_new_kwh capacity_new_source "
        "soh_percent estimates derived_estimates soh_low_percent soh_high_percent catalog_model uses_prior_efficiency "
        "last_time last_mileage_km date_origin reading_log_ratio reading_variance reading_count calibration_shift "
        "calibration_sigma weight_prior weight_fleet_readings weight_own_readings weight_capacity_new readings_used "
        "fleet_vehicles overhead_kw overhead_sigma_kw"_s.split(u' '), 1);
    auto health = keptQuery(sql);
    if (!health)
        return failed(health.error());
    QSqlQuery &w = **health;
    const bool hasPoints = !h.points.isEmpty();
    w.addBindValue(vehicleId);
    w.addBindValue(QDateTime::currentSecsSinceEpoch());
    w.addBindValue(nullable(h.capacityKwh));
    w.addBindValue(nullable(h.capacityLowKwh));
    w.addBindValue(nullable(h.capacityHighKwh));
    w.addBindValue(nullable(h.capacityNewKwh));
    w.addBindValue(nullableText(h.capacityNewSource));
    w.addBindValue(nullable(h.sohPercent));
    w.addBindValue(h.estimates);
    w.addBindValue(h.derivedEstimates);
    w.addBindValue(nullable(h.sohLowPercent));
    w.addBindValue(nullable(h.sohHighPercent));
    w.addBindValue(nullableText(h.catalogModel));
    w.addBindValue(h.usesPriorEfficiency ? 1 : 0);
    w.addBindValue(hasPoints ? QVariant(h.lastTime) : QVariant(QMetaType::fromType<qint64>()));
    w.addBindValue(nullableNumber(h.lastMileageKm));
    w.addBindValue(hasPoints ? QVariant(h.dateOrigin) : QVariant(QMetaType::fromType<qint64>()));
    const auto &e = h.readingEvidence;
    w.addBindValue(e ? QVariant(e->logRatio) : QVariant(QMetaType::fromType<double>()));
    w.addBindValue(e ? QVariant(e->variance) : QVariant(QMetaType::fromType<double>()));
    w.addBindValue(e ? e->readings : 0);
    const auto &c = h.calibration;
    const QVariant noNumber(QMetaType::fromType<double>());
    w.addBindValue(c ? QVariant(c->shift) : noNumber);
    w.addBindValue(c ? QVariant(c->sigmaRelative) : noNumber);
    w.addBindValue(c ? QVariant(c->weightPrior) : noNumber);
    w.addBindValue(c ? QVariant(c->weightFleetReadings) : noNumber);
    w.addBindValue(c ? QVariant(c->weightOwnReadings) : noNumber);
    w.addBindValue(c ? QVariant(c->weightCapacityNew) : noNumber);
    w.addBindValue(c ? c->readingsUsed : 0);
    w.addBindValue(c ? c->fleetVehicles : 0);
    w.addBindValue(h.overheadKw ? QVariant(*h.overheadKw) : noNumber);
    w.addBindValue(h.overheadKw ? QVariant(h.overheadSigmaKw) : noNumber);
    if (!w.exec())
        return failed(lastError(w));
    if (auto saved = saveTrend(vehicleId, u"date"_s, h.byDate); !saved)
        return failed(saved.error());
    if (auto saved = saveTrend(vehicleId, u"mileage"_s, h.byMileage); !saved)
        return failed(saved.error());
    if (auto fresh = runKept(u"UPDATE vehicles SET estimate_stale = 0 WHERE id = ?"_s, {vehicleId}); !fresh)
        return failed(fresh.error());
    return {};
}

std::expected<QList<CapacityPoint>, QString> Store::capacityPoints(const QString &vehicleKey)
{
    return readAll<CapacityPoint>(
        m_hot->capacityPoints,
        "SELECT p.start_time, p.mileage_km, p.capacity_wh, p.sigma_wh, p.delta_soc, p.derived, p.outlier, "
        "p.charging_kind FROM capacity_points p WHERE p.vehicle_id = (SELECT id FROM vehicles WHERE key = ?1) "
        "ORDER BY p.start_time",
        m_handle, m_db, u"cannot read the capacity points"_s,
        [&vehicleKey](Statement &q) { q.bindText(1, vehicleKey); },
        [](const Statement &q) {
        CapacityPoint p;
        p.time = q.integer(0);
        p.mileageKm = columnOrNan(q, 1);
        p.capacityKwh = q.real(2) / perKilo;
        p.sigmaKwh = q.real(3) / perKilo;
        p.deltaSoc = q.real(4);
        p.derived = q.integer(5) != 0;
        p.outlier = q.integer(6) != 0;
        p.kind = columnKind(q, 7);
        return p;
    });
}

std::expected<QList<Store::StoredEvidence>, QString> Store::readingEvidence()
{
    const auto row = [](const QSqlQuery &q) -> std::optional<StoredEvidence> {
        StoredEvidence e;
        e.key = q.value(0).toString();
        e.model = q.value(1).toString();
        e.evidence.logRatio = q.value(2).toDouble();
        e.evidence.variance = q.value(3).toDouble();
        e.evidence.readings = q.value(4).toInt();
        e.evidence.vehicles = 1;
        if (!(e.evidence.variance > 0))
            return std::nullopt;
        return e;
    };
    return rows<StoredEvidence>(m_db,
                     u"SELECT v.key, v.model, h.reading_log_ratio, h.reading_variance, h.reading_count "
                     "FROM battery_health h JOIN vehicles v ON v.id = h.vehicle_id "
                     "WHERE h.reading_log_ratio IS NOT NULL AND h.reading_variance IS NOT NULL"_s,
                     {}, u"cannot read the battery readings' evidence"_s, row);
}

std::expected<QList<BatteryReading>, QString> Store::batteryReadings(const QString &vehicleKey)
{
    const auto row = [](const QSqlQuery &q) -> std::optional<BatteryReading> {
        const auto kind = batteryReadingKindFromName(q.value(0).toString());
        if (!kind)
            return std::nullopt; // a kind a newer version wrote: not ours to show
        return BatteryReading{*kind, q.value(2).toDouble(), q.value(1).toLongLong()};
    };
    return rows<BatteryReading>(m_db,
                     u"SELECT r.kind, r.read_at, r.value FROM battery_readings r "
                     "WHERE r.vehicle_id = (SELECT id FROM vehicles WHERE key = ?) ORDER BY r.read_at, r.kind"_s,
                     {vehicleKey}, u"cannot read the battery readings"_s, row);
}
