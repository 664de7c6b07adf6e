// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/exportreader.h"

#include "core/privacy/anonymizer.h"
#include "core/read/apiresponseparser.h"
#include "core/read/chargingjsonparser.h"
#include "core/read/keylistparser.h"
#include "core/read/readlimits.h"
#include "core/model/logging.h"
#include "core/privacy/vin.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <new>

using namespace Qt::StringLiterals;

namespace {

using namespace ReadLimits;

bool hasSuffix(const QString &fileName, QLatin1StringView suffix)
{
    return fileName.endsWith(suffix, Qt::CaseInsensitive);
}

bool isOtherCarDataJson(const QString &fileName)
{
    // Tyre diagnosis and navigation learning share the archive; not ours.
    const QString lower = fileName.toLower();
    return lower.contains(u"reifendiagnose"_s) || lower.contains(u"tyre"_s) || lower.contains(u"tire"_s)
           || lower.contains(u"navigation"_s) || lower.contains(u"keylist"_s);
}

ExportSource classify(const QFileInfo &info)
{
    ExportSource source;
    source.path = info.filePath();
    source.size = info.size();
    const QString name = info.fileName();
    if (hasSuffix(name, ".json"_L1))
        source.kind = ExportSource::Kind::ChargingJson;
    else if (hasSuffix(name, ".zip"_L1))
        source.kind = ExportSource::Kind::Archive;
    else if (hasSuffix(name, ".xml"_L1))
        source.kind = ExportSource::Kind::KeyList;
    else if (hasSuffix(name, ".cdshare"_L1))
        source.kind = ExportSource::Kind::Bundle;
    else
        source.kind = ExportSource::Kind::Unsupported;
    return source;
}

double kmPerUnitOfLength(const std::optional<KeyListInfo> &keyList)
{
    if (!keyList)
        return 1.0;
    const QString unit = keyList->unitOfLength.toLower();
    return (unit == u"mi" || unit == u"miles") ? 1.609344 : 1.0;
}

std::expected<QByteArray, QString> readWholeFile(const QString &path, qint64 size)
{
    if (size > maxJsonBytes)
        return std::unexpected(u"is %1 MB: far more than any CarData export, which may be %2 MB at most; it was not "
                               "read"_s.arg(size >> 20).arg(maxJsonBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"cannot be opened (%1)"_s.arg(file.errorString()));
    return ChargingJsonParser::readPadded(file, size);
}

// Said in the import's note rather than dropped silently.
QString readingsLeftOut(const KeyListInfo &info)
{
    if (info.readingsWithoutTime == 0)
        return {};
    return info.readingsWithoutTime == 1
               ? u"1 battery reading was left out: it has no usable time"_s
               : u"%1 battery readings were left out: they have no usable time"_s.arg(info.readingsWithoutTime);
}

void appendNote(QString &note, const QString &more)
{
    if (!more.isEmpty())
        note = note.isEmpty() ? more : note + u"; "_s + more;
}

// A KeyList's bytes; one beyond the limit is not read into memory at all.
std::expected<QByteArray, QString> readKeyListFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"cannot be opened (%1)"_s.arg(file.errorString()));
    if (file.size() > maxKeyListBytes)
        return std::unexpected(u"is %1 MB: far more than any CarData KeyList, which may be %2 MB at most; it was not "
                               "read"_s.arg(file.size() >> 20).arg(maxKeyListBytes >> 20));
    return file.readAll();
}

// A saved CarData API response about a vehicle: its model and the car's
// own battery readings, no charging history.
std::expected<ExportUnit, QString> unitFromVehicleResponse(const QByteArray &bytes, const QString &fileName,
                                                           ApiResponseParser::Kind kind)
{
    // A saved file does not say when it was fetched: values without their
    // own timestamp cannot be placed in time and are left out.
    auto info = kind == ApiResponseParser::Kind::TelematicData ? ApiResponseParser::telematicData(bytes, 0)
                                                                : ApiResponseParser::basicData(bytes, 0);
    if (!info)
        return std::unexpected(info.error());
    ExportUnit unit;
    unit.vin = info->vin.isEmpty() ? Vin::fromFileName(fileName) : info->vin;
    unit.keyList = std::move(*info);
    unit.note = u"a saved CarData API response holds no charging history; the vehicle's model and battery "
                "readings were kept"_s;
    return unit;
}

std::expected<ExportUnit, QString> unitFromChargingJson(const QByteArray &bytes, const QString &fileName,
                                                        std::optional<KeyListInfo> keyList, QString keyListNote)
{
    ChargingJsonParser::Options options;
    options.defaultKmPerUnit = kmPerUnitOfLength(keyList);
    auto history = ChargingJsonParser::parse(bytes, options);
    if (!history)
        return std::unexpected(history.error());
    ExportUnit unit;
    unit.vin = keyList && !keyList->vin.isEmpty() ? keyList->vin : Vin::fromFileName(fileName);
    unit.history = std::move(*history);
    unit.keyList = std::move(keyList);
    unit.note = std::move(keyListNote);
    return unit;
}

// Reads a KeyList that accompanies a charging history. A broken KeyList
// does not stop the sessions from importing; it becomes a note.
std::optional<KeyListInfo> readCompanionKeyList(const QString &path, QString &note)
{
    if (path.isEmpty())
        return std::nullopt;
    const auto bytes = readKeyListFile(path);
    if (!bytes) {
        note = u"KeyList %1 %2; imported without it"_s.arg(ExportReader::displayName(path), bytes.error());
        return std::nullopt;
    }
    auto info = KeyListParser::parse(*bytes);
    if (!info) {
        note = u"KeyList %1 %2; imported without it"_s.arg(ExportReader::displayName(path), info.error());
        return std::nullopt;
    }
    if (const QString leftOut = readingsLeftOut(*info); !leftOut.isEmpty())
        note = u"KeyList %1: %2"_s.arg(ExportReader::displayName(path), leftOut);
    return std::move(*info);
}

class Archive
{
public:
    explicit Archive(const QString &path) : m_zip(path) {}

    bool open() { return m_zip.open(QuaZip::mdUnzip); }

    QList<QuaZipFileInfo64> entries() const { return m_zip.getFileInfoList64(); }

    // maxBytes: what an entry of its kind (JSON, KeyList) may unpack to.
    std::expected<QByteArray, QString> read(const QuaZipFileInfo64 &entry, qint64 maxBytes)
    {
        const QString shown = ExportReader::displayName(entry.name);
        const qint64 size = qint64(entry.uncompressedSize);
        if (size > maxBytes)
            return std::unexpected(u"holds %1, which unpacks to %2 MB: far more than any CarData export; it was "
                                   "not unpacked"_s.arg(shown).arg(size >> 20));
        if (size > bombMinBytes && size > maxCompressionRatio * std::max<qint64>(1, qint64(entry.compressedSize)))
            return std::unexpected(u"holds %1, which would unpack from %2 kB to %3 MB: no export compresses like "
                                   "that (a ZIP bomb?); it was not unpacked"_s.arg(shown)
                                       .arg(qint64(entry.compressedSize) >> 10)
                                       .arg(size >> 20));
        if (m_unpacked + size > maxArchiveBytes)
            return std::unexpected(u"unpacks to more than %1 MB in all: far more than any CarData export"_s.arg(
                maxArchiveBytes >> 20));
        m_unpacked += size;
        if (entry.flags & 1) // general purpose bit 0: encrypted
            return std::unexpected(u"is password-protected (%1)"_s.arg(shown));
        if (!m_zip.setCurrentFile(entry.name))
            return std::unexpected(u"is damaged: %1 cannot be found in it"_s.arg(shown));
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(u"is damaged: %1 cannot be unpacked"_s.arg(shown));
        auto bytes = ChargingJsonParser::readPadded(file, qint64(entry.uncompressedSize));
        file.close();
        if (!bytes || file.getZipError() != UNZ_OK)
            return std::unexpected(u"is damaged: %1 does not unpack cleanly"_s.arg(shown));
        return bytes;
    }

private:
    QuaZip m_zip;
    qint64 m_unpacked = 0;
};

std::expected<QList<ExportUnit>, QString> readArchive(const QString &path)
{
    Archive archive(path);
    if (!archive.open()) {
        // An archive of nothing is only its end record, which QuaZip does not open.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x05\x06"))
            return std::unexpected(u"is an empty ZIP archive: it holds no files"_s);
        return std::unexpected(u"is not a readable ZIP archive (damaged or incomplete)"_s);
    }

    QList<QuaZipFileInfo64> chargingEntries;
    QList<QuaZipFileInfo64> keyListEntries;
    const QList<QuaZipFileInfo64> entries = archive.entries();
    if (entries.size() > maxArchiveEntries)
        return std::unexpected(u"holds %1 entries, far more than any CarData archive; it was not unpacked"_s.arg(
            entries.size()));
    QSet<QString> names;
    QString innerArchive;
    for (const QuaZipFileInfo64 &entry : entries) {
        const QString baseName = QFileInfo(entry.name).fileName();
        if (entry.name.endsWith(u'/'))
            continue;
        // Entries are found by name: of two with one name, only the first
        // could be read, so which one is the export cannot be told.
        if (names.contains(entry.name))
            return std::unexpected(u"holds %1 twice; it was not unpacked"_s.arg(ExportReader::displayName(entry.name)));
        names.insert(entry.name);
        if (hasSuffix(baseName, ".json"_L1) && ExportReader::isChargingHistoryName(baseName))
            chargingEntries.append(entry);
        else if (hasSuffix(baseName, ".xml"_L1) && ExportReader::isKeyListName(baseName))
            keyListEntries.append(entry);
        else if (hasSuffix(baseName, ".zip"_L1) && innerArchive.isEmpty())
            innerArchive = baseName;
    }

    struct KeyListEntry
    {
        QString entryName;
        KeyListInfo info;
        bool used = false;
    };
    QList<KeyListEntry> keyLists;
    QStringList notes;
    for (const QuaZipFileInfo64 &entry : std::as_const(keyListEntries)) {
        auto bytes = archive.read(entry, maxKeyListBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        auto info = KeyListParser::parse(*bytes);
        if (!info) {
            notes.append(u"KeyList %1 %2; imported without it"_s.arg(ExportReader::displayName(entry.name), info.error()));
            continue;
        }
        if (info->vin.isEmpty())
            info->vin = Vin::fromFileName(QFileInfo(entry.name).fileName());
        if (const QString leftOut = readingsLeftOut(*info); !leftOut.isEmpty())
            notes.append(u"KeyList %1: %2"_s.arg(ExportReader::displayName(entry.name), leftOut));
        keyLists.append({entry.name, std::move(*info)});
    }

    if (chargingEntries.isEmpty() && keyListEntries.isEmpty() && !innerArchive.isEmpty())
        return std::unexpected(u"holds another archive (%1) but no charging history or KeyList of its own: unpack "
                               "it and import the archive inside"_s.arg(ExportReader::displayName(innerArchive)));
    if (chargingEntries.isEmpty() && keyLists.isEmpty())
        return std::unexpected(keyListEntries.isEmpty()
                                   ? u"is not a CarData archive: it holds neither a charging history nor a KeyList"_s
                                   : u"contains no charging history, and its KeyList is unreadable"_s);

    QList<ExportUnit> units;
    for (const QuaZipFileInfo64 &entry : std::as_const(chargingEntries)) {
        const QString baseName = QFileInfo(entry.name).fileName();
        const QString vin = Vin::fromFileName(baseName);
        // The vehicle's KeyList: same VIN, or the one that names this file,
        // or the only one when the archive holds a single vehicle.
        KeyListEntry *match = nullptr;
        for (KeyListEntry &k : keyLists) {
            if ((!vin.isEmpty() && k.info.vin == vin)
                || QFileInfo(k.info.chargingHistoryFileName).fileName().compare(baseName, Qt::CaseInsensitive) == 0) {
                match = &k;
                break;
            }
        }
        if (!match && keyLists.size() == 1 && chargingEntries.size() == 1)
            match = &keyLists.first();
        auto bytes = archive.read(entry, maxJsonBytes);
        if (!bytes)
            return std::unexpected(bytes.error());
        std::optional<KeyListInfo> keyList;
        if (match) {
            match->used = true;
            keyList = match->info;
        }
        auto unit = unitFromChargingJson(*bytes, baseName, std::move(keyList), notes.join(u"; "_s));
        if (!unit)
            return std::unexpected(u"holds %1, which %2"_s.arg(ExportReader::displayName(baseName), unit.error()));
        units.append(std::move(*unit));
    }
    // Vehicles with a KeyList but no charging history still give a model
    // and possibly direct battery readings.
    for (KeyListEntry &k : keyLists) {
        if (k.used)
            continue;
        ExportUnit unit;
        unit.vin = k.info.vin;
        unit.keyList = std::move(k.info);
        unit.note = u"this archive contains no charging history for this vehicle (BMW leaves it out of some "
                    "archives since mid-2025); its model and battery readings were kept"_s;
        units.append(std::move(unit));
    }
    if (units.size() == 1 && !units.first().history && !notes.isEmpty())
        units.first().note += u"; "_s + notes.join(u"; "_s);
    return units;
}

std::expected<LoadedExport, QString> loadFetched(const FetchedVehicle &fetched, const Anonymizer &anonymizer,
                                                 const ExportReader::KnownCheck &isKnown)
{
    LoadedExport loaded;
    Anonymizer::ContentHasher hasher = anonymizer.contentHasher();
    for (const QByteArray *part : {&fetched.chargingHistory, &fetched.basicData, &fetched.telematicData}) {
        hasher.addData(QByteArray(QByteArray::number(part->size()) + ':'));
        hasher.addData(*part);
    }
    loaded.contentHash = hasher.result();
    if (auto known = isKnown(loaded.contentHash); !known)
        return std::unexpected(known.error());
    else if ((loaded.alreadyKnown = *known))
        return loaded;
    KeyListInfo facts;
    bool haveFacts = false;
    for (const auto &[bytes, kind] : {std::pair{&fetched.basicData, ApiResponseParser::Kind::BasicData},
                                      std::pair{&fetched.telematicData, ApiResponseParser::Kind::TelematicData}}) {
        if (bytes->isEmpty())
            continue;
        auto info = kind == ApiResponseParser::Kind::BasicData ? ApiResponseParser::basicData(*bytes, fetched.fetchedAt)
                                                                : ApiResponseParser::telematicData(*bytes, fetched.fetchedAt);
        if (!info)
            return std::unexpected(u"came back from BMW's CarData API, but its %1 %2"_s.arg(
                kind == ApiResponseParser::Kind::BasicData ? u"basic data"_s : u"telematic data"_s, info.error()));
        facts = haveFacts ? ApiResponseParser::merged(facts, *info) : *info;
        haveFacts = true;
    }
    ExportUnit unit;
    unit.vin = fetched.vin;
    if (haveFacts)
        unit.keyList = facts;
    if (!fetched.chargingHistory.isEmpty()) {
        ChargingJsonParser::Options options;
        options.defaultKmPerUnit = kmPerUnitOfLength(unit.keyList);
        auto history = ChargingJsonParser::parse(fetched.chargingHistory, options);
        if (!history)
            return std::unexpected(u"came back from BMW's CarData API, but its charging history %1"_s.arg(history.error()));
        unit.history = std::move(*history);
    }
    loaded.units.append(std::move(unit));
    return loaded;
}

} // namespace

ExportSource ExportSource::fromFetch(FetchedVehicle vehicle)
{
    ExportSource source;
    source.kind = Kind::Fetched;
    source.path = u"BMW CarData online"_s;
    source.size = vehicle.chargingHistory.size() + vehicle.basicData.size() + vehicle.telematicData.size();
    source.fetched = std::make_shared<const FetchedVehicle>(std::move(vehicle));
    return source;
}

bool ExportReader::isChargingHistoryName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    return lower.contains(u"ladehistorie"_s) || lower.contains(u"charginghistory"_s)
           || lower.contains(u"charging-history"_s) || lower.contains(u"charging_history"_s);
}

bool ExportReader::isKeyListName(const QString &fileName)
{
    return fileName.contains(u"keylist"_s, Qt::CaseInsensitive);
}

QString ExportReader::displayName(const QString &path)
{
    // Names come from archives and folders: a control character in one
    // would reach the terminal that shows the message.
    QString name = QFileInfo(path).fileName();
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control)
            c = u'?';
    }
    return Vin::redacted(name);
}

QList<ExportSource> ExportReader::discover(const QStringList &paths)
{
    QList<ExportSource> sources;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            ExportSource missing;
            missing.path = path;
            missing.kind = ExportSource::Kind::Missing;
            if (info.isSymLink())
                missing.problem = u"is a link that leads nowhere (its target is missing, or the links form a loop)"_s;
            sources.append(missing);
            continue;
        }
        if (info.isFile()) {
            sources.append(classify(info));
            continue;
        }
        if (!info.isDir()) {
            ExportSource odd;
            odd.path = path;
            odd.kind = ExportSource::Kind::Unsupported;
            odd.problem = u"is not a regular file (a pipe, socket or device) and was not read"_s;
            sources.append(odd);
            continue;
        }
        // A folder: an extracted archive, a download folder, a fleet share.
        QList<ExportSource> found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            const QString name = file.fileName();
            ExportSource source = classify(file);
            if (source.kind == ExportSource::Kind::Unsupported)
                continue;
            if (source.kind == ExportSource::Kind::ChargingJson && isOtherCarDataJson(name))
                continue;
            if (source.kind == ExportSource::Kind::KeyList && !isKeyListName(name))
                continue;
            found.append(source);
        }
        std::sort(found.begin(), found.end(), [](const ExportSource &a, const ExportSource &b) { return a.path < b.path; });
        if (found.isEmpty()) {
            // Said, not skipped: an empty folder, or one that only looks like a file.
            ExportSource empty;
            empty.path = path;
            empty.kind = ExportSource::Kind::Unsupported;
            empty.problem = u"is a folder without any CarData export in it (no .zip archive, charging-history .json, "
                            "KeyList .xml or sharing bundle .cdshare)"_s;
            sources.append(empty);
            continue;
        }
        sources.append(found);
    }

    // Pair KeyLists with the charging histories of the same vehicle. A
    // KeyList that pairs is read together with its JSON, not on its own.
    QHash<QString, qsizetype> keyListByVin;
    QHash<QString, qsizetype> keyListByChargingName;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (sources[i].kind != ExportSource::Kind::KeyList)
            continue;
        QString vin = Vin::fromFileName(QFileInfo(sources[i].path).fileName());
        QFile file(sources[i].path);
        if (file.size() <= maxKeyListBytes && file.open(QIODevice::ReadOnly)) {
            if (const auto keyList = KeyListParser::parse(file.readAll())) {
                if (!keyList->vin.isEmpty())
                    vin = keyList->vin;
                if (!keyList->chargingHistoryFileName.isEmpty())
                    keyListByChargingName.insert(QFileInfo(keyList->chargingHistoryFileName).fileName().toLower(), i);
            }
        }
        if (!vin.isEmpty())
            keyListByVin.insert(vin, i);
    }
    QList<bool> absorbed(sources.size(), false);
    for (ExportSource &source : sources) {
        if (source.kind != ExportSource::Kind::ChargingJson)
            continue;
        const QString name = QFileInfo(source.path).fileName();
        const QString vin = Vin::fromFileName(name);
        qsizetype index = keyListByChargingName.value(name.toLower(), -1);
        if (index < 0 && !vin.isEmpty())
            index = keyListByVin.value(vin, -1);
        if (index >= 0) {
            source.keyListPath = sources[index].path;
            absorbed[index] = true;
        }
    }
    QList<ExportSource> result;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (!absorbed[i])
            result.append(sources[i]);
    }
    return result;
}

std::expected<LoadedExport, QString> ExportReader::load(const ExportSource &source, const Anonymizer &anonymizer,
                                                        const KnownCheck &isKnown)
{
    try {
        return loadSource(source, anonymizer, isKnown);
    } catch (const std::bad_alloc &) {
        return std::unexpected(u"could not be read: there is not enough memory for it"_s);
    }
}

namespace {

// A file read whole and fingerprinted; loaded.alreadyKnown when the check
// says it was imported before (its bytes are then not wanted).
std::expected<QByteArray, QString> readAndRecognize(const ExportSource &source, const Anonymizer &anonymizer,
                                                   const ExportReader::KnownCheck &isKnown, LoadedExport &loaded)
{
    auto bytes = readWholeFile(source.path, source.size);
    if (!bytes)
        return std::unexpected(bytes.error());
    loaded.contentHash = anonymizer.contentHash(*bytes);
    const auto known = isKnown(loaded.contentHash);
    if (!known)
        return std::unexpected(known.error());
    if ((loaded.alreadyKnown = *known))
        return QByteArray();
    return bytes;
}

} // namespace

std::expected<LoadedExport, QString> ExportReader::loadSource(const ExportSource &source, const Anonymizer &anonymizer,
                                                              const KnownCheck &isKnown)
{
    LoadedExport loaded;
    switch (source.kind) {
    case ExportSource::Kind::Missing:
        return std::unexpected(source.problem.isEmpty() ? u"does not exist"_s : source.problem);
    case ExportSource::Kind::Unsupported:
        if (!source.problem.isEmpty())
            return std::unexpected(source.problem);
        if (hasSuffix(source.path, ".html"_L1) || hasSuffix(source.path, ".htm"_L1))
            return std::unexpected(u"is the HTML KeyList, which holds nothing the app reads; import the archive "
                                   "(.zip) or the charging-history .json instead"_s);
        return std::unexpected(u"is not a CarData export (expected a charging-history .json, a CarData .zip "
                               "archive or a folder)"_s);
    case ExportSource::Kind::ChargingJson: {
        auto bytes = readAndRecognize(source, anonymizer, isKnown, loaded);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (loaded.alreadyKnown)
            return loaded;
        if (const auto kind = ApiResponseParser::kindOf(*bytes); kind != ApiResponseParser::Kind::ChargingHistory) {
            auto unit = unitFromVehicleResponse(*bytes, QFileInfo(source.path).fileName(), kind);
            if (!unit)
                return std::unexpected(unit.error());
            loaded.units.append(std::move(*unit));
            return loaded;
        }
        QString note;
        auto keyList = readCompanionKeyList(source.keyListPath, note);
        auto unit = unitFromChargingJson(*bytes, QFileInfo(source.path).fileName(), std::move(keyList), note);
        if (!unit)
            return std::unexpected(unit.error());
        loaded.units.append(std::move(*unit));
        return loaded;
    }
    case ExportSource::Kind::Fetched:
        return loadFetched(*source.fetched, anonymizer, isKnown);
    case ExportSource::Kind::Bundle: {
        auto bytes = readAndRecognize(source, anonymizer, isKnown, loaded);
        if (!bytes)
            return std::unexpected(bytes.error());
        loaded.bundle = std::move(*bytes); // (empty when it was known)
        return loaded;
    }
    case ExportSource::Kind::KeyList: {
        const auto read = readKeyListFile(source.path);
        if (!read)
            return std::unexpected(read.error());
        const QByteArray &bytes = *read;
        loaded.contentHash = anonymizer.contentHash(bytes);
        if (auto known = isKnown(loaded.contentHash); !known)
            return std::unexpected(known.error());
        else if ((loaded.alreadyKnown = *known))
            return loaded;
        auto info = KeyListParser::parse(bytes);
        if (!info)
            return std::unexpected(info.error());
        ExportUnit unit;
        unit.vin = info->vin.isEmpty() ? Vin::fromFileName(QFileInfo(source.path).fileName()) : info->vin;
        unit.keyList = std::move(*info);
        unit.note = u"a KeyList alone holds no charging history; the vehicle's model and battery readings were kept"_s;
        appendNote(unit.note, readingsLeftOut(*unit.keyList));
        loaded.units.append(std::move(unit));
        return loaded;
    }
    case ExportSource::Kind::Archive: {
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(u"cannot be opened (%1)"_s.arg(file.errorString()));
        Anonymizer::ContentHasher hasher = anonymizer.contentHasher();
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = file.read(chunk.data(), chunk.size());
            if (n < 0)
                return std::unexpected(u"cannot be read (%1)"_s.arg(file.errorString()));
            if (n == 0)
                break;
            hasher.addData(QByteArrayView(chunk.constData(), n));
        }
        loaded.contentHash = hasher.result();
        if (auto known = isKnown(loaded.contentHash); !known)
            return std::unexpected(known.error());
        else if ((loaded.alreadyKnown = *known))
            return loaded;
        auto units = readArchive(source.path);
        if (!units)
            return std::unexpected(units.error());
        loaded.units = std::move(*units);
        return loaded;
    }
    }
    return std::unexpected(u"is of an unknown kind"_s);
}
