// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/healthupdater.h"

#include "core/health/batterycatalog.h"
#include "core/health/healthestimator.h"
#include "core/model/logging.h"
#include "core/store/store.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Per model group and kind, what the group's vehicles learned; the prior
// for a vehicle falls back from its group to the fleet to the published
// ranges.
class Priors
{
public:
    explicit Priors(const QList<OwnEfficiency> &all)
    {
        QHash<ChargingKind, QList<EfficiencyStats>> fleet;
        for (const OwnEfficiency &e : all) {
            m_byGroup[BatteryCatalog::modelGroup(e.model)][e.kind].append(e.stats);
            fleet[e.kind].append(e.stats);
        }
        for (ChargingKind kind : EfficiencyModel::kinds)
            m_fleet.insert(kind, EfficiencyModel::pooled(fleet.value(kind), EfficiencyModel::literature(kind),
                                                         Efficiency::Source::Fleet));
    }

    std::function<Efficiency(ChargingKind)> forGroup(const QString &group) const
    {
        return [this, group](ChargingKind kind) {
            const ChargingKind effective = kind == ChargingKind::Unknown ? ChargingKind::Ac : kind;
            const Efficiency fallback = m_fleet.value(effective, EfficiencyModel::literature(effective));
            if (group.isEmpty())
                return fallback;
            return EfficiencyModel::pooled(m_byGroup.value(group).value(effective), fallback, Efficiency::Source::Model);
        };
    }

private:
    QHash<QString, QHash<ChargingKind, QList<EfficiencyStats>>> m_byGroup;
    QHash<ChargingKind, Efficiency> m_fleet;
};

} // namespace

HealthUpdater::HealthUpdater(Store &store) : m_store(store) {}

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

std::expected<int, QString> HealthUpdater::updateMissing()
{
    auto missing = m_store.vehiclesWithoutHealth();
    if (!missing)
        return std::unexpected(missing.error());
    return update(*missing);
}

std::expected<int, QString> HealthUpdater::updateModel(const QString &model)
{
    if (model.trimmed().isEmpty())
        return 0; // an unknown model shares no prior
    return run({}, false, {model});
}

std::expected<int, QString> HealthUpdater::run(const QStringList &vehicleKeys, bool all, const QStringList &models)
{
    // Every vehicle's identity and model (small even for large fleets).
    auto refs = m_store.vehicleRefs();
    if (!refs)
        return std::unexpected(refs.error());
    QHash<QString, VehicleRef> vehicles;
    for (const VehicleRef &ref : std::as_const(*refs))
        vehicles.insert(ref.key, ref);
    const QStringList touched = all ? vehicles.keys() : vehicleKeys;

    auto transaction = m_store.begin();
    if (!transaction)
        return std::unexpected(transaction.error());

    // 1. What the touched vehicles teach about their own efficiency. Sessions
    //    are read again in step 4 rather than kept: memory stays bounded by
    //    the largest vehicle, not the fleet.
    QSet<QString> touchedGroups;
    for (const QString &model : models)
        touchedGroups.insert(BatteryCatalog::modelGroup(model));
    for (const QString &key : touched) {
        const auto it = vehicles.constFind(key);
        if (it == vehicles.constEnd())
            continue;
        auto sessions = m_store.healthSessions(it->id);
        if (!sessions)
            return std::unexpected(sessions.error());
        const QList<EfficiencyModel::Sample> samples = HealthEstimator::efficiencySamples(*sessions);
        for (ChargingKind kind : EfficiencyModel::kinds) {
            if (auto saved = m_store.saveOwnEfficiency(it->id, kind, EfficiencyModel::learn(samples, kind)); !saved)
                return std::unexpected(saved.error());
        }
        touchedGroups.insert(BatteryCatalog::modelGroup(it->model));
    }

    // 2. Priors: per model group and kind, falling back to the fleet, then
    //    to the published ranges.
    auto learned = m_store.ownEfficiencies();
    if (!learned)
        return std::unexpected(learned.error());
    const Priors priors(*learned);

    // 3. Who to recompute: the touched vehicles, and vehicles of the same
    //    groups whose derived points used a prior that may have moved.
    QSet<QString> recompute(touched.cbegin(), touched.cend());
    if (!all && !touchedGroups.isEmpty()) {
        auto leaning = m_store.vehiclesUsingPriorEfficiency();
        if (!leaning)
            return std::unexpected(leaning.error());
        for (const VehicleRef &ref : std::as_const(*leaning)) {
            if (touchedGroups.contains(BatteryCatalog::modelGroup(ref.model)))
                recompute.insert(ref.key);
        }
    }

    // 4. Estimate and store.
    int done = 0;
    for (const QString &key : std::as_const(recompute)) {
        const auto it = vehicles.constFind(key);
        if (it == vehicles.constEnd())
            continue;
        auto sessions = m_store.healthSessions(it->id);
        if (!sessions)
            return std::unexpected(sessions.error());
        VehicleHealthInput input;
        input.sessions = std::move(*sessions);
        input.model = it->model;
        input.capacityNewOverrideKwh = it->capacityNewOverrideKwh;
        input.efficiencyPrior = priors.forGroup(it->model.isEmpty() ? QString() : BatteryCatalog::modelGroup(it->model));
        if (auto saved = m_store.saveHealth(it->id, HealthEstimator::estimate(input)); !saved)
            return std::unexpected(saved.error());
        ++done;
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    qCDebug(lcStore) << "recomputed battery health of" << done << "vehicles";
    return done;
}
