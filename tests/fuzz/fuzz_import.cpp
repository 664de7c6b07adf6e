// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: the import end to end. The input becomes a file, imported the
// way `cardata-health-cli import` does it (Operations: open the data folder,
// check the options, import the path) into a new database. Its first byte
// chooses the file's name, and with it the kind: a charging history with a
// VIN in its name or without one, a KeyList, an archive; the rest is the
// file's content. The seeds in tests/fuzz/corpus/import are fixtures with
// that byte in front.
//
// Beyond not crashing: every failure says what went wrong, a failed file
// leaves nothing in the database, an imported one is counted as stored, a
// second import of the same file is a duplicate that adds nothing, the
// database passes SQLite's integrity and foreign-key checks, and no VIN of
// the input (in its name or its bytes) is in the database files, in a
// message or in a note.
#include "core/operations/operations.h"
#include "core/privacy/vin.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const char *const fileNames[] = {
    "BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json",
    "CarData-ChargingHistory_15-08-2024.json",
    "BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml",
    "BMW-CarData-Archive_15-08-2024.zip",
};

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

bool isVinChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q');
}

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// A character that may be part of a word once the file is parsed: a letter
// or digit, or the start or end of an escape (JSON \u0041, XML &#65;).
bool joins(char c)
{
    return isAlnum(c) || c == '\\' || c == '&' || c == ';';
}

// Everything in the bytes that Vin::redacted would take for a VIN: 17
// characters of the VIN alphabet (either case) with a digit and a letter,
// a word of its own even after escapes are decoded. Upper-cased.
QSet<QByteArray> vinsIn(const QByteArray &bytes)
{
    QSet<QByteArray> vins;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (!isAlnum(bytes[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < bytes.size() && isAlnum(bytes[end]))
            ++end;
        const QByteArray word = bytes.mid(i, end - i).toUpper();
        const bool bounded = (i == 0 || !joins(bytes[i - 1])) && (end == bytes.size() || !joins(bytes[end]));
        if (word.size() == 17 && bounded) {
            bool ok = true;
            bool digit = false;
            bool letter = false;
            for (char c : word) {
                ok &= isVinChar(c);
                digit |= c >= '0' && c <= '9';
                letter |= c >= 'A' && c <= 'Z';
            }
            if (ok && digit && letter)
                vins.insert(word);
        }
        i = end;
    }
    return vins;
}

// A VIN as a word of its own in a message (any case).
bool showsVin(const QString &message, const QSet<QByteArray> &vins)
{
    const QByteArray upper = message.toUtf8().toUpper();
    for (const QByteArray &vin : vins) {
        for (qsizetype at = upper.indexOf(vin); at >= 0; at = upper.indexOf(vin, at + 1)) {
            const bool before = at > 0 && isAlnum(upper[at - 1]);
            const bool after = at + vin.size() < upper.size() && isAlnum(upper[at + vin.size()]);
            if (!before && !after)
                return true;
        }
    }
    return false;
}

// A VIN anywhere in the database's bytes (any case). SQLite writes a row's
// values one after the other, so a VIN need not be a word there.
bool storesVin(const QByteArray &databaseBytes, const QSet<QByteArray> &vins)
{
    const QByteArray upper = databaseBytes.toUpper();
    for (const QByteArray &vin : vins) {
        if (upper.contains(vin))
            return true;
    }
    return false;
}

QByteArray databaseFilesBytes(const QString &dataDir)
{
    QByteArray bytes;
    const QString base = QString::fromLatin1(Store::databaseFileName);
    for (const QString &name : {base, QString(base + u"-wal"_s), QString(base + u"-shm"_s)}) {
        QFile file(QDir(dataDir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll() + '\0';
    }
    return bytes;
}

// The database after the import, read with SQLite itself (not the store).
class Database
{
public:
    explicit Database(const QString &dataDir)
    {
        const QByteArray path = QDir(dataDir).filePath(QString::fromLatin1(Store::databaseFileName)).toLocal8Bit();
        if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            fail("the database cannot be opened after the import", QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    ~Database() { sqlite3_close(m_db); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The first column of every row, as text.
    QStringList rows(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            fail("a check of the database cannot be prepared", QString::fromUtf8(sqlite3_errmsg(m_db)));
        QStringList rows;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            rows.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        if (rc != SQLITE_DONE)
            fail("a check of the database failed", QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(stmt);
        return rows;
    }
    int count(const char *sql) { return rows(sql).value(0).toInt(); }

private:
    sqlite3 *m_db = nullptr;
};

struct Imported
{
    FileImportResult result;
    QByteArray databaseBytes; // while the connection is open: database and WAL
};

Imported importFile(const QString &dataDir, const QString &path)
{
    auto operations = Operations::open(dataDir);
    if (!operations)
        fail("the data folder cannot be opened", operations.error());
    const ImportOptions options;
    if (!(*operations)->checkImportOptions(options))
        fail("the CLI's default options are refused");
    auto run = (*operations)->importPaths({path}, options);
    if (!run)
        fail("the import failed as a whole", run.error());
    if (run->cancelled)
        fail("an import nobody cancelled says it was cancelled");
    if (run->files.size() != 1)
        fail("one file did not give one result");
    if (!run->estimateError.isEmpty())
        fail("the estimates could not be updated", run->estimateError);
    return {run->files.first(), databaseFilesBytes(dataDir)};
}

void checkMessages(const FileImportResult &result, const QSet<QByteArray> &vins)
{
    QString text = result.error;
    for (const VehicleImport &v : result.vehicles) {
        text += u'\n' + v.note + u'\n' + v.model;
        for (const RecordRejection &r : v.rejections) {
            if (r.reason.isEmpty())
                fail("a rejected record without a reason");
            text += u'\n' + r.reason;
        }
    }
    if (showsVin(text, vins))
        fail("a message or note shows a VIN", text);
}

// A file system in memory where there is one: SQLite's syncs to a disk
// would be most of the time of an input.
const QString &tempRoot()
{
    static const QString root = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    return root;
}

// A new, empty database, made once the way the CLI makes it: each input
// starts from a copy (setting up the schema costs more than most imports).
const QString &emptyDatabase()
{
    static QTemporaryDir dir(tempRoot() + u"/cardata-fuzz-empty-XXXXXX"_s);
    static const QString path = [] {
        if (!dir.isValid() || !Operations::open(dir.path()))
            fail("the empty database cannot be made");
        return dir.filePath(QString::fromLatin1(Store::databaseFileName));
    }();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QCoreApplication::setApplicationName(u"fuzz_import"_s);
    emptyDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString fileName = QString::fromLatin1(fileNames[data[0] % std::size(fileNames)]);
    const QByteArray content(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    QTemporaryDir dir(tempRoot() + u"/cardata-fuzz-import-XXXXXX"_s);
    const QString dataDir = dir.filePath(u"data"_s);
    if (!dir.isValid() || !QDir().mkpath(dataDir)
        || !QFile::copy(emptyDatabase(), QDir(dataDir).filePath(QString::fromLatin1(Store::databaseFileName))))
        fail("no temporary data folder");
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        fail("the input cannot be written");
    file.close();

    QSet<QByteArray> vins = vinsIn(content);
    if (const QString vin = Vin::fromFileName(fileName); !vin.isEmpty())
        vins.insert(vin.toLatin1());

    const Imported first = importFile(dataDir, path);
    checkMessages(first.result, vins);
    if (storesVin(first.databaseBytes, vins))
        fail("a VIN of the input is in the database files");

    int sessions = 0;
    QSet<QString> keys;
    {
        Database db(dataDir);
        if (db.rows("PRAGMA integrity_check") != QStringList{u"ok"_s})
            fail("the database fails its integrity check");
        if (!db.rows("PRAGMA foreign_key_check").isEmpty())
            fail("the database fails its foreign-key check");
        sessions = db.count("SELECT count(*) FROM sessions");
        const int vehicles = db.count("SELECT count(*) FROM vehicles");
        const int uploads = db.count("SELECT count(*) FROM uploads");

        switch (first.result.status) {
        case FileImportResult::Status::Error:
            if (first.result.error.isEmpty())
                fail("a failed file without a message");
            if (!first.result.error.startsWith(Vin::redacted(fileName)))
                fail("a failed file's message does not name it", first.result.error);
            if (sessions != 0 || vehicles != 0 || uploads != 0 || db.count("SELECT count(*) FROM battery_readings") != 0)
                fail("a failed file left something in the database");
            return 0;
        case FileImportResult::Status::Imported:
            break;
        default:
            fail("a file in a new database is neither imported nor refused");
        }

        if (!first.result.error.isEmpty())
            fail("an imported file with an error message", first.result.error);
        if (first.result.vehicles.isEmpty())
            fail("an imported file without a vehicle");
        int stored = 0;
        for (const VehicleImport &v : first.result.vehicles) {
            if (v.sessionsNew < 0 || v.sessionsDuplicate < 0 || v.sessionsRejected != v.rejections.size())
                fail("impossible session counts");
            if (v.vehicleKey.size() != 16)
                fail("a vehicle key that is not a key", v.vehicleKey);
            stored += v.sessionsNew;
            keys.insert(v.vehicleKey);
        }
        if (stored != sessions)
            fail("the sessions reported as new are not the sessions stored");
        if (vehicles != keys.size() || uploads != 1)
            fail("the vehicles or uploads stored are not the ones reported");
    }

    // The same file again: recognized, nothing added.
    const Imported again = importFile(dataDir, path);
    if (again.result.status != FileImportResult::Status::Duplicate)
        fail("the same file imported twice is not a duplicate", again.result.error);
    QSet<QString> againKeys;
    for (const VehicleImport &v : again.result.vehicles)
        againKeys.insert(v.vehicleKey);
    if (againKeys != keys)
        fail("a duplicate names other vehicles than the import");
    Database db(dataDir);
    if (db.count("SELECT count(*) FROM sessions") != sessions || db.count("SELECT count(*) FROM uploads") != 1)
        fail("a duplicate changed the database");
    return 0;
}
