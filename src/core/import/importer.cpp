// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/import/importer.h"

#include "core/privacy/anonymizer.h"
#include "core/share/sharebundle.h"
#include "core/read/exportreader.h"
#include "core/health/batterycatalog.h"
#include "core/import/healthupdater.h"
#include "core/import/secondcore.h"
#include "core/model/logging.h"
#include "core/store/store.h"
#include "core/store/uploadlookup.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <future>

using namespace Qt::StringLiterals;

namespace {

QString uploadKind(ExportSource::Kind kind)
{
    switch (kind) {
    case ExportSource::Kind::Archive:
        return u"archive"_s;
    case ExportSource::Kind::KeyList:
        return u"keylist"_s;
    default:
        return u"json"_s;
    }
}

FileImportResult failed(const QString &path, const QString &problem)
{
    FileImportResult result;
    result.file = path;
    result.status = FileImportResult::Status::Error;
    result.error = ExportReader::displayName(path) + u' ' + problem;
    return result;
}

} // namespace

Importer::Importer(Store &store, const Anonymizer &anonymizer) : m_store(store), m_anonymizer(anonymizer) {}

ImportRun Importer::importPaths(const QStringList &paths, const ImportOptions &options,
                                const ProgressCallback &onProgress, const ResultCallback &onResult,
                                const std::atomic_bool *cancel)
{
    return importSources(ExportReader::discover(paths), options, onProgress, onResult, cancel);
}

ImportRun Importer::importSources(const QList<ExportSource> &sources, const ImportOptions &options,
                                  const ProgressCallback &onProgress, const ResultCallback &onResult,
                                  const std::atomic_bool *cancel)
{
    ImportProgress progress;
    progress.filesTotal = int(sources.size());
    for (const ExportSource &source : sources)
        progress.bytesTotal += source.size;

    ImportRun run;
    QList<FileImportResult> &results = run.files;
    // The next file is read, fingerprinted and parsed on a second thread
    // while this one is written: still one transaction per file, in order.
    UploadLookup lookup(m_store);
    const auto load = [this, &lookup](const ExportSource &source) {
        return ExportReader::load(source, m_anonymizer, [&lookup](const QByteArray &hash) -> std::expected<bool, QString> {
            return lookup.storedBefore(hash);
        });
    };
    std::future<std::expected<LoadedExport, QString>> ahead;
    const JoinOnExit join(ahead); // the reading thread never outlives what it reads
    // A thread that cannot be started (the system out of them) leaves the
    // file to be loaded on this one, when its turn comes.
    const auto readAhead = [&](const ExportSource &source) { ahead = onSecondCore([&load, &source] { return load(source); }); };
    if (!sources.isEmpty())
        readAhead(sources.first());
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const ExportSource &source = sources.at(i);
        if (cancel && cancel->load()) {
            run.cancelled = true;
            break;
        }
        progress.currentFile = ExportReader::displayName(source.path);
        if (onProgress)
            onProgress(progress);
        auto loaded = ahead.get();
        if (i + 1 < sources.size())
            readAhead(sources.at(i + 1));
        FileImportResult result = importLoaded(source, std::move(loaded), options, cancel);
        if (result.status == FileImportResult::Status::Cancelled) {
            run.cancelled = true;
            break;
        }
        ++progress.filesDone;
        progress.bytesDone += source.size;
        for (const VehicleImport &v : std::as_const(result.vehicles))
            progress.sessions += v.sessionsNew + v.sessionsDuplicate;
        if (result.status == FileImportResult::Status::Error)
            qCWarning(lcImport).noquote() << result.error;
        else
            qCDebug(lcImport).noquote() << progress.currentFile << FileImportResult::statusName(result.status);
        if (onResult)
            onResult(result);
        const bool stops = result.status == FileImportResult::Status::Error && Store::failureStopsWriting(result.error);
        results.append(std::move(result));
        if (onProgress)
            onProgress(progress);
        if (stops) {
            // The next file would fail the same way: say so once.
            const qsizetype left = sources.size() - progress.filesDone;
            if (left > 0) {
                run.stopped = u"The import stopped, because the database cannot be written; %1 more files were not "
                              "tried."_s.arg(left);
                if (m_store.onServer())
                    run.stopped = u"The import stopped, because the database server cannot be written; %1 more files "
                                  "were not tried."_s.arg(left);
                qCWarning(lcImport).noquote() << run.stopped;
            }
            break;
        }
    }

    // Estimates follow the data: recompute what this run touched (also
    // after a cancel, for the files that did finish).
    QStringList touched;
    for (const FileImportResult &r : std::as_const(results)) {
        if (r.status != FileImportResult::Status::Imported)
            continue;
        for (const VehicleImport &v : r.vehicles) {
            if (v.dataChanged && !touched.contains(v.vehicleKey))
                touched.append(v.vehicleKey);
        }
    }
    if (auto updated = HealthUpdater(m_store).updateLeavingOthersPending(touched); updated) {
        run.estimatesUpdated = updated->recomputed;
        run.estimatesPending = updated->pending;
    } else {
        run.estimateError = u"The sessions were stored, but the battery health estimates could not be updated: "_s
                            + updated.error();
        qCWarning(lcImport).noquote() << run.estimateError;
    }
    return run;
}

FileImportResult Importer::writeFailed(const QString &path, const WriteFailure &failure)
{
    if (failure.cancelled) {
        FileImportResult result;
        result.file = path;
        result.status = FileImportResult::Status::Cancelled;
        result.error = ExportReader::displayName(path) + u" was not imported: the import was cancelled"_s;
        return result;
    }
    if (failure.perhapsKept)
        return failed(path, u"could not be confirmed stored: "_s + failure.message);
    // Nothing of the file was kept: the transaction rolled back.
    return failed(path, u"could not be stored, nothing of it was kept: "_s + failure.message);
}

FileImportResult Importer::importLoaded(const ExportSource &source, std::expected<LoadedExport, QString> loaded,
                                        const ImportOptions &options, const std::atomic_bool *cancel)
{
    if (!loaded)
        return failed(source.path, loaded.error());

    FileImportResult result;
    result.file = source.path;
    // Recognized by its fingerprint (before parsing, or by another process
    // that stored it meanwhile): a duplicate, with the vehicles it holds.
    const auto duplicate = [&]() -> FileImportResult {
        result.status = FileImportResult::Status::Duplicate;
        auto keys = m_store.vehiclesOfUpload(loaded->contentHash);
        if (!keys)
            return failed(source.path, u"was imported before, but the database cannot say for which vehicle: "_s + keys.error());
        for (const QString &key : std::as_const(*keys)) {
            VehicleImport v;
            v.vehicleKey = key;
            auto summary = m_store.vehicle(key);
            if (!summary)
                return failed(source.path, u"was imported before, but the database cannot say for which vehicle: "_s + summary.error());
            if (*summary)
                v.model = (*summary)->model;
            result.vehicles.append(v);
        }
        return result;
    };
    if (loaded->alreadyKnown)
        return duplicate();
    if (source.kind == ExportSource::Kind::Bundle)
        return importBundle(source, *loaded, duplicate, cancel);

    // Identity: the VIN, keyed with the installation secret. A file without
    // a VIN goes to the vehicle the user named, or becomes its own vehicle
    // (keyed by its content) rather than being guessed onto another.
    QList<VehicleWrite> writes;
    int rejected = 0;
    QString emptyNote; // a vehicle of the file that brought nothing
    QList<qsizetype> unitOfWrite;
    for (qsizetype u = 0; u < loaded->units.size(); ++u) {
        const ExportUnit &unit = loaded->units.at(u);
        // A charging history without one usable session, and nothing else
        // about the car: no vehicle is made of it.
        if (unit.history && unit.history->sessions.isEmpty() && !unit.keyList) {
            const ChargingHistory &h = *unit.history;
            const QString why = h.rejections.isEmpty()
                                    ? u"holds no charging session"_s
                                    : u"has no usable charging session: all %1 of its records were rejected (the first, "
                                      "at index %2: %3)"_s.arg(h.rejections.size())
                                          .arg(h.rejections.first().index)
                                          .arg(h.rejections.first().reason);
            if (emptyNote.isEmpty())
                emptyNote = why;
            continue;
        }
        VehicleWrite write;
        if (!unit.vin.isEmpty()) {
            write.vehicleKey = m_anonymizer.vehicleKey(unit.vin);
        } else if (!options.vehicleKey.isEmpty()) {
            auto target = m_store.vehicle(options.vehicleKey);
            if (!target)
                return failed(source.path, u"could not be stored, nothing of it was kept: "_s + target.error());
            if (!*target)
                return failed(source.path, u"names no vehicle, and the vehicle %1 given for it does not exist"_s.arg(options.vehicleKey));
            write.vehicleKey = options.vehicleKey;
        } else {
            write.vehicleKey = m_anonymizer.vehicleKey(u"file:"_s + QString::fromLatin1(loaded->contentHash));
        }
        write.history = unit.history ? &*unit.history : nullptr;
        write.keyList = unit.keyList ? &*unit.keyList : nullptr;
        write.modelFallback = options.modelFallback;
        if (unit.history)
            rejected += int(unit.history->rejections.size());
        writes.append(write);
        unitOfWrite.append(u);
    }
    if (writes.isEmpty())
        return failed(source.path, emptyNote.isEmpty() ? u"contains no charging history"_s
                                                       : emptyNote + u"; nothing was stored"_s);

    UploadRecord upload{loaded->contentHash, uploadKind(source.kind), source.size, rejected};
    auto written = m_store.writeFile(upload, writes, cancel);
    if (!written)
        return written.error().alreadyImported ? duplicate() : writeFailed(source.path, written.error());

    result.status = FileImportResult::Status::Imported;
    for (qsizetype i = 0; i < written->size(); ++i) {
        const ExportUnit &unit = loaded->units.at(unitOfWrite.at(i));
        const VehicleWriteResult &w = written->at(i);
        VehicleImport v;
        v.vehicleKey = w.vehicleKey;
        v.model = w.model;
        v.sessionsNew = w.sessionsNew;
        v.sessionsDuplicate = w.sessionsDuplicate;
        v.dataChanged = w.changed;
        if (unit.history) {
            v.sessionsRejected = int(unit.history->rejections.size());
            v.rejections = unit.history->rejections;
        }
        v.note = unit.note;
        result.vehicles.append(v);
    }
    if (!emptyNote.isEmpty() && !result.vehicles.isEmpty()) {
        QString &note = result.vehicles.first().note;
        const QString other = u"another vehicle in this file %1 and was left out"_s.arg(emptyNote);
        note = note.isEmpty() ? other : note + u"; "_s + other;
    }
    return result;
}

namespace {

qint64 midnightUtc(const QDate &day)
{
    return day.startOfDay(Qt::UTC).toSecsSinceEpoch();
}

// A shared vehicle's sessions as the store keeps sessions: each at its day's
// midnight (UTC), a minute apart in the bundle's order where a day has more
// than one. The time of day never left the sharer's computer.
ChargingHistory historyOf(const SharedVehicle &v)
{
    ChargingHistory h;
    h.sessions.reserve(v.sessions.size());
    QHash<QDate, int> onDay;
    for (const SharedSession &s : v.sessions) {
        ChargingSession c;
        c.startTime = midnightUtc(s.day) + 60 * qint64(onDay[s.day]++);
        c.endTime = c.startTime;
        c.socStart = s.socStart;
        c.socEnd = s.socEnd;
        c.energyGridKwh = s.gridKwh;
        c.energyBatteryKwh = s.batteryKwh;
        c.mileageKm = s.mileageKm;
        c.kind = chargingKindFromName(s.kind);
        c.preconditioning = s.preconditioning;
        h.sessions.append(c);
    }
    h.records = h.sessions.size();
    return h;
}

KeyListInfo keyListOf(const SharedVehicle &v)
{
    KeyListInfo k;
    k.modelName = v.model;
    k.driveTrain = v.driveTrain;
    for (const SharedReading &r : v.readings) {
        if (const auto kind = batteryReadingKindFromName(r.kind))
            k.readings.append({*kind, r.value, midnightUtc(r.day)});
    }
    return k;
}

} // namespace

FileImportResult Importer::importBundle(const ExportSource &source, const LoadedExport &loaded,
                                        const std::function<FileImportResult()> &duplicate, const std::atomic_bool *cancel)
{
    // The same bundle again is a duplicate, whatever the fingerprint check
    // before reading could tell (a server's is not asked ahead).
    // A failure before the commit undoes the whole bundle.
    const auto notKept = [&source](const QString &error) { return writeFailed(source.path, WriteFailure{error}); };
    auto known = m_store.hasUpload(loaded.contentHash);
    if (!known)
        return notKept(known.error());
    if (*known)
        return duplicate();
    auto bundle = ShareBundle::parse(loaded.bundle);
    if (!bundle)
        return failed(source.path, bundle.error());
    const qint64 createdAt = midnightUtc(bundle->created);
    // This installation's own cars, as its bundles name them: one of them
    // coming back is the user's own data, not another owner's.
    auto own = m_store.ownVehicleKeys();
    if (!own)
        return notKept(own.error());
    QSet<QString> ownIds;
    for (const QString &key : std::as_const(*own))
        ownIds.insert(m_anonymizer.shareId(key));

    FileImportResult result;
    result.file = source.path;
    auto transaction = m_store.begin();
    if (!transaction)
        return notKept(transaction.error());
    // Built in full before any is written: the writes point into them.
    QList<ChargingHistory> histories(bundle->vehicles.size());
    QList<KeyListInfo> keyLists(bundle->vehicles.size());
    QList<VehicleWrite> writes;
    QList<qsizetype> vehicleOfWrite;
    QList<VehicleImport> skipped;
    for (qsizetype i = 0; i < bundle->vehicles.size(); ++i) {
        const SharedVehicle &v = bundle->vehicles.at(i);
        VehicleImport skip;
        skip.model = v.model;
        skip.dataChanged = false;
        skip.sessionsDuplicate = int(v.sessions.size());
        if (ownIds.contains(v.id)) {
            skip.note = u"vehicle %1 of the bundle is one of your own cars, shared from this installation: skipped"_s.arg(i);
            skipped.append(skip);
            continue;
        }
        const QString key = m_anonymizer.sharedVehicleKey(v.id);
        auto earlier = m_store.sharedVehicle(v.id);
        if (!earlier)
            return notKept(earlier.error());
        if (*earlier && (*earlier)->sharedAt > createdAt) {
            skip.vehicleKey = (*earlier)->key;
            skip.note = u"vehicle %1 of the bundle came in a newer bundle before (of %2): skipped"_s.arg(i).arg(
                QDateTime::fromSecsSinceEpoch((*earlier)->sharedAt, Qt::UTC).date().toString(Qt::ISODate));
            skipped.append(skip);
            continue;
        }
        // A newer (or equally new) bundle of the car replaces its data whole.
        if (*earlier) {
            if (auto deleted = m_store.deleteVehicle((*earlier)->key); !deleted)
                return notKept(deleted.error());
        }
        histories[i] = historyOf(v);
        keyLists[i] = keyListOf(v);
        writes.append({key, &histories[i], &keyLists[i], {}});
        vehicleOfWrite.append(i);
    }
    if (writes.isEmpty()) {
        // Nothing another owner's: the user's own bundle back, or only data
        // older than what is stored.
        FileImportResult same = duplicate();
        same.vehicles = skipped;
        return same;
    }
    auto written = m_store.writeFile({loaded.contentHash, u"json"_s, source.size, 0}, writes, cancel);
    if (!written)
        return written.error().alreadyImported ? duplicate() : writeFailed(source.path, written.error());
    for (qsizetype w = 0; w < written->size(); ++w) {
        const SharedVehicle &v = bundle->vehicles.at(vehicleOfWrite.at(w));
        const VehicleWriteResult &r = written->at(w);
        if (auto marked = m_store.markShared(r.vehicleKey, v.id, bundle->source, createdAt); !marked)
            return notKept(marked.error());
        // The sharer's capacity when new, kept only where this model table
        // would give another (a sharer's own setting, or another table).
        const auto table = BatteryCatalog::builtIn().find(v.model);
        const bool sameAsTable = table && table->netKwh && v.capacityNewKwh
                                 && std::fabs(*table->netKwh - *v.capacityNewKwh) < 0.0005;
        if (v.capacityNewKwh && !sameAsTable) {
            if (auto set = m_store.setCapacityNewOverride(r.vehicleKey, v.capacityNewKwh); !set)
                return notKept(set.error());
        }
        VehicleImport imported;
        imported.vehicleKey = r.vehicleKey;
        imported.model = r.model;
        imported.sessionsNew = r.sessionsNew;
        imported.sessionsDuplicate = r.sessionsDuplicate;
        imported.dataChanged = true;
        imported.note = u"shared by another owner"_s;
        result.vehicles.append(imported);
    }
    if (auto committed = transaction->commit(); !committed)
        return writeFailed(source.path, {committed.error(), false, false, StoreTransaction::outcomeUnknown(committed.error())});
    result.status = FileImportResult::Status::Imported;
    result.vehicles.append(skipped);
    return result;
}
