#include "core/import/healthupdater.h"

#include "core/health/batterycatalog.h"
#include "core/model/logging.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct VehicleRow
{
    qint64 id = 0;
    QString key;
    QString model;
    std::optional<double> capacityOverride;
};

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant nullableNumber(double v)
{
    return std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v);
}

// vehicleId, or the vehicle's key when vehicleId is 0.
std::expected<QList<SessionForHealth>, QString> loadSessions(QSqlDatabase db, qint64 vehicleId, const QString &key = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT start_time, mileage_km, soc_start, soc_end, energy_grid_kwh, energy_battery_kwh, "
              "charging_kind, preconditioning FROM sessions WHERE vehicle_id = "_s
              + (vehicleId ? u"?"_s : u"(SELECT id FROM vehicles WHERE key = ?)"_s) + u" ORDER BY start_time"_s);
    if (vehicleId)
        q.addBindValue(vehicleId);
    else
        q.addBindValue(key);
    if (!q.exec())
        return std::unexpected(q.lastError().text());
    QList<SessionForHealth> sessions;
    while (q.next()) {
        SessionForHealth s;
        s.startTime = q.value(0).toLongLong();
        s.mileageKm = q.value(1).isNull() ? NAN : q.value(1).toDouble();
        s.socStart = q.value(2).toDouble();
        s.socEnd = q.value(3).toDouble();
        if (!q.value(4).isNull())
            s.gridKwh = q.value(4).toDouble();
        if (!q.value(5).isNull())
            s.batteryKwh = q.value(5).toDouble();
        s.kind = chargingKindFromName(q.value(6).toString());
        s.preconditioning = q.value(7).toInt() != 0;
        sessions.append(s);
    }
    return sessions;
}

} // namespace

HealthUpdater::HealthUpdater(Store &store) : m_store(store) {}

std::expected<QList<SessionForHealth>, QString> HealthUpdater::sessions(Store &store, const QString &vehicleKey)
{
    return loadSessions(store.database(), 0, vehicleKey);
}

QString HealthUpdater::modelGroup(const QString &model)
{
    if (const auto entry = BatteryCatalog::builtIn().find(model))
        return entry->name;
    return model.simplified().toLower();
}

QByteArray HealthUpdater::trendToJson(const TrendModel &m)
{
    QJsonArray coef;
    for (double c : m.coef)
        coef.append(c);
    QJsonArray cov;
    for (double c : m.cov)
        cov.append(c);
    const QJsonObject o{{u"shape"_s, TrendModel::shapeName(m.shape)},
                        {u"x0"_s, m.x0},
                        {u"coef"_s, coef},
                        {u"cov"_s, cov},
                        {u"scale"_s, m.scale},
                        {u"dof"_s, m.dof},
                        {u"x_min"_s, m.xMin},
                        {u"x_max"_s, m.xMax}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<TrendModel> HealthUpdater::trendFromJson(const QByteArray &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return std::nullopt;
    TrendModel m;
    const QString shape = o.value(u"shape"_s).toString();
    if (shape == TrendModel::shapeName(TrendModel::Shape::Linear))
        m.shape = TrendModel::Shape::Linear;
    else if (shape == TrendModel::shapeName(TrendModel::Shape::EarlyDrop))
        m.shape = TrendModel::Shape::EarlyDrop;
    m.x0 = o.value(u"x0"_s).toDouble(1);
    const QJsonArray coef = o.value(u"coef"_s).toArray();
    const QJsonArray cov = o.value(u"cov"_s).toArray();
    for (int i = 0; i < 3 && i < coef.size(); ++i)
        m.coef[i] = coef[i].toDouble();
    for (int i = 0; i < 9 && i < cov.size(); ++i)
        m.cov[i] = cov[i].toDouble();
    m.scale = o.value(u"scale"_s).toDouble(1);
    m.dof = o.value(u"dof"_s).toInt();
    m.xMin = o.value(u"x_min"_s).toDouble();
    m.xMax = o.value(u"x_max"_s).toDouble();
    return m;
}

std::expected<int, QString> HealthUpdater::update(const QStringList &vehicleKeys)
{
    if (vehicleKeys.isEmpty())
        return 0;
    return run(vehicleKeys, false);
}

std::expected<int, QString> HealthUpdater::updateAll()
{
    return run({}, true);
}

std::expected<int, QString> HealthUpdater::run(const QStringList &vehicleKeys, bool all)
{
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);

    // Every vehicle's identity and model (small even for large fleets).
    QHash<QString, VehicleRow> vehicles;
    if (!q.exec(u"SELECT id, key, model, capacity_new_override_kwh FROM vehicles"_s))
        return std::unexpected(q.lastError().text());
    while (q.next()) {
        VehicleRow v{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).isNull() ? std::nullopt : std::optional<double>(q.value(3).toDouble())};
        vehicles.insert(v.key, v);
    }
    const QStringList touched = all ? vehicles.keys() : vehicleKeys;

    if (!db.transaction())
        return std::unexpected(db.lastError().text());
    const auto fail = [&db](const QString &message) {
        db.rollback();
        return std::unexpected(message);
    };

    // 1. What the touched vehicles teach about their own efficiency. Sessions
    //    are read again in step 4 rather than kept: memory stays bounded by
    //    the largest vehicle, not the fleet.
    QSet<QString> touchedGroups;
    for (const QString &key : touched) {
        const auto it = vehicles.constFind(key);
        if (it == vehicles.constEnd())
            continue;
        auto sessions = loadSessions(db, it->id);
        if (!sessions)
            return fail(sessions.error());
        const QList<EfficiencyModel::Sample> samples = HealthEstimator::efficiencySamples(*sessions);
        for (ChargingKind kind : EfficiencyModel::kinds) {
            const EfficiencyStats stats = EfficiencyModel::learn(samples, kind);
            QSqlQuery w(db);
            w.prepare(u"INSERT INTO vehicle_efficiency (vehicle_id, charging_kind, samples, mean, sigma_session) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (vehicle_id, charging_kind) DO UPDATE SET "
                      "samples = excluded.samples, mean = excluded.mean, sigma_session = excluded.sigma_session"_s);
            w.addBindValue(it->id);
            w.addBindValue(chargingKindName(kind));
            w.addBindValue(stats.samples);
            w.addBindValue(stats.mean);
            w.addBindValue(stats.sigmaSession);
            if (!w.exec())
                return fail(w.lastError().text());
        }
        touchedGroups.insert(modelGroup(it->model));
    }

    // 2. Priors: per model group and kind, falling back to the fleet, then
    //    to the published ranges.
    QHash<QString, QHash<QString, QList<EfficiencyStats>>> byGroup; // group -> kind -> stats
    QHash<QString, QList<EfficiencyStats>> fleet;                   // kind -> stats
    if (!q.exec(u"SELECT v.model, e.charging_kind, e.samples, e.mean, e.sigma_session "
                "FROM vehicle_efficiency e JOIN vehicles v ON v.id = e.vehicle_id"_s))
        return fail(q.lastError().text());
    while (q.next()) {
        const EfficiencyStats stats{q.value(2).toInt(), q.value(3).toDouble(), q.value(4).toDouble()};
        byGroup[modelGroup(q.value(0).toString())][q.value(1).toString()].append(stats);
        fleet[q.value(1).toString()].append(stats);
    }
    QHash<QString, Efficiency> fleetPrior;
    for (ChargingKind kind : EfficiencyModel::kinds) {
        const QString name = chargingKindName(kind);
        fleetPrior.insert(name, EfficiencyModel::pooled(fleet.value(name), EfficiencyModel::literature(kind),
                                                        Efficiency::Source::Fleet));
    }
    const auto priorFor = [&](const QString &group) {
        return [&, group](ChargingKind kind) {
            const ChargingKind effective = kind == ChargingKind::Unknown ? ChargingKind::Ac : kind;
            const QString name = chargingKindName(effective);
            const Efficiency fallback = fleetPrior.value(name, EfficiencyModel::literature(effective));
            if (group.isEmpty())
                return fallback;
            return EfficiencyModel::pooled(byGroup.value(group).value(name), fallback, Efficiency::Source::Model);
        };
    };

    // 3. Who to recompute: the touched vehicles, and vehicles of the same
    //    groups whose derived points used a prior that may have moved.
    QSet<QString> recompute(touched.cbegin(), touched.cend());
    if (!all && !touchedGroups.isEmpty()) {
        if (!q.exec(u"SELECT v.key, v.model FROM battery_health h JOIN vehicles v ON v.id = h.vehicle_id "
                    "WHERE h.uses_prior_efficiency = 1"_s))
            return fail(q.lastError().text());
        while (q.next()) {
            if (touchedGroups.contains(modelGroup(q.value(1).toString())))
                recompute.insert(q.value(0).toString());
        }
    }

    // 4. Estimate and store.
    int done = 0;
    for (const QString &key : std::as_const(recompute)) {
        const auto it = vehicles.constFind(key);
        if (it == vehicles.constEnd())
            continue;
        auto sessions = loadSessions(db, it->id);
        if (!sessions)
            return fail(sessions.error());
        VehicleHealthInput input;
        input.sessions = std::move(*sessions);
        input.model = it->model;
        input.capacityNewOverrideKwh = it->capacityOverride;
        const QString group = it->model.isEmpty() ? QString() : modelGroup(it->model);
        input.efficiencyPrior = priorFor(group);
        const VehicleHealth h = HealthEstimator::estimate(input);

        if (auto written = m_store.replaceCapacityPoints(it->id, h.points); !written)
            return fail(written.error());
        QSqlQuery w(db);
        w.prepare(u"UPDATE vehicle_efficiency SET used_eta = ?, used_sigma = ?, used_source = ? "
                  "WHERE vehicle_id = ? AND charging_kind = ?"_s);
        for (const KindEfficiency &k : h.efficiencies) {
            w.addBindValue(k.used.eta);
            w.addBindValue(k.used.sigmaMean);
            w.addBindValue(Efficiency::sourceName(k.used.source));
            w.addBindValue(it->id);
            w.addBindValue(chargingKindName(k.kind));
            if (!w.exec())
                return fail(w.lastError().text());
        }
        w.prepare(u"INSERT OR REPLACE INTO battery_health (vehicle_id, computed_at, capacity_kwh, capacity_low_kwh, "
                  "capacity_high_kwh, capacity_new_kwh, capacity_new_source, soh_percent, estimates, derived_estimates, "
                  "soh_low_percent, soh_high_percent, catalog_model, uses_prior_efficiency, last_time, last_mileage_km, "
                  "date_origin, trend_date, trend_mileage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        w.addBindValue(it->id);
        w.addBindValue(QDateTime::currentSecsSinceEpoch());
        w.addBindValue(nullable(h.capacityKwh));
        w.addBindValue(nullable(h.capacityLowKwh));
        w.addBindValue(nullable(h.capacityHighKwh));
        w.addBindValue(nullable(h.capacityNewKwh));
        w.addBindValue(h.capacityNewSource.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(h.capacityNewSource));
        w.addBindValue(nullable(h.sohPercent));
        w.addBindValue(h.estimates);
        w.addBindValue(h.derivedEstimates);
        w.addBindValue(nullable(h.sohLowPercent));
        w.addBindValue(nullable(h.sohHighPercent));
        w.addBindValue(h.catalogModel.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(h.catalogModel));
        w.addBindValue(h.usesPriorEfficiency ? 1 : 0);
        w.addBindValue(h.points.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(h.lastTime));
        w.addBindValue(nullableNumber(h.lastMileageKm));
        w.addBindValue(h.points.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(h.dateOrigin));
        w.addBindValue(h.byDate ? QVariant(QString::fromUtf8(trendToJson(*h.byDate))) : QVariant(QMetaType::fromType<QString>()));
        w.addBindValue(h.byMileage ? QVariant(QString::fromUtf8(trendToJson(*h.byMileage))) : QVariant(QMetaType::fromType<QString>()));
        if (!w.exec())
            return fail(w.lastError().text());
        ++done;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    qCDebug(lcStore) << "recomputed battery health of" << done << "vehicles";
    return done;
}
