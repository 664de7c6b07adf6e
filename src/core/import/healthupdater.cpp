// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/healthupdater.h"

#include "core/health/batterycatalog.h"
#include "core/health/healthestimator.h"
#include "core/import/secondcore.h"
#include "core/model/logging.h"
#include "core/store/store.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <functional>
#include <future>
#include <vector>

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
        // Each group's prior once: asked for by every vehicle of the group
        // (and from two threads), pooling the group's vehicles each time
        // made a fleet-wide update grow with the square of a group's size.
        for (auto group = m_byGroup.cbegin(); group != m_byGroup.cend(); ++group) {
            for (ChargingKind kind : EfficiencyModel::kinds)
                m_pooled[group.key()].insert(
                    kind, EfficiencyModel::pooled(group.value().value(kind), fleetFor(kind), Efficiency::Source::Model));
        }
    }

    std::function<Efficiency(ChargingKind)> forGroup(const QString &group) const
    {
        return [this, group](ChargingKind kind) {
            const ChargingKind effective = kind == ChargingKind::Unknown ? ChargingKind::Ac : kind;
            if (!group.isEmpty()) {
                if (const auto pooled = m_pooled.constFind(group); pooled != m_pooled.constEnd())
                    return pooled->value(effective, fleetFor(effective));
            }
            return fleetFor(effective);
        };
    }

    // Whether the fleet's efficiency, which every group's prior leans on,
    // is not what it was.
    bool fleetDiffersFrom(const Priors &other) const
    {
        for (ChargingKind kind : EfficiencyModel::kinds) {
            const Efficiency a = m_fleet.value(kind);
            const Efficiency b = other.m_fleet.value(kind);
            if (a.eta != b.eta || a.sigmaMean != b.sigmaMean || a.sigmaSession != b.sigmaSession || a.samples != b.samples)
                return true;
        }
        return false;
    }

private:
    Efficiency fleetFor(ChargingKind kind) const { return m_fleet.value(kind, EfficiencyModel::literature(kind)); }

    QHash<QString, QHash<ChargingKind, QList<EfficiencyStats>>> m_byGroup;
    QHash<ChargingKind, Efficiency> m_fleet;
    QHash<QString, QHash<ChargingKind, Efficiency>> m_pooled;
};

// What the cars' own evidence (battery readings, a history that starts new)
// says about the published efficiency centre, pooled per model group and
// over the fleet. A car's evidence
// counts with its own error and its own efficiency's spread around the
// common centre; a car's prior leaves its own evidence out.
class ReadingPool
{
public:
    void add(const QString &key, const QString &group, const ScaleEvidence &e)
    {
        const double car = EfficiencyModel::carSigmaRelative(ChargingKind::Ac);
        const double w = 1.0 / (e.variance + car * car);
        m_own.insert(key, {group, w, w * e.logRatio});
        m_groups[group].add(w, w * e.logRatio, 1);
        m_fleet.add(w, w * e.logRatio, 1);
    }

    // Other cars of its group, else of the fleet; nullopt when none.
    std::optional<ScaleEvidence> forVehicle(const QString &key, const QString &group) const
    {
        Sum own;
        if (const auto it = m_own.constFind(key); it != m_own.constEnd())
            own = {it->weight, it->weighted, 1};
        const auto pooled = [&own](Sum sum, bool includesOwn) -> std::optional<ScaleEvidence> {
            if (includesOwn)
                sum.add(-own.weight, -own.weighted, -own.vehicles);
            if (sum.vehicles <= 0 || sum.weight <= 0)
                return std::nullopt;
            ScaleEvidence e;
            e.logRatio = sum.weighted / sum.weight;
            e.variance = 1.0 / sum.weight;
            e.vehicles = sum.vehicles;
            return e;
        };
        const bool ownInGroup = own.vehicles > 0 && m_own.value(key).group == group;
        if (!group.isEmpty()) {
            if (auto e = pooled(m_groups.value(group), ownInGroup))
                return e;
        }
        return pooled(m_fleet, own.vehicles > 0);
    }

private:
    struct Sum
    {
        double weight = 0;
        double weighted = 0;
        int vehicles = 0;
        void add(double w, double wy, int n)
        {
            weight += w;
            weighted += wy;
            vehicles += n;
        }
    };
    struct Own
    {
        QString group;
        double weight = 0;
        double weighted = 0;
    };
    QHash<QString, Own> m_own;
    QHash<QString, Sum> m_groups;
    Sum m_fleet;
};

QString groupOf(const VehicleRef &ref)
{
    return ref.model.isEmpty() ? QString() : BatteryCatalog::modelGroup(ref.model);
}

// What one vehicle's estimate is computed from: its input and, when the
// evidence step already ran it, its first pass (taken out of the shared
// table when loaded, so that the computing threads read nothing shared).
struct EstimateJob
{
    VehicleHealthInput input;
    std::optional<VehicleHealth> first;
};

template<class Result>
struct Estimated
{
    VehicleRef ref;
    Result result;
};

// The estimates of many vehicles, on two cores. The store is read and
// written on this thread only, in the vehicles' order; the estimates of a
// chunk of them (a bounded number of sessions) are computed half here and
// half on a second thread, which reads nothing but the chunk's jobs. The
// second thread computes its half of a chunk while this one stores the
// chunk before.
template<class Result>
std::expected<void, QString> estimateInChunks(
    const QList<QString> &keys, const QHash<QString, VehicleRef> &vehicles,
    const std::function<std::expected<EstimateJob, QString>(const VehicleRef &)> &load,
    const std::function<Result(const EstimateJob &)> &compute,
    const std::function<std::expected<void, QString>(Estimated<Result> &&)> &consume)
{
    constexpr qsizetype chunkSessions = 1 << 15;
    constexpr qsizetype chunkVehicles = 64;
    struct Chunk
    {
        std::vector<VehicleRef> refs;
        std::vector<EstimateJob> jobs;
        std::vector<std::optional<Result>> results;
    };
    const auto store = [&](Chunk &chunk) -> std::expected<void, QString> {
        for (size_t i = 0; i < chunk.refs.size(); ++i) {
            if (auto done = consume({chunk.refs[i], std::move(*chunk.results[i])}); !done)
                return std::unexpected(done.error());
        }
        return {};
    };
    Chunk stored;
    qsizetype next = 0;
    while (next < keys.size()) {
        Chunk chunk;
        qsizetype sessions = 0;
        for (; next < keys.size() && sessions < chunkSessions && qsizetype(chunk.jobs.size()) < chunkVehicles; ++next) {
            const auto it = vehicles.constFind(keys[next]);
            if (it == vehicles.constEnd())
                continue;
            auto job = load(*it);
            if (!job)
                return std::unexpected(job.error());
            sessions += job->input.sessions.size();
            chunk.refs.push_back(*it);
            chunk.jobs.push_back(std::move(*job));
        }
        const size_t n = chunk.jobs.size();
        chunk.results.resize(n);
        const auto computeEvery = [&chunk, &compute, n](size_t from) {
            for (size_t i = from; i < n; i += 2)
                chunk.results[i].emplace(compute(chunk.jobs[i]));
        };
        std::future<void> second;
        if (n > 1)
            second = onSecondCore([&computeEvery] { computeEvery(1); });
        const JoinOnExit join(second);
        auto storedBefore = store(stored);
        computeEvery(0);
        if (second.valid())
            second.get();
        if (!storedBefore)
            return storedBefore;
        chunk.jobs = {}; // computed: only the results wait to be stored
        stored = std::move(chunk);
    }
    return store(stored);
}

} // namespace

HealthUpdater::HealthUpdater(Store &store) : m_store(store) {}

namespace {

std::expected<int, QString> recomputed(const std::expected<HealthUpdater::Outcome, QString> &outcome)
{
    if (!outcome)
        return std::unexpected(outcome.error());
    return outcome->recomputed;
}

} // namespace

std::expected<int, QString> HealthUpdater::update(const QStringList &vehicleKeys)
{
    if (vehicleKeys.isEmpty())
        return 0;
    return recomputed(run(vehicleKeys, false));
}

std::expected<HealthUpdater::Outcome, QString> HealthUpdater::updateLeavingOthersPending(const QStringList &vehicleKeys)
{
    if (vehicleKeys.isEmpty())
        return Outcome{};
    return run(vehicleKeys, false, true);
}

std::expected<int, QString> HealthUpdater::updateAll()
{
    return recomputed(run({}, true));
}

std::expected<int, QString> HealthUpdater::updateStale()
{
    auto missing = m_store.vehiclesWithStaleHealth();
    if (!missing)
        return std::unexpected(missing.error());
    return update(*missing);
}

std::expected<HealthUpdater::Outcome, QString> HealthUpdater::run(const QStringList &vehicleKeys, bool all,
                                                                  bool othersPending)
{
    // Two members estimating the same cars at once on a server: the one
    // the server picked to end a deadlock runs again, up to three times
    // (inside a caller's transaction the caller's whole work is undone, so
    // only the caller may start again).
    for (int attempt = 1;; ++attempt) {
        auto outcome = runOnce(vehicleKeys, all, othersPending);
        if (outcome || attempt == 3 || !m_store.onServer() || m_store.inTransaction()
            || !Store::isUndoneConflict(outcome.error()))
            return outcome;
        qCWarning(lcStore).noquote() << "estimating again after:" << outcome.error();
    }
}

std::expected<HealthUpdater::Outcome, QString> HealthUpdater::runOnce(const QStringList &vehicleKeys, bool all,
                                                                      bool othersPending)
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

    // The priors before the touched vehicles' own efficiency is learned
    // anew: when the fleet's moves, every group's prior moves with it.
    auto learnedBefore = m_store.ownEfficiencies();
    if (!learnedBefore)
        return std::unexpected(learnedBefore.error());
    const Priors priorsBefore(*learnedBefore);

    // 1. What the touched vehicles teach about their own efficiency.
    // A touched vehicle's sessions are needed three times (its efficiency,
    // its evidence, its estimate): they are kept from the first read to the
    // last, up to sessionBudget sessions in all (~12 MB), so that an import
    // of a few cars reads each once and a fleet-wide one stays bounded.
    const qsizetype sessionBudget = m_sessionBudget;
    QHash<qint64, QList<SessionForHealth>> kept;
    qsizetype keptSessions = 0;
    const auto sessionsOf = [&](qint64 id, bool lastUse) -> std::expected<QList<SessionForHealth>, QString> {
        if (const auto found = kept.constFind(id); found != kept.constEnd())
            return lastUse ? kept.take(id) : *found;
        auto read = m_store.healthSessions(id);
        if (read && !lastUse && keptSessions + read->size() <= sessionBudget) {
            kept.insert(id, *read);
            keptSessions += read->size();
        }
        return read;
    };

    QSet<QString> touchedGroups;
    for (const QString &key : touched) {
        const auto it = vehicles.constFind(key);
        if (it == vehicles.constEnd())
            continue;
        // A vehicle too large to keep within the budget is read whole
        // later anyway: here only the sessions its efficiency is learned
        // from (the same samples, a cheaper read).
        const bool keepable = keptSessions + it->sessions <= sessionBudget;
        auto sessions = keepable ? sessionsOf(it->id, false) : m_store.healthSessionsWithBothEnergies(it->id);
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
    const bool fleetMoved = priors.fleetDiffersFrom(priorsBefore);

    const auto inputFor = [&](const VehicleRef &ref, bool lastUse) -> std::expected<VehicleHealthInput, QString> {
        auto sessions = sessionsOf(ref.id, lastUse);
        if (!sessions)
            return std::unexpected(sessions.error());
        auto readings = m_store.batteryReadings(ref.key);
        if (!readings)
            return std::unexpected(readings.error());
        VehicleHealthInput input;
        input.sessions = std::move(*sessions);
        input.readings = std::move(*readings);
        input.model = ref.model;
        input.capacityNewOverrideKwh = ref.capacityNewOverrideKwh;
        input.efficiencyPrior = priors.forGroup(groupOf(ref));
        return input;
    };

    // 3. What the cars' own evidence (their readings, a history that starts
    //    new) says about the published centre: every car's stored evidence,
    //    the touched cars' anew (it does not depend on other cars', so one
    //    look at each suffices).
    auto stored = m_store.readingEvidence();
    if (!stored)
        return std::unexpected(stored.error());
    QHash<QString, ScaleEvidence> evidence;
    for (const Store::StoredEvidence &e : std::as_const(*stored))
        evidence.insert(e.key, e.evidence);
    bool evidenceMoved = false;
    QHash<QString, VehicleHealth> firstPasses;
    struct Own
    {
        std::optional<ScaleEvidence> fresh;
        std::optional<VehicleHealth> first;
    };
    const auto ownEvidence = [](const EstimateJob &job) {
        Own own;
        own.fresh = HealthEstimator::ownEvidence(job.input, &own.first);
        return own;
    };
    const auto noteEvidence = [&](Estimated<Own> &&done) -> std::expected<void, QString> {
        // Its estimate starts from the same pass (same input, same priors),
        // kept within the same budget as the sessions.
        const QString &key = done.ref.key;
        if (done.result.first && keptSessions + done.result.first->points.size() <= sessionBudget) {
            keptSessions += done.result.first->points.size();
            firstPasses.insert(key, std::move(*done.result.first));
        }
        const std::optional<ScaleEvidence> &fresh = done.result.fresh;
        const auto before = evidence.constFind(key);
        const bool had = before != evidence.constEnd();
        if (had != fresh.has_value() || (fresh && std::fabs(before->logRatio - fresh->logRatio) > 1e-9))
            evidenceMoved = true;
        if (fresh)
            evidence.insert(key, *fresh);
        else
            evidence.remove(key);
        return {};
    };
    const auto loadForEvidence = [&](const VehicleRef &ref) -> std::expected<EstimateJob, QString> {
        auto input = inputFor(ref, false);
        if (!input)
            return std::unexpected(input.error());
        return EstimateJob{std::move(*input), std::nullopt};
    };
    if (auto done = estimateInChunks<Own>(touched, vehicles, loadForEvidence, ownEvidence, noteEvidence); !done)
        return std::unexpected(done.error());
    ReadingPool pool;
    for (auto e = evidence.cbegin(); e != evidence.cend(); ++e)
        if (const auto it = vehicles.constFind(e.key()); it != vehicles.constEnd())
            pool.add(e.key(), groupOf(*it), e.value());

    // 4. Who to recompute: the touched vehicles, and vehicles of the same
    //    groups whose derived points used a prior that may have moved; all
    //    of those when readings or the fleet's efficiency moved (every
    //    group's prior leans on the fleet's). Whatever order files come in,
    //    the estimates end the same as one import of them all.
    //    With othersPending, those not touched are marked out of date
    //    instead, and recomputed by a later updateStale().
    QSet<QString> recompute(touched.cbegin(), touched.cend());
    QList<qint64> pending;
    if (!all && (!touchedGroups.isEmpty() || evidenceMoved || fleetMoved)) {
        auto leaning = m_store.vehiclesUsingPriorEfficiency();
        if (!leaning)
            return std::unexpected(leaning.error());
        for (const VehicleRef &ref : std::as_const(*leaning)) {
            if (!evidenceMoved && !fleetMoved && !touchedGroups.contains(BatteryCatalog::modelGroup(ref.model)))
                continue;
            if (othersPending && !recompute.contains(ref.key))
                pending.append(ref.id);
            else
                recompute.insert(ref.key);
        }
    }
    if (auto marked = m_store.markEstimatesStale(pending); !marked)
        return std::unexpected(marked.error());

    // 5. Estimate and store.
    int done = 0;
    const auto loadForEstimate = [&](const VehicleRef &ref) -> std::expected<EstimateJob, QString> {
        auto input = inputFor(ref, true);
        if (!input)
            return std::unexpected(input.error());
        input->fleetReadings = pool.forVehicle(ref.key, groupOf(ref));
        EstimateJob job{std::move(*input), std::nullopt};
        if (const auto first = firstPasses.find(ref.key); first != firstPasses.end()) {
            job.first = std::move(*first);
            firstPasses.erase(first);
        }
        return job;
    };
    const auto estimate = [](const EstimateJob &job) {
        return HealthEstimator::estimate(job.input, {}, job.first ? &*job.first : nullptr);
    };
    const auto save = [&](Estimated<VehicleHealth> &&estimated) -> std::expected<void, QString> {
        if (auto saved = m_store.saveHealth(estimated.ref.id, estimated.result); !saved)
            return std::unexpected(saved.error());
        ++done;
        return {};
    };
    if (auto estimated = estimateInChunks<VehicleHealth>(QList<QString>(recompute.cbegin(), recompute.cend()), vehicles,
                                                         loadForEstimate, estimate, save);
        !estimated)
        return std::unexpected(estimated.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    qCDebug(lcStore) << "recomputed battery health of" << done << "vehicles," << pending.size() << "left pending";
    return Outcome{done, int(pending.size())};
}
