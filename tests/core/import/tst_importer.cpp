// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/anonymizer.h"
#include "core/import/importer.h"
#include "core/store/store.h"
#include "demo/zipwriter.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using TestSupport::fixture;
using TestSupport::readFile;

namespace {
const QString vin = u"WBY71AW010FP87013"_s;
const QString currentFile = u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s;
const QString olderFile = u"older/BMW-CarData-Ladehistorie_WBY71AW010FP87013_20-06-2024.json"_s;
const QString apiFile = u"api/CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s;

QByteArray doubleBytes(double value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    // SQLite stores REAL big-endian.
    quint64 bits;
    std::memcpy(&bits, &value, 8);
    qToBigEndian(bits, bytes.data());
    return bytes;
}

// Whether the database's bytes (TestSupport::databaseBytes) hold the
// number: SQLite's 8 bytes in the file, a field of a row's text on a server.
bool holdsNumber(const QByteArray &bytes, double value)
{
    if (!TestDatabase::serverRun())
        return bytes.contains(doubleBytes(value));
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    for (qsizetype at = bytes.indexOf(text); at >= 0; at = bytes.indexOf(text, at + 1)) {
        const char before = at > 0 ? bytes.at(at - 1) : ',';
        const char after = at + text.size() < bytes.size() ? bytes.at(at + text.size()) : ',';
        if ((before == ',' || before == '(') && (after == ',' || after == ')'))
            return true;
    }
    return false;
}

// One database in its own folder, opened like the CLI does.
struct Installation
{
    QString dataDir;
    std::unique_ptr<Store> store;
    std::optional<Anonymizer> anonymizer;

    explicit Installation(const QString &dir) : dataDir(dir)
    {
        auto s = Store::open(dir);
        if (!s)
            qFatal("cannot open store: %s", qPrintable(TestSupport::errorText(s)));
        store = std::move(*s);
        auto a = Anonymizer::open(dir, store->hasVehicles().value_or(true));
        if (!a)
            qFatal("cannot open anonymizer: %s", qPrintable(TestSupport::errorText(a)));
        anonymizer = *a;
    }

    QList<FileImportResult> import(const QStringList &paths, const ImportOptions &options = {})
    {
        Importer importer(*store, *anonymizer);
        return importer.importPaths(paths, options).files;
    }

    VehicleSummary vehicle(const QString &key)
    {
        const auto found = store->vehicle(key);
        if (!found || !*found)
            qFatal("no vehicle %s", qPrintable(key));
        return **found;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(store->connectionName()));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    qint64 count(const QString &table) { return scalar(u"SELECT COUNT(*) FROM "_s + table).toLongLong(); }

    // A real failure inside the database: inserting into `table` a row
    // that meets `condition` (all rows when empty) aborts with `message`.
    bool failInserts(const QString &table, const QString &condition, const QString &message)
    {
        QSqlQuery query(QSqlDatabase::database(store->connectionName()));
        bool ok;
        if (!store->onServer()) {
            ok = query.exec(u"CREATE TEMP TRIGGER fail_%1 BEFORE INSERT ON %1 %2 BEGIN SELECT RAISE(ABORT, '%3'); END"_s.arg(
                table, condition.isEmpty() ? QString() : u"WHEN "_s + condition, message));
        } else {
            ok = query.exec(u"CREATE FUNCTION fail_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF %2 THEN "
                            "RAISE EXCEPTION '%3'; END IF; RETURN NEW; END $$"_s.arg(
                                table, condition.isEmpty() ? u"TRUE"_s : condition, message))
                && query.exec(u"CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION fail_%1()"_s.arg(table));
        }
        if (!ok)
            qWarning("cannot set up the failure: %s", qPrintable(query.lastError().text()));
        return ok;
    }

    bool stopFailing(const QString &table)
    {
        QSqlQuery query(QSqlDatabase::database(store->connectionName()));
        return query.exec(store->onServer() ? u"DROP TRIGGER fail_%1 ON %1"_s.arg(table) : u"DROP TRIGGER fail_%1"_s.arg(table));
    }
};

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void inputVariants_data();
    void inputVariants();
    void sameFileTwiceIsDuplicate();
    void overlappingExportsMergeRicherValues_data();
    void overlappingExportsMergeRicherValues();
    void exportThatRepeatsWhatIsStoredIsNotReestimated();
    void storedValuesOfAnotherTypeAreMergedByTheDatabase();
    void failureMidFileLeavesNothing();
    void brokenFileLeavesStoreUntouched();
    void noPersonalDataInDatabaseBytes();
    void secretFileAndStableKeys();
    void vinTypedIntoFreeTextIsMasked();
    void historyWithoutSessionsMakesNoVehicle_data();
    void historyWithoutSessionsMakesNoVehicle();
    void emptyVehicleInAnArchiveIsLeftOutAndSaid();
    void oddPathsAreReportedNotSkipped();
    void fileWithoutVin();
    void modelPrecedence();
    void forgetLeavesNoTrace();
    void cancelBetweenFiles();
    void cancelMidFileLeavesNothing();
    void estimateFailureIsReported();
    void fileChosenToUndoADeadlockIsWrittenAgain();
    void connectionLostWhileCommittingIsSaidSo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString dataDir() const { return m_dir->filePath(u"data"_s); }
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TestDatabase>(dataDir());
}

void TestImporter::cleanup()
{
    m_database.reset();
}

void TestImporter::inputVariants_data()
{
    QTest::addColumn<QStringList>("inputs"); // relative to fixtures; "zip:" builds an archive of the files
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("vehicles");
    QTest::addColumn<int>("sessionsNew");
    QTest::addColumn<int>("sessionsRejected");
    QTest::addColumn<QString>("model");

    QTest::newRow("2021 home sample") << QStringList{u"public-samples/home-2021.json"_s} << u"imported"_s << 1 << 1 << 0 << QString();
    QTest::newRow("2021 public sample") << QStringList{u"public-samples/public-2021.json"_s} << u"imported"_s << 1 << 1 << 0 << QString();
    QTest::newRow("current export") << QStringList{currentFile} << u"imported"_s << 1 << 4 << 1 << QString();
    QTest::newRow("older export") << QStringList{olderFile} << u"imported"_s << 1 << 3 << 0 << QString();
    QTest::newRow("API wrapper") << QStringList{apiFile} << u"imported"_s << 1 << 3 << 0 << QString();
    QTest::newRow("folder with KeyList") << QStringList{u"current"_s} << u"imported"_s << 1 << 4 << 1 << u"i4 eDrive40"_s;
    QTest::newRow("archive") << QStringList{u"zip:current"_s} << u"imported"_s << 1 << 4 << 1 << u"i4 eDrive40"_s;
    QTest::newRow("KeyList alone") << QStringList{u"keylist/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s}
                                   << u"imported"_s << 1 << 0 << 0 << u"MINI Cooper SE"_s;
}

void TestImporter::inputVariants()
{
    QFETCH(QStringList, inputs);
    QFETCH(QString, status);
    QFETCH(int, vehicles);
    QFETCH(int, sessionsNew);
    QFETCH(int, sessionsRejected);
    QFETCH(QString, model);

    QStringList paths;
    for (const QString &input : inputs) {
        if (input.startsWith(u"zip:"_s)) {
            QList<Demo::ZipEntry> entries;
            const QDir folder(fixture(input.mid(4)));
            for (const QString &name : folder.entryList(QDir::Files))
                entries.append({name, readFile(folder.filePath(name))});
            const QString zip = m_dir->filePath(u"export.zip"_s);
            const auto zipped = Demo::writeZip(zip, entries);
            QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
            paths.append(zip);
        } else {
            paths.append(fixture(input));
        }
    }
    Installation inst(dataDir());
    const QList<FileImportResult> results = inst.import(paths);
    QCOMPARE(results.size(), 1);
    const FileImportResult &r = results.first();
    QCOMPARE(FileImportResult::statusName(r.status), status);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.vehicles.size(), vehicles);
    QCOMPARE(r.vehicles.first().sessionsNew, sessionsNew);
    QCOMPARE(r.vehicles.first().sessionsRejected, sessionsRejected);
    QCOMPARE(r.vehicles.first().model, model);
    QCOMPARE(inst.count(u"sessions"_s), qint64(sessionsNew));
    QCOMPARE(inst.count(u"uploads"_s), 1);
    // The key is 16 hex digits and never the VIN.
    QCOMPARE(r.vehicles.first().vehicleKey.size(), 16);
    QVERIFY(!r.vehicles.first().vehicleKey.contains(vin));
}

void TestImporter::sameFileTwiceIsDuplicate()
{
    Installation inst(dataDir());
    const QList<FileImportResult> first = inst.import({fixture(currentFile)});
    QCOMPARE(first.first().status, FileImportResult::Status::Imported);

    // The same bytes under another name, and the same file again.
    const QString copy = m_dir->filePath(u"renamed-copy.json"_s);
    QVERIFY(QFile::copy(fixture(currentFile), copy));
    const QList<FileImportResult> again = inst.import({fixture(currentFile), copy});
    QCOMPARE(again.size(), 2);
    for (const FileImportResult &r : again) {
        QCOMPARE(r.status, FileImportResult::Status::Duplicate);
        QCOMPARE(r.vehicles.size(), 1);
        QCOMPARE(r.vehicles.first().vehicleKey, first.first().vehicles.first().vehicleKey);
        QCOMPARE(r.vehicles.first().sessionsNew, 0);
    }
    QCOMPARE(inst.count(u"sessions"_s), 4);
    QCOMPARE(inst.count(u"uploads"_s), 1);
}

void TestImporter::overlappingExportsMergeRicherValues_data()
{
    QTest::addColumn<bool>("olderFirst");
    QTest::newRow("older export first") << true;
    QTest::newRow("newer export first") << false;
}

void TestImporter::overlappingExportsMergeRicherValues()
{
    QFETCH(bool, olderFirst);
    Installation inst(dataDir());
    const QStringList order = olderFirst ? QStringList{fixture(olderFile), fixture(currentFile)}
                                         : QStringList{fixture(currentFile), fixture(olderFile)};
    const QList<FileImportResult> results = inst.import(order);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].vehicles.first().vehicleKey, results[1].vehicles.first().vehicleKey);
    // Older: 3 sessions; newer: those 3 (without battery energy) + 1 more.
    if (olderFirst) {
        QCOMPARE(results[0].vehicles.first().sessionsNew, 3);
        QCOMPARE(results[1].vehicles.first().sessionsNew, 1);
        QCOMPARE(results[1].vehicles.first().sessionsDuplicate, 3);
    } else {
        QCOMPARE(results[0].vehicles.first().sessionsNew, 4);
        QCOMPARE(results[1].vehicles.first().sessionsNew, 0);
        QCOMPARE(results[1].vehicles.first().sessionsDuplicate, 3);
    }
    QCOMPARE(inst.count(u"sessions"_s), 4);
    // Battery-side energy survives whichever order: the newer export
    // lacks it and must not erase it.
    QCOMPARE(inst.scalar(u"SELECT COUNT(*) FROM sessions WHERE energy_battery_wh IS NOT NULL"_s).toInt(), 3);
    QCOMPARE(inst.scalar(u"SELECT energy_battery_wh FROM sessions WHERE start_time = 1717489200"_s).toDouble(), 54380.0);
    QCOMPARE(inst.scalar(u"SELECT provider FROM sessions WHERE start_time = 1717489200"_s).toString(), u"IONITY"_s);
    QCOMPARE(inst.scalar(u"SELECT charging_kind FROM sessions WHERE start_time = 1717489200"_s).toString(), u"dc"_s);
}

void TestImporter::exportThatRepeatsWhatIsStoredIsNotReestimated()
{
    Installation inst(dataDir());
    Importer importer(*inst.store, *inst.anonymizer);
    const ImportRun first = importer.importPaths({fixture(currentFile)}, {});
    QCOMPARE(first.estimatesUpdated, 1);
    QCOMPARE(inst.count(u"battery_health"_s), 1);
    // Mark the stored estimate so that a recompute would show.
    QVERIFY(inst.scalar(u"UPDATE battery_health SET computed_at = 7 RETURNING computed_at"_s).isValid());

    // The same sessions in other bytes (a re-exported, re-indented file):
    // not a duplicate by fingerprint, yet nothing to write.
    QJsonDocument doc = QJsonDocument::fromJson(readFile(fixture(currentFile)));
    QVERIFY(!doc.isNull());
    const QString same = m_dir->filePath(u"BMW-CarData-Ladehistorie_%1_16-08-2024.json"_s.arg(vin));
    {
        QFile out(same);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(doc.toJson(QJsonDocument::Indented));
    }
    const ImportRun again = importer.importPaths({same}, {});
    QCOMPARE(again.files.size(), 1);
    QCOMPARE(again.files.first().status, FileImportResult::Status::Imported);
    const VehicleImport &v = again.files.first().vehicles.first();
    QCOMPARE(v.sessionsNew, 0);
    QCOMPARE(v.sessionsDuplicate, 4);
    QVERIFY(!v.dataChanged);
    QCOMPARE(again.estimatesUpdated, 0);
    QCOMPARE(again.estimatesPending, 0);
    QCOMPARE(inst.scalar(u"SELECT computed_at FROM battery_health"_s).toLongLong(), 7);
    QCOMPARE(inst.scalar(u"SELECT estimate_stale FROM vehicles"_s).toInt(), 0);
    QCOMPARE(inst.count(u"uploads"_s), 2);

    // One value that differs is a change: merged and re-estimated.
    QJsonArray sessions = doc.array();
    QVERIFY(sessions.size() > 1);
    QJsonObject changed = sessions.at(1).toObject(); // [0] is still running: rejected
    QVERIFY(changed.contains(u"endTime"_s) && changed.contains(u"displayedSoc"_s));
    changed[u"displayedSoc"_s] = changed.value(u"displayedSoc"_s).toInt() - 1;
    sessions[1] = changed;
    const QString edited = m_dir->filePath(u"BMW-CarData-Ladehistorie_%1_17-08-2024.json"_s.arg(vin));
    {
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(sessions).toJson());
    }
    const ImportRun third = importer.importPaths({edited}, {});
    QCOMPARE(third.files.first().status, FileImportResult::Status::Imported);
    QCOMPARE(third.files.first().vehicles.first().sessionsNew, 0);
    QCOMPARE(third.files.first().vehicles.first().sessionsDuplicate, 4);
    QVERIFY(third.files.first().vehicles.first().dataChanged);
    QCOMPARE(third.estimatesUpdated, 1);
    QVERIFY(inst.scalar(u"SELECT computed_at FROM battery_health"_s).toLongLong() > 7);
}

// Known sessions are compared in memory, in whole Wh; a stored value that
// is not (a fraction, a text where a number belongs) is left to the SQL
// merge, which rewrites it, never skipped as "the same".
void TestImporter::storedValuesOfAnotherTypeAreMergedByTheDatabase()
{
    if (TestDatabase::serverRun())
        QSKIP("a server's columns hold only their declared type");
    Installation inst(dataDir());
    Importer importer(*inst.store, *inst.anonymizer);
    QCOMPARE(importer.importPaths({fixture(currentFile)}, {}).files.first().status, FileImportResult::Status::Imported);
    // One session gets a fraction of a Wh, another a text for its mileage
    // that reads as the same number.
    const QString first = u" WHERE start_time = 1717489200"_s;
    const QString last = u" WHERE start_time = (SELECT MAX(start_time) FROM sessions)"_s;
    const qint64 grid = inst.scalar(u"SELECT energy_grid_wh FROM sessions"_s + first).toLongLong();
    const double mileage = inst.scalar(u"SELECT mileage_km FROM sessions"_s + last).toDouble();
    QVERIFY(grid > 0);
    QVERIFY(mileage > 0);
    QVERIFY(inst.scalar(u"UPDATE sessions SET energy_grid_wh = energy_grid_wh + 0.25"_s + first + u" RETURNING 1"_s)
                .isValid());
    QVERIFY(inst.scalar(u"UPDATE sessions SET mileage_km = mileage_km || ' km'"_s + last + u" RETURNING 1"_s).isValid());
    QCOMPARE(inst.scalar(u"SELECT energy_grid_wh = %1 FROM sessions"_s.arg(grid) + first).toInt(), 0);
    QCOMPARE(inst.scalar(u"SELECT typeof(mileage_km) FROM sessions"_s + last).toString(), u"text"_s);

    // The same sessions in other bytes: everything else is the same.
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(fixture(currentFile)));
    const QString same = m_dir->filePath(u"BMW-CarData-Ladehistorie_%1_16-08-2024.json"_s.arg(vin));
    {
        QFile out(same);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(doc.toJson(QJsonDocument::Indented));
    }
    const ImportRun again = importer.importPaths({same}, {});
    QCOMPARE(again.files.first().status, FileImportResult::Status::Imported);
    const VehicleImport &v = again.files.first().vehicles.first();
    QCOMPARE(v.sessionsNew, 0);
    QCOMPARE(v.sessionsDuplicate, 4);
    QVERIFY(v.dataChanged);
    QCOMPARE(inst.scalar(u"SELECT energy_grid_wh = %1 FROM sessions"_s.arg(grid) + first).toInt(), 1);
    QCOMPARE(inst.scalar(u"SELECT typeof(mileage_km) FROM sessions"_s + last).toString(), u"real"_s);
    QCOMPARE(inst.scalar(u"SELECT mileage_km FROM sessions"_s + last).toDouble(), mileage);
}

void TestImporter::failureMidFileLeavesNothing()
{
    Installation inst(dataDir());
    QCOMPARE(inst.import({fixture(u"public-samples/home-2021.json"_s)}).first().status, FileImportResult::Status::Imported);

    // A real failure inside SQLite on the third stored session of the file.
    QVERIFY(inst.failInserts(u"sessions"_s, u"NEW.start_time = 1717748400"_s, u"disk on fire"_s));
    const QList<FileImportResult> failed = inst.import({fixture(currentFile)});
    QCOMPARE(failed.first().status, FileImportResult::Status::Error);
    QVERIFY2(failed.first().error.startsWith(u"BMW-CarData-Ladehistorie_[VIN]_15-08-2024.json could not be stored, nothing of it was kept"_s),
             qPrintable(failed.first().error));
    QVERIFY(failed.first().error.contains(u"disk on fire"_s));

    // Nothing of the file: no session, no vehicle, no upload record; the
    // earlier import is intact.
    QCOMPARE(inst.count(u"sessions"_s), 1);
    QCOMPARE(inst.count(u"vehicles"_s), 1);
    QCOMPARE(inst.count(u"uploads"_s), 1);

    // Once the cause is gone, the same file imports in full (it was not
    // remembered as a duplicate).
    QVERIFY(inst.stopFailing(u"sessions"_s));
    const QList<FileImportResult> retry = inst.import({fixture(currentFile)});
    QCOMPARE(retry.first().status, FileImportResult::Status::Imported);
    QCOMPARE(retry.first().vehicles.first().sessionsNew, 4);
    QCOMPARE(inst.count(u"sessions"_s), 5);
}

void TestImporter::brokenFileLeavesStoreUntouched()
{
    Installation inst(dataDir());
    inst.import({fixture(currentFile)});
    const QByteArray before = inst.scalar(u"SELECT group_concat(start_time || ':' || soc_end) FROM sessions"_s).toByteArray();
    const QString broken = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_01-01-2025.json"_s);
    QByteArray truncated = readFile(fixture(currentFile));
    truncated.chop(200);
    QVERIFY(TestSupport::writeFile(broken, truncated));
    const QList<FileImportResult> results = inst.import({broken});
    QCOMPARE(results.first().status, FileImportResult::Status::Error);
    QVERIFY2(results.first().error.startsWith(u"BMW-CarData-Ladehistorie_[VIN]_01-01-2025.json is not valid JSON"_s),
             qPrintable(results.first().error));
    QCOMPARE(inst.scalar(u"SELECT group_concat(start_time || ':' || soc_end) FROM sessions"_s).toByteArray(), before);
    QCOMPARE(inst.count(u"uploads"_s), 1);
}

void TestImporter::noPersonalDataInDatabaseBytes()
{
    // Every input variant with personal data: JSON with addresses and
    // coordinates, the KeyList (which even carries a position), an archive.
    const QString zip = m_dir->filePath(u"archive.zip"_s);
    const auto zipped = Demo::writeZip(zip, {{u"CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s, readFile(fixture(apiFile))},
                                             {u"BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s,
                                              readFile(fixture(u"keylist/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s))}});
    QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
    Installation inst(dataDir());
    const auto results = inst.import({fixture(u"current"_s), fixture(olderFile), zip, fixture(u"public-samples"_s)});
    QCOMPARE(results.size(), 5);
    for (const auto &r : results)
        QVERIFY2(r.status == FileImportResult::Status::Imported, qPrintable(r.error));
    QVERIFY(inst.count(u"sessions"_s) >= 9);

    // Scan with the connection still open (WAL populated) and after close.
    for (int pass = 0; pass < 2; ++pass) {
        if (pass == 1)
            inst.store.reset();
        const QByteArray bytes = TestSupport::databaseBytes(dataDir());
        // (The file's pages, or the server's rows as text.)
        QVERIFY2(bytes.size() > (TestDatabase::serverRun() ? 1024 : 4096), qPrintable(QString::number(bytes.size())));
        const QList<QByteArray> forbidden = {
            "WBY71AW010FP87013", "wby71aw010fp87013", "WMW31DH0402R45678", // VINs
            "Lindenweg", "Musterstadt", "80939", "Kaiserallee", "Hafenberg", "20095", "Springfield",
            "My street", "My City", "Public street", "Public city", "12345", // addresses, municipalities
            "48.177663", "11.556127", "53.550341", "9.992091", // coordinates as text
            "Ladehistorie", "ChargingHistory", "Europe/Berlin", // file names, time zone
        };
        for (const QByteArray &needle : forbidden)
            QVERIFY2(!bytes.contains(needle), qPrintable(u"database bytes contain %1"_s.arg(QString::fromLatin1(needle.toHex()))));
        for (double coordinate : {48.177663, 11.556127, 53.550341, 9.992091})
            QVERIFY2(!holdsNumber(bytes, coordinate), qPrintable(QString::number(coordinate)));
        // Nor a plain hash of a file (only keyed fingerprints are kept).
        const QByteArray plainHash = QCryptographicHash::hash(readFile(fixture(olderFile)), QCryptographicHash::Sha256).toHex();
        QVERIFY(!bytes.contains(plainHash));
        // What is kept is there: the provider name is allowed and stored.
        QVERIFY(bytes.contains("IONITY"));
    }
}

void TestImporter::vinTypedIntoFreeTextIsMasked()
{
    // Free text reaches the database: a provider name from the file, a
    // model from a KeyList, from --model and from set-model, a drive train
    // from a KeyList. A VIN in any of them is masked before it is stored.
    const QByteArray json = QByteArrayLiteral(R"([{"startTime": 1735732800, "endTime": 1735740000,
        "displayedStartSoc": 20, "displayedSoc": 80, "energyConsumedFromPowerGridKwh": 45.0, "mileage": 12000,
        "publicChargingPoint": {"potentialChargingPointMatches": [{"providerName": "Charger of WBA00000000FREE01"}]}}])");
    const QString file = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBA71AW0X0FP40001_01-01-2025.json"_s);
    QVERIFY(TestSupport::writeFile(file, json));
    ImportOptions options;
    options.modelFallback = u"i4 eDrive40 (ex WBA00000000FREE02)"_s;
    Installation inst(dataDir());
    const auto results = inst.import({file}, options);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, FileImportResult::Status::Imported);
    const QString key = results.first().vehicles.first().vehicleKey;
    QCOMPARE(inst.vehicle(key).model, u"i4 eDrive40 (ex [VIN])"_s);
    QCOMPARE(inst.scalar(u"SELECT provider FROM sessions"_s).toString(), u"Charger of [VIN]"_s);
    QVERIFY(inst.store->setModel(key, u"my car WBA00000000FREE03"_s));
    QCOMPARE(inst.vehicle(key).model, u"my car [VIN]"_s);
    const QString keyList = m_dir->filePath(u"BMW-CarData-KeyList_WBA71AW0X0FP40001_01-01-2025.xml"_s);
    QVERIFY(TestSupport::writeFile(keyList, QByteArrayLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<customerArchiveContent vin="WBA71AW0X0FP40001"><basicVehicleData>
<telematicValue><name>Antriebsart</name><value>BEV WBA00000000FREE04</value></telematicValue>
</basicVehicleData></customerArchiveContent>)")));
    const auto keyListResults = inst.import({keyList}, {});
    QCOMPARE(keyListResults.size(), 1);
    QCOMPARE(keyListResults.first().status, FileImportResult::Status::Imported);
    QCOMPARE(inst.vehicle(key).driveTrain, u"BEV [VIN]"_s);
    inst.store.reset();
    const QByteArray bytes = TestSupport::databaseBytes(dataDir());
    for (const QByteArray &vin : {QByteArray("WBA00000000FREE01"), QByteArray("WBA00000000FREE02"),
                                  QByteArray("WBA00000000FREE03"), QByteArray("WBA00000000FREE04"),
                                  QByteArray("WBA71AW0X0FP40001")})
        QVERIFY2(!bytes.contains(vin), vin.constData());
}

void TestImporter::historyWithoutSessionsMakesNoVehicle_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty list") << QByteArray("[]") << u"holds no charging session; nothing was stored"_s;
    QTest::newRow("API page without data") << QByteArray(R"({"data": [], "next_token": null})")
                                           << u"holds no charging session"_s;
    QTest::newRow("numbers") << QByteArray("[1,2,3]")
                             << u"all 3 of its records were rejected (the first, at index 0: record is not a JSON object)"_s;
    QTest::newRow("nested empty lists") << QByteArray("[[],[[]]]") << u"all 2 of its records were rejected"_s;
}

void TestImporter::historyWithoutSessionsMakesNoVehicle()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBA71AW0X0FP40002_01-01-2025.json"_s);
    QVERIFY(TestSupport::writeFile(file, json));
    Installation inst(dataDir());
    const auto results = inst.import({file});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, FileImportResult::Status::Error);
    QVERIFY2(results.first().error.contains(expected), qPrintable(results.first().error));
    QVERIFY(results.first().error.startsWith(u"BMW-CarData-Ladehistorie_[VIN]_01-01-2025.json"_s));
    QCOMPARE(inst.count(u"vehicles"_s), 0);
    QCOMPARE(inst.count(u"uploads"_s), 0);
}

void TestImporter::emptyVehicleInAnArchiveIsLeftOutAndSaid()
{
    // Two cars in one archive, one of them without a session: the other
    // imports, and its line says what was left out.
    const QString zip = m_dir->filePath(u"two.zip"_s);
    const auto zipped = Demo::writeZip(
        zip, {{u"CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s, readFile(fixture(apiFile))},
              {u"CarData-ChargingHistory_WBA71AW0X0FP40003_02-01-2025.json"_s, QByteArray("[]")}});
    QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
    Installation inst(dataDir());
    const auto results = inst.import({zip});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().status, FileImportResult::Status::Imported);
    QCOMPARE(results.first().vehicles.size(), 1);
    QVERIFY(results.first().vehicles.first().sessionsNew > 0);
    QVERIFY2(results.first().vehicles.first().note.contains(u"another vehicle in this file holds no charging session"_s),
             qPrintable(results.first().vehicles.first().note));
    QCOMPARE(inst.count(u"vehicles"_s), 1);
}

void TestImporter::oddPathsAreReportedNotSkipped()
{
    // What a file manager or a script may hand over that holds no export:
    // each gets a line that says what it is, never silence.
    const QString emptyFolder = m_dir->filePath(u"nothing here"_s);
    const QString folderNamedJson = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBA71AW0X0FP40004_01-01-2025.json"_s);
    const QString fifo = m_dir->filePath(u"pipe.json"_s);
    const QString loopA = m_dir->filePath(u"loop-a.json"_s);
    const QString loopB = m_dir->filePath(u"loop-b.json"_s);
    QVERIFY(QDir().mkpath(emptyFolder));
    QVERIFY(QDir().mkpath(folderNamedJson));
    QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    QVERIFY(QFile::link(loopB, loopA));
    QVERIFY(QFile::link(loopA, loopB));
    Installation inst(dataDir());
    const auto results = inst.import({emptyFolder, folderNamedJson, fifo, loopA});
    QCOMPARE(results.size(), 4);
    for (const FileImportResult &r : results)
        QCOMPARE(r.status, FileImportResult::Status::Error);
    QVERIFY2(results[0].error.contains(u"is a folder without any CarData export"_s), qPrintable(results[0].error));
    QVERIFY2(results[1].error.contains(u"is a folder without any CarData export"_s), qPrintable(results[1].error));
    QVERIFY2(results[2].error.contains(u"is not a regular file"_s), qPrintable(results[2].error));
    QVERIFY2(results[3].error.contains(u"is a link that leads nowhere"_s), qPrintable(results[3].error));
    QCOMPARE(inst.count(u"vehicles"_s), 0);
}

void TestImporter::secretFileAndStableKeys()
{
    QString firstKey;
    {
        Installation inst(dataDir());
        firstKey = inst.import({fixture(currentFile)}).first().vehicles.first().vehicleKey;
    }
    const QFileInfo secret(QDir(dataDir()).filePath(QString::fromLatin1(Anonymizer::secretFileName)));
    QVERIFY(secret.exists());
    QCOMPARE(secret.size(), 32);
    QCOMPARE(secret.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The secret is not inside the database.
    QVERIFY(!TestSupport::databaseBytes(dataDir()).contains(readFile(secret.filePath())));
    {
        // Same installation, another file of the same VIN: same key.
        Installation inst(dataDir());
        QCOMPARE(inst.import({fixture(olderFile)}).first().vehicles.first().vehicleKey, firstKey);
    }
    {
        // Another installation: another secret, another key.
        const TestDatabase otherDatabase(m_dir->filePath(u"other"_s));
        Installation other(m_dir->filePath(u"other"_s));
        QVERIFY(other.import({fixture(currentFile)}).first().vehicles.first().vehicleKey != firstKey);
    }
}

void TestImporter::fileWithoutVin()
{
    Installation inst(dataDir());
    // Renamed files: each is its own vehicle, never guessed onto another.
    const auto home = inst.import({fixture(u"public-samples/home-2021.json"_s)});
    const auto pub = inst.import({fixture(u"public-samples/public-2021.json"_s)});
    QVERIFY(home.first().vehicles.first().vehicleKey != pub.first().vehicles.first().vehicleKey);
    QCOMPARE(inst.count(u"vehicles"_s), 2);

    // Told which vehicle it is, it goes there.
    const QString target = inst.import({fixture(currentFile)}).first().vehicles.first().vehicleKey;
    const QString renamed = m_dir->filePath(u"my-charging.json"_s);
    QVERIFY(TestSupport::writeFile(renamed, "[{\"startTime\":1700000000,\"endTime\":1700003600,\"displayedStartSoc\":10,\"displayedSoc\":60}]"));
    ImportOptions options;
    options.vehicleKey = target;
    const auto assigned = inst.import({renamed}, options);
    QCOMPARE(assigned.first().vehicles.first().vehicleKey, target);
    QCOMPARE(inst.count(u"vehicles"_s), 3);

    // A VIN in the name wins over the option.
    QCOMPARE(inst.import({fixture(apiFile)}, options).first().vehicles.first().vehicleKey,
             inst.anonymizer->vehicleKey(u"WMW31DH0402R45678"_s));
}

void TestImporter::modelPrecedence()
{
    Installation inst(dataDir());
    ImportOptions options;
    options.modelFallback = u"i4 M50"_s;
    // The KeyList wins over the user's fallback within an import.
    auto r = inst.import({fixture(u"current"_s)}, options);
    QCOMPARE(r.first().vehicles.first().model, u"i4 eDrive40"_s);
    const QString key = r.first().vehicles.first().vehicleKey;
    QCOMPARE(inst.vehicle(key).modelSource, u"keylist"_s);

    // A fallback never overrides a known model.
    r = inst.import({fixture(olderFile)}, options);
    QCOMPARE(r.first().vehicles.first().model, u"i4 eDrive40"_s);

    // The user's explicit choice sticks, even against a later KeyList.
    QVERIFY(inst.store->setModel(key, u"i4 eDrive35"_s).has_value());
    const QString zip = m_dir->filePath(u"again.zip"_s);
    const auto zipped = Demo::writeZip(zip, {{u"BMW-CarData-KeyList_WBY71AW010FP87013_16-08-2024.xml"_s,
                                              readFile(fixture(u"current/BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml"_s))}});
    QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
    r = inst.import({zip});
    QCOMPARE(r.first().vehicles.first().model, u"i4 eDrive35"_s);
    QCOMPARE(inst.vehicle(key).modelSource, u"user"_s);

    // A vehicle with nothing known gets the fallback, marked as the user's.
    r = inst.import({fixture(apiFile)}, ImportOptions{u"MINI Cooper SE"_s, {}});
    QCOMPARE(r.first().vehicles.first().model, u"MINI Cooper SE"_s);
    QVERIFY(!r.first().modelUnknown());
    r = inst.import({fixture(u"public-samples/home-2021.json"_s)});
    QVERIFY(r.first().modelUnknown());
}

void TestImporter::forgetLeavesNoTrace()
{
    // Enough sessions to fill many pages, so that deleting them frees whole
    // pages (where bytes would linger without secure_delete).
    // A fractional mileage: kept as an 8-byte REAL, so its bytes can be
    // looked for (energies are whole Wh since schema 8).
    const double marker = 47123.456789;
    QByteArray big = "[";
    for (int i = 0; i < 3000; ++i) {
        big += (i ? "," : "") + QByteArray("{\"startTime\":") + QByteArray::number(1600000000 + i * 7200)
               + ",\"endTime\":" + QByteArray::number(1600003600 + i * 7200)
               + ",\"displayedStartSoc\":20,\"displayedSoc\":80,\"energyIncreaseHvbKwh\":47.1,\"mileage\":"
               + QByteArray::number(marker, 'g', 12)
               + ",\"providerName\":\"x\",\"publicChargingPoint\":{\"potentialChargingPointMatches\":[{\"providerName\":\"Forgettable Energy\"}]}}";
    }
    big += "]";
    const QString bigFile = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_01-01-2021.json"_s);
    QVERIFY(TestSupport::writeFile(bigFile, big));

    Installation inst(dataDir());
    const auto results = inst.import({fixture(u"current"_s), bigFile, fixture(apiFile)});
    const QString forgotten = results[0].vehicles.first().vehicleKey;
    QCOMPARE(results[1].vehicles.first().vehicleKey, forgotten);
    const QString kept = results[2].vehicles.first().vehicleKey;
    QCOMPARE(inst.vehicle(forgotten).sessions, 3004);
    QVERIFY(TestSupport::databaseBytes(dataDir()).contains(forgotten.toLatin1()));
    QVERIFY(holdsNumber(TestSupport::databaseBytes(dataDir()), marker));
    QVERIFY(TestSupport::databaseBytes(dataDir()).contains("Forgettable Energy"));

    QVERIFY(inst.store->forgetVehicle(forgotten).has_value());
    QVERIFY(!*inst.store->vehicle(forgotten));
    QCOMPARE(inst.vehicle(kept).sessions, 3);
    QCOMPARE(inst.count(u"battery_readings"_s), 0);
    QCOMPARE(inst.count(u"uploads"_s), 1);

    // Neither its key nor its values remain anywhere in the files.
    const QByteArray bytes = TestSupport::databaseBytes(dataDir());
    QVERIFY(!bytes.contains(forgotten.toLatin1()));
    QVERIFY(!bytes.contains("Forgettable Energy"));
    for (double value : {marker, 63.3, 56.2, 28.4, 78.4, 83.9, 19345.0, 18.99})
        QVERIFY2(!holdsNumber(bytes, value), qPrintable(QString::number(value)));
    QVERIFY(bytes.contains(kept.toLatin1()));

    // Forgotten means forgotten: the same file imports afresh.
    const auto again = inst.import({fixture(u"current"_s)});
    QCOMPARE(again.first().status, FileImportResult::Status::Imported);
    QCOMPARE(again.first().vehicles.first().sessionsNew, 4);
    QVERIFY(!inst.store->forgetVehicle(u"0000000000000000"_s).has_value());
}

void TestImporter::cancelBetweenFiles()
{
    Installation inst(dataDir());
    Importer importer(*inst.store, *inst.anonymizer);
    std::atomic_bool cancel = false;
    QList<ImportProgress> progress;
    const auto run = importer.importPaths(
        {fixture(currentFile), fixture(apiFile), fixture(u"public-samples"_s)}, {},
        [&](const ImportProgress &p) { progress.append(p); }, [&](const FileImportResult &) { cancel = true; }, &cancel);
    QCOMPARE(run.files.size(), 1);
    QVERIFY(run.cancelled);
    QVERIFY(run.estimateError.isEmpty());
    QCOMPARE(run.estimatesUpdated, 1); // the file that finished is estimated
    QCOMPARE(inst.count(u"vehicles"_s), 1);
    QCOMPARE(inst.count(u"sessions"_s), 4);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().filesTotal, 4);
    QCOMPARE(progress.last().filesDone, 1);
    QCOMPARE(progress.last().sessions, 4);
    QCOMPARE(progress.last().bytesDone, QFileInfo(fixture(currentFile)).size());
}

void TestImporter::cancelMidFileLeavesNothing()
{
    Installation inst(dataDir());
    ChargingHistory history;
    for (int i = 0; i < 5000; ++i) {
        ChargingSession s;
        s.startTime = 1700000000 + i * 3600;
        s.endTime = s.startTime + 1800;
        s.socStart = 20;
        s.socEnd = 80;
        history.sessions.append(s);
    }
    std::atomic_bool cancel = true;
    const VehicleWrite write{u"00112233aabbccdd"_s, &history, nullptr, {}};
    const auto written = inst.store->writeFile({"fingerprint", u"json"_s, 1, 0}, {write}, &cancel);
    QVERIFY(!written.has_value());
    QVERIFY(written.error().cancelled);
    QCOMPARE(inst.count(u"sessions"_s), 0);
    QCOMPARE(inst.count(u"vehicles"_s), 0);
    QCOMPARE(inst.count(u"uploads"_s), 0);
    cancel = false;
    QVERIFY(inst.store->writeFile({"fingerprint", u"json"_s, 1, 0}, {write}, &cancel).has_value());
    QCOMPARE(inst.count(u"sessions"_s), 5000);
}

void TestImporter::estimateFailureIsReported()
{
    Installation inst(dataDir());
    QVERIFY(inst.failInserts(u"battery_health"_s, QString(), u"no room for estimates"_s));
    Importer importer(*inst.store, *inst.anonymizer);
    const ImportRun run = importer.importPaths({fixture(u"current"_s)}, {});
    QCOMPARE(run.files.size(), 1);
    QCOMPARE(run.files.first().status, FileImportResult::Status::Imported);
    // The sessions are kept; the run says the estimates are not current.
    QCOMPARE(inst.count(u"sessions"_s), 4);
    QVERIFY(run.failed());
    QVERIFY2(run.estimateError.startsWith(u"The sessions were stored, but the battery health estimates could not be "
                                          "updated: cannot store the battery health estimate: no room for estimates"_s),
             qPrintable(run.estimateError));
    QCOMPARE(inst.count(u"battery_health"_s), 0);
    QCOMPARE(inst.count(u"capacity_points"_s), 0); // the estimate's transaction left nothing half-written
    QCOMPARE(*inst.store->vehiclesWithStaleHealth(), QStringList{run.files.first().vehicles.first().vehicleKey});
}

// A server undoes one of two deadlocked transactions: the file whose
// transaction it picked is written again, whole, and counted once.
void TestImporter::fileChosenToUndoADeadlockIsWrittenAgain()
{
    if (!TestDatabase::serverRun())
        QSKIP("a deadlock between writers is a server's (the file has one writer at a time)");
    Installation inst(dataDir());
    QSqlQuery query(QSqlDatabase::database(inst.store->connectionName()));
    // The server's own error, the first time a session is written only.
    QVERIFY2(query.exec(u"CREATE SEQUENCE deadlocks"_s) &&
                 query.exec(u"CREATE FUNCTION pick_me() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "IF nextval('deadlocks') = 1 THEN RAISE EXCEPTION 'deadlock detected' USING "
                            "ERRCODE = '40P01'; END IF; RETURN NEW; END $$"_s) &&
                 query.exec(u"CREATE TRIGGER pick_me BEFORE INSERT ON sessions FOR EACH ROW EXECUTE FUNCTION pick_me()"_s),
             qPrintable(query.lastError().text()));
    const QList<FileImportResult> results = inst.import({fixture(currentFile)});
    QCOMPARE(results.first().status, FileImportResult::Status::Imported);
    QCOMPARE(results.first().vehicles.first().sessionsNew, 4);
    QCOMPARE(inst.count(u"sessions"_s), 4);
    QCOMPARE(inst.count(u"uploads"_s), 1);
    QVERIFY(inst.scalar(u"SELECT last_value FROM deadlocks"_s).toLongLong() > 1); // it was tried again
}

// The connection to the server goes while it commits a file: the client
// cannot know whether the server kept it, says so (not "nothing was
// kept"), and the same import again settles it.
void TestImporter::connectionLostWhileCommittingIsSaidSo()
{
    if (!TestDatabase::serverRun())
        QSKIP("a commit whose end the client never sees is a server's");
    {
        Installation inst(dataDir());
        // At the commit, the server ends the file's own connection.
        QVERIFY(m_database->exec(u"CREATE FUNCTION cut_me() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                 "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"_s));
        QVERIFY(m_database->exec(u"CREATE CONSTRAINT TRIGGER cut_me AFTER INSERT ON uploads DEFERRABLE INITIALLY "
                                 "DEFERRED FOR EACH ROW EXECUTE FUNCTION cut_me()"_s));
        const QList<FileImportResult> cut = inst.import({fixture(currentFile)});
        QCOMPARE(cut.first().status, FileImportResult::Status::Error);
        QVERIFY2(cut.first().error.contains(u"could not be confirmed stored: the connection to the database server was "
                                            "lost while it committed, so whether it kept this is not known"_s),
                 qPrintable(cut.first().error));
        QVERIFY2(!cut.first().error.contains(u"nothing"_s) || cut.first().error.contains(u"nothing is stored twice"_s),
                 qPrintable(cut.first().error));
    }
    QVERIFY(m_database->exec(u"DROP TRIGGER cut_me ON uploads"_s));
    Installation again(dataDir());
    const QList<FileImportResult> results = again.import({fixture(currentFile)});
    QCOMPARE(results.first().status, FileImportResult::Status::Imported);
    QCOMPARE(again.count(u"sessions"_s), 4);
    QCOMPARE(again.count(u"uploads"_s), 1);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
