// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/operations/operations.h"

#include "core/health/batterycatalog.h"
#include "core/import/healthupdater.h"
#include "core/online/onlinefetch.h"
#include "core/online/onlinestate.h"
#include "core/operations/validation.h"
#include "core/privacy/anonymizer.h"
#include "core/privacy/teamkey.h"
#include "core/store/databasechoice.h"
#include "core/store/store.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

std::expected<std::unique_ptr<Operations>, QString> Operations::open(const QString &dataDir, bool readOnly)
{
    auto store = Store::open(dataDir, readOnly);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<Operations>(new Operations(std::move(*store)));
}

Operations::Operations(std::unique_ptr<Store> store) : m_store(std::move(store)) {}

Operations::~Operations() = default;

QString Operations::dataDir() const
{
    return m_store->dataDir();
}

// --- reading ---------------------------------------------------------------

std::expected<QList<VehicleSummary>, QString> Operations::vehicles()
{
    return m_store->vehicles();
}

std::expected<std::optional<VehicleSummary>, QString> Operations::vehicle(const QString &key)
{
    return m_store->vehicle(key);
}

namespace {

bool selected(const VehicleSummary &v, const QString &group, const Operations::Selection &selection,
              const QString &wantedGroup)
{
    if (!selection.vehicleKey.isEmpty())
        return v.key == selection.vehicleKey;
    return wantedGroup.isEmpty() || group == wantedGroup;
}

} // namespace

std::expected<VehicleHealthView, QString> Operations::loadView(const VehicleSummary &v, bool withReadings)
{
    VehicleHealthView view;
    view.vehicle = v;
    view.group = v.model.isEmpty() ? QString() : BatteryCatalog::modelGroup(v.model);
    auto points = m_store->capacityPoints(v.key);
    if (!points)
        return std::unexpected(points.error());
    view.points = std::move(*points);
    if (withReadings) {
        auto readings = m_store->batteryReadings(v.key);
        if (!readings)
            return std::unexpected(readings.error());
        view.readings = std::move(*readings);
    }
    return view;
}

std::expected<void, QString> Operations::visit(const QList<VehicleSummary> &all, const Selection &selection,
                                               bool withReadings, const VehicleSink &onVehicle)
{
    const QString wantedGroup = selection.model.isEmpty() ? QString() : BatteryCatalog::modelGroup(selection.model);
    for (const VehicleSummary &v : all) {
        const QString group = v.model.isEmpty() ? QString() : BatteryCatalog::modelGroup(v.model);
        if (!selected(v, group, selection, wantedGroup))
            continue;
        auto view = loadView(v, withReadings);
        if (!view)
            return std::unexpected(view.error());
        onVehicle(*view);
    }
    return {};
}

std::expected<QList<VehicleHealthView>, QString> Operations::healthViews(const Selection &selection, bool withReadings)
{
    auto all = m_store->vehicles();
    if (!all)
        return std::unexpected(all.error());
    QList<VehicleHealthView> views;
    if (auto visited = visit(*all, selection, withReadings, [&views](const VehicleHealthView &view) { views.append(view); });
        !visited)
        return std::unexpected(visited.error());
    return views;
}

std::expected<QList<ModelBands>, QString> Operations::streamHealth(const Selection &selection, FleetBands::Axis axis,
                                                                  const VehicleSink &onVehicle)
{
    auto all = m_store->vehicles();
    if (!all)
        return std::unexpected(all.error());
    HealthViews::BandsBuilder bands(axis, HealthViews::defaultBinWidth(axis));
    bool found = false;
    QString singleModel;
    auto visited = visit(*all, selection, true, [&](const VehicleHealthView &view) {
        onVehicle(view);
        found = true;
        singleModel = view.vehicle.model;
        if (selection.vehicleKey.isEmpty() || view.vehicle.model.isEmpty())
            bands.add(view);
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (!selection.vehicleKey.isEmpty()) {
        if (!found)
            return std::unexpected(u"no vehicle %1 in this database"_s.arg(selection.vehicleKey));
        // A single vehicle is drawn over its model's fleet.
        if (!singleModel.isEmpty()) {
            visited = visit(*all, {singleModel, {}}, false, [&bands](const VehicleHealthView &member) { bands.add(member); });
            if (!visited)
                return std::unexpected(visited.error());
        }
    }
    return bands.result();
}

// --- changing --------------------------------------------------------------

std::expected<void, QString> Operations::checkImportOptions(const ImportOptions &options)
{
    if (options.vehicleKey.isEmpty())
        return {};
    auto target = m_store->vehicle(options.vehicleKey);
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return std::unexpected(u"no vehicle %1 in this database"_s.arg(options.vehicleKey));
    return {};
}

bool Operations::readOnly() const
{
    return m_store->readOnly();
}

bool Operations::onServer() const
{
    return m_store->onServer();
}

QString Operations::databaseShown() const
{
    return m_store->databasePath();
}

QString Operations::chosenServer(const QString &dataDir)
{
    return DatabaseChoice::serverUrl(dataDir);
}

std::expected<void, QString> Operations::keepOnOwnFile(const QString &dataDir)
{
    if (auto made = DatabaseChoice::makeDataFolder(dataDir); !made)
        return made;
    return DatabaseChoice::save(dataDir, u"file"_s);
}

std::expected<QString, QString> Operations::checkServer(const QString &dataDir, const QString &url,
                                                        const QString &teamKey, const QString &password)
{
    QByteArray key;
    if (!teamKey.trimmed().isEmpty()) {
        const auto parsed = TeamKey::parse(teamKey);
        if (!parsed)
            return std::unexpected(u"The team key %1"_s.arg(parsed.error()));
        key = *parsed;
    }
    // Opened as for writing: whether the role may write is what it finds.
    auto store = Store::openServer(dataDir, url, false, password);
    if (!store)
        return std::unexpected(store.error());
    const auto vehicles = (*store)->vehicleRefs();
    if (!vehicles)
        return std::unexpected(vehicles.error());
    QString said = u"Connected to %1: %2 vehicle(s)."_s.arg((*store)->databasePath()).arg(vehicles->size());
    const bool mayWrite = !(*store)->readOnly();
    said += mayWrite ? u" Your role may import."_s : u" Your role may only read: the fleet can be viewed."_s;
    if (!key.isEmpty() && mayWrite) {
        // Asked without claiming: a new team's key is taken at the first import.
        const auto teamKnown = (*store)->teamCheckValue();
        if (!teamKnown)
            return std::unexpected(teamKnown.error());
        if (teamKnown->isEmpty())
            said += u" No team key is set there yet: yours becomes the team's with the first import."_s;
        else if (*teamKnown == TeamKey::checkValue(key))
            said += u" The team key matches."_s;
        else
            return std::unexpected(said + u" But the team key does not match the one the database was set up with."_s);
    }
    return said;
}

std::expected<void, QString> Operations::chooseDatabase(const QString &dataDir, const QString &url, const QString &teamKey,
                                                        const QString &password)
{
    if (!url.trimmed().isEmpty()) {
        if (const auto address = ServerAddress::parse(url.trimmed()); !address)
            return std::unexpected(address.error());
        if (!teamKey.trimmed().isEmpty()) {
            if (const auto key = TeamKey::parse(teamKey); !key)
                return std::unexpected(u"The team key %1"_s.arg(key.error()));
        }
        // First what can fail without a keychain: nothing else is changed then.
        if (!password.isEmpty()) {
            if (auto kept = DatabaseChoice::keepPassword(url.trimmed(), password); !kept)
                return kept;
        }
    }
    if (auto made = DatabaseChoice::makeDataFolder(dataDir); !made)
        return made;
    if (!teamKey.trimmed().isEmpty()) {
        if (auto saved = TeamKey::save(dataDir, teamKey); !saved)
            return std::unexpected(saved.error());
    }
    return DatabaseChoice::save(dataDir, url.trimmed());
}

std::expected<QByteArray, QString> Operations::serverTeamKey()
{
    const auto key = TeamKey::find(m_store->dataDir());
    if (!key)
        return std::unexpected(key.error());
    if (key->isEmpty())
        return std::unexpected(
            u"The database on %1 is shared by a team, and importing into it needs the team key. Keep the key "
            "you were given with 'cardata-health-cli team-key save FILE' or in Settings → Database, or give it "
            "with --team-key-file FILE or %2 (docs/server.md). A new team makes one with 'cardata-health-cli "
            "team-key new'."_s.arg(m_store->databasePath(), QLatin1StringView(TeamKey::environmentVariable)));
    const auto matched = m_store->matchTeamKey(TeamKey::checkValue(*key));
    if (!matched)
        return std::unexpected(matched.error());
    if (!*matched)
        return std::unexpected(
            u"The team key does not match the one the database on %1 was set up with: with it every car would "
            "be stored a second time, so nothing was written. Use the key your team shares (docs/server.md)."_s
                .arg(m_store->databasePath()));
    return *key;
}

std::expected<Anonymizer, QString> Operations::openAnonymizer(bool forWriting)
{
    if (forWriting) {
        if (auto writable = m_store->checkWritable(); !writable)
            return std::unexpected(writable.error());
    }
    if (m_store->onServer()) {
        // A team's database: keys made with the team's key, so that every
        // member's import of the same car is one vehicle. Only reading
        // (sharing): the key must be the team's, but nothing is claimed.
        const auto key = forWriting ? serverTeamKey() : TeamKey::find(m_store->dataDir());
        if (!key)
            return std::unexpected(key.error());
        if (!forWriting) {
            const auto kept = m_store->teamCheckValue();
            if (!kept)
                return std::unexpected(kept.error());
            if (key->isEmpty() || *kept != TeamKey::checkValue(*key))
                return std::unexpected(u"the database on %1 is a team's, and this needs the team's key, which is "
                                       "missing here or another (docs/server.md)"_s.arg(m_store->databasePath()));
        }
        return Anonymizer::withTeamKey(*key);
    }
    auto hasVehicles = m_store->hasVehicles();
    if (!hasVehicles)
        return std::unexpected(hasVehicles.error());
    return Anonymizer::open(m_store->dataDir(), *hasVehicles);
}

std::expected<ImportRun, QString> Operations::importPaths(const QStringList &paths, const ImportOptions &options,
                                                          const Importer::ProgressCallback &onProgress,
                                                          const Importer::ResultCallback &onResult,
                                                          const std::atomic_bool *cancel)
{
    auto anonymizer = openAnonymizer();
    if (!anonymizer)
        return std::unexpected(anonymizer.error());
    ImportOptions checked = options;
    if (!checked.modelFallback.isEmpty()) {
        auto model = Validation::modelName(checked.modelFallback);
        if (!model)
            return std::unexpected(model.error());
        checked.modelFallback = *model;
    }
    return Importer(*m_store, *anonymizer).importPaths(paths, checked, onProgress, onResult, cancel);
}

std::expected<ImportRun, QString> Operations::fetchOnline(const Importer::ProgressCallback &onProgress,
                                                          const Importer::ResultCallback &onResult,
                                                          const std::atomic_bool *cancel, int retryDelayMs)
{
    auto anonymizer = openAnonymizer();
    if (!anonymizer)
        return std::unexpected(anonymizer.error());
    OnlineState state(m_store->dataDir());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    OnlineFetch::Options options;
    options.retryDelayMs = retryDelayMs;
    // Where an unfinished fetch began, else since the last complete fetch,
    // else since the last stored session (from an export), with a day or
    // two of overlap that dedup absorbs.
    options.historyFrom = [&](const QString &vin) {
        const QString key = anonymizer->vehicleKey(vin);
        if (const qint64 resume = state.resumeFrom(key); resume > 0)
            return QDateTime::fromSecsSinceEpoch(resume, Qt::UTC);
        if (const qint64 through = state.historyThrough(key); through > 0)
            return QDateTime::fromSecsSinceEpoch(through, Qt::UTC).addDays(-2);
        if (auto summary = m_store->vehicle(key); summary && *summary && (*summary)->lastSession)
            return QDateTime::fromSecsSinceEpoch(*(*summary)->lastSession, Qt::UTC).addDays(-1);
        return now.addDays(-firstFetchDays);
    };
    const auto fetchProgress = [&](const FetchProgress &p) {
        if (!onProgress)
            return;
        ImportProgress progress;
        progress.filesDone = p.callsDone;
        progress.filesTotal = p.callsPlanned;
        progress.currentFile = p.step;
        progress.fetching = true;
        onProgress(progress);
    };
    const OnlineFetchResult fetched = OnlineFetch(m_store->dataDir()).run(options, fetchProgress, cancel);
    if (fetched.vehicles.isEmpty()) {
        if (fetched.cancelled) {
            ImportRun run;
            run.cancelled = true;
            return run;
        }
        return std::unexpected(fetched.error);
    }

    // What came goes through the importer; what did not is reported beside it.
    const QString name = u"BMW CarData online"_s;
    QList<ExportSource> sources;
    QList<const VehicleFetch *> imported;
    QList<FileImportResult> notFetched;
    for (const VehicleFetch &vehicle : fetched.vehicles) {
        const QString key = anonymizer->vehicleKey(vehicle.vin);
        if (vehicle.fetched) {
            sources.append(ExportSource::fromFetch(*vehicle.fetched));
            imported.append(&vehicle);
            continue;
        }
        FileImportResult result;
        result.file = name;
        result.status = fetched.cancelled ? FileImportResult::Status::Cancelled : FileImportResult::Status::Error;
        VehicleImport v;
        v.vehicleKey = key;
        result.vehicles.append(v);
        result.error = u"%1, vehicle %2: %3"_s.arg(name, key, vehicle.error);
        notFetched.append(result);
    }
    // A vehicle that came in part: imported, with a word on what is missing.
    const auto annotate = [&](FileImportResult &result, qsizetype index) {
        const VehicleFetch &vehicle = *imported.at(index);
        if (vehicle.error.isEmpty() || result.vehicles.isEmpty())
            return;
        VehicleImport &v = result.vehicles.first();
        const QString missing = u"part of the fetch failed (%1); the next fetch asks again"_s.arg(vehicle.error);
        v.note = v.note.isEmpty() ? missing : v.note + u"; "_s + missing;
    };
    qsizetype index = 0;
    const auto resultOf = [&](const FileImportResult &result) {
        FileImportResult annotated = result;
        annotate(annotated, index++);
        if (onResult)
            onResult(annotated);
    };
    Importer importer(*m_store, *anonymizer);
    ImportRun run = importer.importSources(sources, {}, onProgress, resultOf, cancel);
    for (qsizetype i = 0; i < run.files.size() && i < imported.size(); ++i) {
        annotate(run.files[i], i);
        const FileImportResult &result = run.files.at(i);
        const VehicleFetch &vehicle = *imported.at(i);
        // The history is known complete up to the fetch only once it is stored.
        const bool stored = result.status == FileImportResult::Status::Imported
                            || result.status == FileImportResult::Status::Duplicate;
        const QString key = anonymizer->vehicleKey(vehicle.vin);
        if (stored && vehicle.historyComplete)
            state.setHistoryThrough(key, vehicle.historyTo.toSecsSinceEpoch());
        else if (vehicle.historyFrom.isValid())
            state.setResumeFrom(key, vehicle.historyFrom.toSecsSinceEpoch());
    }
    // Vehicles whose history was asked for but that brought nothing at all.
    for (const VehicleFetch &vehicle : fetched.vehicles)
        if (!vehicle.fetched && vehicle.historyFrom.isValid())
            state.setResumeFrom(anonymizer->vehicleKey(vehicle.vin), vehicle.historyFrom.toSecsSinceEpoch());
    for (const FileImportResult &result : std::as_const(notFetched)) {
        if (onResult)
            onResult(result);
        run.files.append(result);
    }
    run.cancelled = run.cancelled || fetched.cancelled;
    if (!fetched.error.isEmpty() && !fetched.cancelled) {
        // The fetch stopped part-way: a failure the caller must hear of.
        FileImportResult stopped;
        stopped.file = name;
        stopped.status = FileImportResult::Status::Error;
        stopped.error = u"%1: the fetch stopped: %2"_s.arg(name, fetched.error);
        if (onResult)
            onResult(stopped);
        run.files.append(stopped);
    }
    if (fetched.error.isEmpty())
        state.setLastFetchAt(now.toSecsSinceEpoch());
    return run;
}

std::expected<int, QString> Operations::changeAndRefit(const QString &key,
                                                       const std::function<std::expected<void, QString>()> &change)
{
    if (auto writable = m_store->checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto transaction = m_store->begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto changed = change(); !changed)
        return std::unexpected(changed.error());
    // The model and the capacity when new decide the efficiency prior and
    // the SoH: the estimate follows in the same transaction.
    auto updated = HealthUpdater(*m_store).update({key});
    if (!updated)
        return std::unexpected(updated.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return *updated;
}

std::expected<int, QString> Operations::setModel(const QString &key, const QString &model)
{
    auto name = Validation::modelName(model);
    if (!name)
        return std::unexpected(name.error());
    return changeAndRefit(key, [&] { return m_store->setModel(key, *name); });
}

std::expected<int, QString> Operations::setCapacityNew(const QString &key, std::optional<double> kwh)
{
    if (kwh) {
        auto checked = Validation::capacityNew(*kwh);
        if (!checked)
            return std::unexpected(checked.error());
    }
    return changeAndRefit(key, [&] { return m_store->setCapacityNewOverride(key, kwh); });
}

std::expected<void, QString> Operations::forget(const QString &key)
{
    if (auto writable = m_store->checkWritable(); !writable)
        return writable;
    auto vehicle = m_store->vehicle(key);
    if (!vehicle)
        return std::unexpected(vehicle.error());
    if (!*vehicle)
        return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
    if (auto forgotten = m_store->forgetVehicle(key); !forgotten)
        return forgotten;
    if (auto updated = HealthUpdater(*m_store).updateStale(); !updated)
        return std::unexpected(u"the vehicle was forgotten, but the estimates of the other vehicles of its model "
                               "could not be updated: %1"_s.arg(updated.error()));
    return {};
}

std::expected<int, QString> Operations::repairEstimates()
{
    if (m_store->readOnly()) {
        auto stale = missingEstimates();
        if (!stale || *stale == 0)
            return stale;
        return std::unexpected(u"the estimates of %1 vehicles are out of date and cannot be recomputed: %2"_s
                                   .arg(*stale).arg(m_store->checkWritable().error()));
    }
    return HealthUpdater(*m_store).updateStale();
}

std::expected<int, QString> Operations::missingEstimates()
{
    auto missing = m_store->vehiclesWithStaleHealth();
    if (!missing)
        return std::unexpected(missing.error());
    return int(missing->size());
}

std::expected<Operations::MoveResult, QString> Operations::moveTo(
    const QString &target, const std::function<void(const QString &table, qint64 rows)> &progress)
{
    const QString dataDir = m_store->dataDir();
    // The key the vehicle keys and file fingerprints were made with.
    QByteArray key;
    if (m_store->onServer()) {
        const auto teamKey = serverTeamKey();
        if (!teamKey)
            return std::unexpected(teamKey.error());
        key = *teamKey;
    } else {
        const auto secret = Anonymizer::secretOf(dataDir);
        if (!secret)
            return std::unexpected(secret.error());
        key = *secret;
        if (key.isEmpty()) // nothing imported yet: the keys start with this one
            key = *TeamKey::parse(TeamKey::generate());
    }

    const bool toServer = ServerAddress::isServerUrl(target);
    const QString targetDir = toServer ? dataDir : QDir(target).absolutePath();
    auto opened = toServer ? Store::openServer(dataDir, target) : Store::openFile(targetDir);
    if (!opened)
        return std::unexpected(opened.error());
    Store &to = **opened;
    MoveResult result;
    result.target = to.databasePath();
    if (to.databasePath() == m_store->databasePath())
        return std::unexpected(u"The database is %1 already"_s.arg(result.target));
    if (auto writable = to.checkWritable(); !writable)
        return std::unexpected(writable.error());
    if (toServer) {
        const auto matched = to.matchTeamKey(TeamKey::checkValue(key));
        if (!matched)
            return std::unexpected(matched.error());
        if (!*matched)
            return std::unexpected(u"The database on %1 belongs to a team with another key: the vehicles would not "
                                   "match. Nothing was copied; use an empty database"_s.arg(result.target));
    } else if (auto adopted = Anonymizer::adoptSecret(targetDir, key); !adopted) {
        return std::unexpected(adopted.error());
    }

    // Only into an empty database, or one this copy began.
    const auto mark = to.copySource();
    if (!mark)
        return std::unexpected(mark.error());
    const auto occupied = to.hasVehicles();
    if (!occupied)
        return std::unexpected(occupied.error());
    result.resumed = *mark == m_store->databasePath();
    if (*occupied && !result.resumed)
        return std::unexpected(u"%1 already holds vehicles: the database is copied only into an empty one (move the "
                               "other aside). Nothing was copied"_s.arg(result.target));
    if (auto marked = to.setCopySource(m_store->databasePath()); !marked)
        return std::unexpected(marked.error());
    if (auto copied = m_store->copyInto(to, progress); !copied)
        return std::unexpected(u"The copy to %1 stopped: %2. Run the same command again to go on where it "
                               "stopped"_s.arg(result.target, copied.error()));

    const auto before = m_store->contentSummary();
    if (!before)
        return std::unexpected(before.error());
    const auto after = to.contentSummary();
    if (!after)
        return std::unexpected(after.error());
    for (qsizetype i = 0; i < before->size(); ++i) {
        const Store::TableSummary &a = before->at(i);
        const Store::TableSummary &b = after->value(i);
        if (a == b) {
            result.rows += a.rows;
            continue;
        }
        return std::unexpected(
            u"The copy on %1 differs from the database in its table %2 (%3 rows here, %4 there%5). Was the "
            "database changed while it was copied? Run the command again into an empty database"_s
                .arg(result.target, a.table)
                .arg(a.rows)
                .arg(b.rows)
                .arg(a.rows == b.rows ? u", other content"_s : QString()));
    }
    result.tables = before->size();
    if (auto cleared = to.setCopySource(QString()); !cleared)
        return std::unexpected(cleared.error());

    // The team's key for a server this folder moved to; the folder uses it.
    if (toServer && !m_store->onServer()) {
        // The keys on the server were made with this one: the folder keeps
        // it, whatever it kept before.
        const auto saved = TeamKey::save(dataDir, TeamKey::format(key));
        if (!saved)
            return std::unexpected(saved.error());
        result.teamKeyKept = TeamKey::describe(dataDir, *saved);
        if (auto chosen = DatabaseChoice::save(dataDir, target); !chosen)
            return std::unexpected(chosen.error());
        result.switched = true;
    } else if (!toServer && targetDir == QDir(dataDir).absolutePath()) {
        if (auto chosen = DatabaseChoice::save(dataDir, QString()); !chosen)
            return std::unexpected(chosen.error());
        result.switched = true;
    }
    return result;
}
