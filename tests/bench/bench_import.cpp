// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Import throughput and memory benchmark.
//
//   bench_import [--vehicles N] [--sessions M] [--dir DIR] [--repeat R] [--server URL]
//
// With --dir, inputs are generated once into DIR and reused. With --server
// (a PostgreSQL server where it may create and drop databases, as
// postgresql://user@host/postgres), the import, the newer export and
// health --json run a second time into a new database there, beside the
// local file's figures (docs/server.md).
//
// Writes N charging-history files (one vehicle each, M sessions each, the
// current export structure with locations and blocks), then measures:
//   import    the project's Importer into a fresh store (parse, anonymize,
//             validate, upsert, one transaction per file)
//   baseline  simdjson on-demand walk of the same fields + one prepared
//             SQLite C-API INSERT, one transaction per file
//   re-import the same files again (recognized by their fingerprints)
//   newer     a newer export of every vehicle (the same sessions and one
//             in ten more) into the imported store, against importing it
//             into a fresh one
// and prints wall times, throughput, the ratios, and peak RSS.
#include "core/privacy/anonymizer.h"
#include "core/import/healthupdater.h"
#include "core/import/importer.h"
#include "core/operations/operations.h"
#include "core/report/csv.h"
#include "core/report/healthrows.h"
#include "core/store/databasechoice.h"
#include "core/store/store.h"

#include <QCommandLineParser>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <simdjson.h>
#include <sqlite3.h>
#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString vinFor(int i)
{
    // WBY + 14 characters from the VIN alphabet, deterministic per index.
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    QString vin = u"WBY"_s;
    quint64 x = 0x9E3779B97F4A7C15ull * quint64(i + 1);
    for (int k = 0; k < 14; ++k) {
        vin.append(QLatin1Char(alphabet[x % 33]));
        x = x / 33 + 0x2545F4914F6CDD1Dull * quint64(k + i + 7);
    }
    return vin;
}

// One file per vehicle, named for an export made on exportDate. Each
// vehicle's sessions come from its own random sequence, so a longer export
// of it begins with the sessions of a shorter one.
qint64 writeFleet(const QString &dir, int vehicles, int sessions, const QString &exportDate, QStringList &files)
{
    qint64 bytes = 0;
    for (int v = 0; v < vehicles; ++v) {
        QRandomGenerator rng(quint32(42 + v));
        QByteArray out;
        out.reserve(sessions * 1100);
        out += "[\n";
        qint64 t = 1600000000 + v * 3600;
        double mileage = 1000 + rng.bounded(20000);
        for (int s = 0; s < sessions; ++s) {
            const int soc0 = 5 + int(rng.bounded(50));
            const int soc1 = qMin(100, soc0 + 10 + int(rng.bounded(60)));
            const double battery = (soc1 - soc0) * 0.78 * (0.97 + rng.bounded(0.06));
            const double grid = battery * 1.09;
            const bool dc = rng.bounded(5) == 0;
            const double power = dc ? 50 + rng.bounded(100.0) : 11.0;
            const qint64 duration = qint64(grid / power * 3600);
            mileage += 80 + rng.bounded(300);
            out += QStringLiteral(
                       "  {\"startTime\": %1, \"endTime\": %2, \"displayedStartSoc\": %3, \"displayedSoc\": %4, "
                       "\"timeZone\": \"Europe/Berlin\", \"totalChargingDurationSec\": %5, "
                       "\"energyConsumedFromPowerGridKwh\": %6, \"energyIncreaseHvbKwh\": %7, \"mileage\": %8, "
                       "\"mileageUnits\": \"KM\", \"isPreconditioningActivated\": false, "
                       "\"chargingLocation\": {\"municipality\": \"Musterstadt\", \"formattedAddress\": \"Lindenweg 17, "
                       "80939 Musterstadt\", \"streetAddress\": \"Lindenweg 17\", \"mapMatchedLatitude\": %9, "
                       "\"mapMatchedLongitude\": %10}, \"chargingBlocks\": [{\"startTime\": %1, \"endTime\": %11, "
                       "\"averagePowerGridKw\": %12}], \"publicChargingPoint\": {\"potentialChargingPointMatches\": [%13]}, "
                       "\"chargingCostInformation\": {\"currency\": \"EUR\", \"calculatedChargingCost\": %14, "
                       "\"calculatedSavings\": 0.0}, \"businessErrors\": []}")
                       .arg(t)
                       .arg(t + duration + 600)
                       .arg(soc0)
                       .arg(soc1)
                       .arg(duration)
                       .arg(grid, 0, 'f', 3)
                       .arg(battery, 0, 'f', 3)
                       .arg(qint64(mileage))
                       .arg(48 + rng.bounded(1.0), 0, 'f', 6)
                       .arg(11 + rng.bounded(1.0), 0, 'f', 6)
                       .arg(t + duration)
                       .arg(power, 0, 'f', 1)
                       .arg(dc ? u"{\"providerName\": \"IONITY\", \"streetAddress\": \"A9\", \"postalCode\": \"85101\", \"city\": \"Lenting\"}"_s : QString())
                       .arg(grid * 0.35, 0, 'f', 2)
                       .toUtf8();
            out += s + 1 < sessions ? ",\n" : "\n";
            t += 86400 / 2 + rng.bounded(86400);
        }
        out += "]\n";
        const QString path = QDir(dir).filePath(u"BMW-CarData-Ladehistorie_%1_%2.json"_s.arg(vinFor(v), exportDate));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size())
            qFatal("cannot write %s", qPrintable(path));
        bytes += out.size();
        files.append(path);
    }
    return bytes;
}

// The reference the import is held to: parse the same fields with simdjson
// on-demand and insert with one prepared C-API statement.
qint64 baseline(const QStringList &files, const QString &dbPath)
{
    sqlite3 *db = nullptr;
    sqlite3_open(dbPath.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE s (v INTEGER, st INTEGER, "
                     "et INTEGER, s0 REAL, s1 REAL, g REAL, b REAL, m REAL, d INTEGER, p REAL, c REAL, PRIMARY KEY (v, st)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO s VALUES (?,?,?,?,?,?,?,?,?,?,?)", -1, &stmt, nullptr);
    simdjson::ondemand::parser parser;
    qint64 rows = 0;
    int v = 0;
    for (const QString &path : files) {
        simdjson::padded_string json = simdjson::padded_string::load(path.toStdString());
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        ++v;
        simdjson::ondemand::document doc = parser.iterate(json);
        const auto number = [](simdjson::ondemand::value value) {
            double d = 0;
            return value.get_double().get(d) == simdjson::SUCCESS ? d : 0.0;
        };
        for (auto element : doc.get_array()) {
            double f[10] = {};
            for (auto field : element.get_object()) {
                const std::string_view key = field.unescaped_key();
                if (key == "startTime") f[0] = number(field.value());
                else if (key == "endTime") f[1] = number(field.value());
                else if (key == "displayedStartSoc") f[2] = number(field.value());
                else if (key == "displayedSoc") f[3] = number(field.value());
                else if (key == "energyConsumedFromPowerGridKwh") f[4] = number(field.value());
                else if (key == "energyIncreaseHvbKwh") f[5] = number(field.value());
                else if (key == "mileage") f[6] = number(field.value());
                else if (key == "totalChargingDurationSec") f[7] = number(field.value());
                else if (key == "chargingBlocks") {
                    for (auto block : field.value().get_array())
                        for (auto bf : block.get_object())
                            if (bf.unescaped_key().value() == "averagePowerGridKw") f[8] = number(bf.value());
                }
            }
            sqlite3_reset(stmt);
            sqlite3_bind_int64(stmt, 1, v);
            sqlite3_bind_int64(stmt, 2, qint64(f[0]));
            sqlite3_bind_int64(stmt, 3, qint64(f[1]));
            for (int k = 2; k < 7; ++k)
                sqlite3_bind_double(stmt, k + 2, f[k]);
            sqlite3_bind_int64(stmt, 9, qint64(f[7]));
            sqlite3_bind_double(stmt, 10, f[8]);
            sqlite3_bind_double(stmt, 11, f[9]);
            sqlite3_step(stmt);
            ++rows;
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

// `health --json` as scripts get it: every vehicle streamed, every row
// formatted, written to /dev/null. Returns rows and bytes.
std::pair<qint64, qint64> streamReport(const QString &dataDir, bool json)
{
    auto operations = Operations::open(dataDir, true);
    if (!operations)
        qFatal("%s", qPrintable(operations.error()));
    QFile sink(u"/dev/null"_s);
    if (!sink.open(QIODevice::WriteOnly))
        qFatal("cannot open /dev/null");
    QByteArray buffer;
    qint64 rows = 0, bytes = 0;
    const HealthRows::Sink write = [&](const HealthRows::Row &row) {
        buffer += json ? row.json() : row.csv();
        buffer += '\n';
        ++rows;
        if (buffer.size() >= (1 << 16)) {
            bytes += sink.write(buffer);
            buffer.clear();
        }
    };
    if (!json)
        buffer += Csv::line(HealthRows::columns()).toUtf8() + '\n';
    auto bands = (*operations)->streamHealth({}, FleetBands::Axis::Mileage, [&](const VehicleHealthView &view) {
        HealthRows::writeVehicle(view, {}, write);
    });
    if (!bands)
        qFatal("%s", qPrintable(bands.error()));
    HealthRows::writeBands(*bands, write);
    bytes += sink.write(buffer);
    return {rows, bytes};
}

// Its ceiling: the same points by one C-API query, each row formatted as a
// JSON object with snprintf, to /dev/null (what the sqlite3 shell does).
qint64 queryCeiling(const QString &dataDir)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QDir(dataDir).filePath(u"cardata-health.sqlite"_s).toUtf8().constData(), &db, SQLITE_OPEN_READONLY,
                    nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT v.key, v.model, p.start_time, p.mileage_km, p.capacity_wh / 1000.0, p.sigma_wh / 1000.0, p.delta_soc, "
                       "p.derived, p.outlier, p.charging_kind FROM capacity_points p JOIN vehicles v ON v.id = "
                       "p.vehicle_id ORDER BY p.vehicle_id, p.start_time",
                       -1, &stmt, nullptr);
    FILE *out = std::fopen("/dev/null", "w");
    qint64 rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = [stmt](int c) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
            return t ? t : "";
        };
        std::fprintf(out,
                     "{\"capacity_kwh\":%.17g,\"delta_soc\":%.17g,\"derived\":%d,\"kind\":\"%s\",\"mileage_km\":%.17g,"
                     "\"model\":\"%s\",\"outlier\":%d,\"sigma_kwh\":%.17g,\"time\":%lld,\"vehicle\":\"%s\"}\n",
                     sqlite3_column_double(stmt, 4), sqlite3_column_double(stmt, 6), sqlite3_column_int(stmt, 7),
                     text(9), sqlite3_column_double(stmt, 3), text(1), sqlite3_column_int(stmt, 8),
                     sqlite3_column_double(stmt, 5), static_cast<long long>(sqlite3_column_int64(stmt, 2)), text(0));
        ++rows;
    }
    std::fclose(out);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

// The peak resident set since the last reset (Linux: VmHWM, reset by
// writing 5 to clear_refs), so that one phase's peak can be told apart.
void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

long peakRssSinceResetMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

// The generated inputs of one size, written once into folder (reused when
// a marker says they are complete).
QStringList ensureFleet(const QString &folder, int vehicles, int sessions, const QString &exportDate, qint64 &bytes)
{
    QStringList files;
    bytes = 0;
    if (QDir(folder).exists(u"complete"_s)) {
        for (const QFileInfo &info : QDir(folder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            files.append(info.filePath());
            bytes += info.size();
        }
        return files;
    }
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    bytes = writeFleet(folder, vehicles, sessions, exportDate, files);
    QFile marker(QDir(folder).filePath(u"complete"_s));
    if (!marker.open(QIODevice::WriteOnly))
        qFatal("cannot write to %s", qPrintable(folder));
    return files;
}

struct TimedImport
{
    double seconds = 0;
    qint64 sessionsNew = 0;
    qint64 sessionsDuplicate = 0;
    int duplicateFiles = 0;
    int estimatesUpdated = 0;
};

// The app's import of a folder into the store in data, timed.
TimedImport importInto(const QString &data, const QString &inputs)
{
    auto store = Store::open(data);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    auto anonymizer = Anonymizer::open(data, (*store)->hasVehicles().value_or(true));
    if (!anonymizer)
        qFatal("%s", qPrintable(anonymizer.error()));
    Importer importer(**store, *anonymizer);
    QElapsedTimer timer;
    timer.start();
    const ImportRun run = importer.importPaths({inputs}, {});
    TimedImport timed;
    timed.seconds = timer.nsecsElapsed() / 1e9;
    timed.estimatesUpdated = run.estimatesUpdated;
    for (const auto &result : run.files) {
        if (result.status == FileImportResult::Status::Duplicate) {
            ++timed.duplicateFiles;
            continue;
        }
        if (result.status != FileImportResult::Status::Imported)
            qFatal("%s", qPrintable(result.error));
        timed.sessionsNew += result.vehicles.first().sessionsNew;
        timed.sessionsDuplicate += result.vehicles.first().sessionsDuplicate;
    }
    return timed;
}

// Runs one statement (%1: the database's name) on the server's maintenance
// database.
void onServer(const QString &maintenanceUrl, const QString &database, const QString &sql)
{
    const auto address = ServerAddress::parse(maintenanceUrl);
    if (!address)
        qFatal("--server: %s", qPrintable(address.error()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setUserName(address->user);
        db.setPassword(address->password);
        db.setDatabaseName(address->database);
        if (!db.open())
            qFatal("cannot connect to %s: %s", qPrintable(address->shown()), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(sql.arg(database)))
            qFatal("%s: %s", qPrintable(sql.arg(database)), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
}

// A new database on the server, named in a data folder's settings.
QString serverDataDir(const QString &maintenanceUrl, const QString &database, const QString &folder)
{
    onServer(maintenanceUrl, database, u"CREATE DATABASE %1"_s);
    QUrl url(maintenanceUrl);
    url.setPath(u"/"_s + database);
    if (auto saved = DatabaseChoice::save(folder, url.toString(QUrl::FullyEncoded)); !saved)
        qFatal("%s", qPrintable(saved.error()));
    return folder;
}

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(info.filePath(), QDir(to).filePath(info.fileName())))
            qFatal("cannot copy %s", qPrintable(info.filePath()));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import throughput benchmark."_s);
    parser.addHelpOption();
    QCommandLineOption vehiclesOption(u"vehicles"_s, u"Files (one vehicle each)."_s, u"N"_s, u"200"_s);
    QCommandLineOption sessionsOption(u"sessions"_s, u"Sessions per file."_s, u"M"_s, u"500"_s);
    QCommandLineOption dirOption(u"dir"_s, u"Keep the generated inputs here and reuse them."_s, u"DIR"_s);
    QCommandLineOption repeatOption(u"repeat"_s, u"Repetitions; the best is reported."_s, u"R"_s, u"3"_s);
    QCommandLineOption serverOption(u"server"_s, u"Also into new databases on this PostgreSQL server."_s, u"URL"_s);
    parser.addOptions({vehiclesOption, sessionsOption, dirOption, repeatOption, serverOption});
    parser.process(app);
    const int vehicles = parser.value(vehiclesOption).toInt();
    const int sessions = parser.value(sessionsOption).toInt();
    const int repeat = qMax(1, parser.value(repeatOption).toInt());

    QTemporaryDir tmp(QDir::tempPath() + u"/bench-XXXXXX"_s);
    if (!tmp.isValid())
        qFatal("cannot create a work folder");
    // With --dir the generated inputs are kept there and reused by later
    // runs of the same size (so a profiler sees only the import).
    const QString inputs = parser.isSet(dirOption)
                               ? QDir(parser.value(dirOption)).filePath(u"fleet-%1x%2"_s.arg(vehicles).arg(sessions))
                               : tmp.filePath(u"inputs"_s);
    qint64 bytes = 0;
    const QStringList files = ensureFleet(inputs, vehicles, sessions, u"01-06-2025"_s, bytes);
    // The newer export: the same sessions and one in ten more.
    qint64 newerBytes = 0;
    const QString newer = inputs + u"-newer"_s;
    ensureFleet(newer, vehicles, sessions + qMax(1, sessions / 10), u"01-09-2025"_s, newerBytes);
    const long rssAfterGenerate = peakRssMiB();

    double bestImport = 1e9;
    double bestBaseline = 1e9;
    double bestEstimate = 1e9;
    qint64 imported = 0;
    for (int r = 0; r < repeat; ++r) {
        const QString data = tmp.filePath(u"data-%1"_s.arg(r));
        {
            const TimedImport timed = importInto(data, inputs);
            bestImport = qMin(bestImport, timed.seconds);
            imported = timed.sessionsNew;
            // The estimator's share: the import above ran it for the vehicles
            // it touched; this runs it once more for all of them.
            auto store = Store::open(data);
            if (!store)
                qFatal("%s", qPrintable(store.error()));
            QElapsedTimer timer;
            timer.start();
            if (!HealthUpdater(**store).updateAll())
                qFatal("the estimator failed");
            bestEstimate = qMin(bestEstimate, timer.nsecsElapsed() / 1e9);
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 rows = baseline(files, tmp.filePath(u"baseline-%1.sqlite"_s.arg(r)));
        bestBaseline = qMin(bestBaseline, timer.nsecsElapsed() / 1e9);
        if (rows != imported)
            qFatal("baseline saw %lld rows, import %lld", rows, imported);
    }
    const double mb = bytes / 1e6;
    std::printf("files            %d\n", vehicles);
    std::printf("sessions         %lld\n", imported);
    std::printf("input            %.1f MB (largest file %.1f MB)\n", mb, mb / vehicles);
    std::printf("import           %.3f s  (%.0f sessions/s, %.0f MB/s; includes estimating the touched vehicles)\n", bestImport,
                imported / bestImport, mb / bestImport);
    std::printf("  of which       %.3f s  estimating all %d vehicles (HealthUpdater::updateAll)\n", bestEstimate, vehicles);
    std::printf("baseline         %.3f s  (simdjson on-demand + SQLite C API)\n", bestBaseline);
    std::printf("ratio            %.2f x baseline\n", bestImport / bestBaseline);
    std::printf("peak RSS         %ld MiB (%ld MiB after generating the inputs)\n", peakRssMiB(), rssAfterGenerate);

    // The same files again, and a newer overlapping export, into copies of
    // the imported store; the newer export also into a fresh store.
    double bestAgain = 1e9, bestOverlap = 1e9, bestFresh = 1e9;
    TimedImport overlap;
    for (int r = 0; r < repeat; ++r) {
        const QString copy = tmp.filePath(u"again-%1"_s.arg(r));
        copyFolder(tmp.filePath(u"data-%1"_s.arg(r)), copy);
        const TimedImport again = importInto(copy, inputs);
        if (again.duplicateFiles != vehicles)
            qFatal("re-import: %d of %d files recognized", again.duplicateFiles, vehicles);
        bestAgain = qMin(bestAgain, again.seconds);
        overlap = importInto(copy, newer);
        bestOverlap = qMin(bestOverlap, overlap.seconds);
        bestFresh = qMin(bestFresh, importInto(tmp.filePath(u"fresh-%1"_s.arg(r)), newer).seconds);
    }
    std::printf("re-import        %.3f s  (the same %d files, recognized)\n", bestAgain, vehicles);
    std::printf("newer export     %.3f s  (%lld sessions known, %lld new; %d estimates updated; %.1f MB)\n", bestOverlap,
                overlap.sessionsDuplicate, overlap.sessionsNew, overlap.estimatesUpdated, newerBytes / 1e6);
    std::printf("  fresh          %.3f s  (the newer export into an empty store)\n", bestFresh);
    std::printf("ratio            %.2f x fresh\n", bestOverlap / bestFresh);

    // health --json / --csv on the imported database, against the query
    // that reads the same points.
    const QString data = tmp.filePath(u"data-%1"_s.arg(repeat - 1));
    double bestJson = 1e9, bestCsv = 1e9, bestQuery = 1e9;
    qint64 rows = 0, jsonBytes = 0, points = 0;
    long jsonPeak = 0;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer timer;
        resetPeakRss();
        timer.start();
        const auto [jsonRows, bytesOut] = streamReport(data, true);
        bestJson = qMin(bestJson, timer.nsecsElapsed() / 1e9);
        jsonPeak = peakRssSinceResetMiB();
        rows = jsonRows;
        jsonBytes = bytesOut;
        timer.restart();
        streamReport(data, false);
        bestCsv = qMin(bestCsv, timer.nsecsElapsed() / 1e9);
        timer.restart();
        points = queryCeiling(data);
        bestQuery = qMin(bestQuery, timer.nsecsElapsed() / 1e9);
    }
    std::printf("health --json    %.3f s  (%lld rows, %.1f MB; peak RSS %ld MiB while streaming)\n", bestJson, rows,
                jsonBytes / 1e6, jsonPeak);
    std::printf("health --csv     %.3f s\n", bestCsv);
    std::printf("query ceiling    %.3f s  (%lld points by one C-API query, printf to /dev/null)\n", bestQuery, points);
    std::printf("ratio            %.2f x ceiling (json), %.2f x (csv)\n", bestJson / bestQuery, bestCsv / bestQuery);

    if (!parser.isSet(serverOption))
        return 0;
    // The same on a team's server: a fresh import, the newer export over it,
    // health --json read back; against the local file's figures above.
    const QString server = parser.value(serverOption);
    double bestServer = 1e9, bestServerOverlap = 1e9, bestServerJson = 1e9;
    for (int r = 0; r < repeat; ++r) {
        const QString database = u"bench_import_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(r);
        const QString folder = serverDataDir(server, database, tmp.filePath(u"server-%1"_s.arg(r)));
        QFile::copy(QDir(tmp.filePath(u"data-%1"_s.arg(r))).filePath(u"installation-secret"_s),
                    QDir(folder).filePath(u"installation-secret"_s));
        const TimedImport timed = importInto(folder, inputs);
        if (timed.sessionsNew != imported)
            qFatal("the server stored %lld sessions, the file %lld", timed.sessionsNew, imported);
        bestServer = qMin(bestServer, timed.seconds);
        bestServerOverlap = qMin(bestServerOverlap, importInto(folder, newer).seconds);
        QElapsedTimer timer;
        timer.start();
        streamReport(folder, true);
        bestServerJson = qMin(bestServerJson, timer.nsecsElapsed() / 1e9);
        onServer(server, database, u"DROP DATABASE %1 WITH (FORCE)"_s);
    }
    std::printf("server import    %.3f s  (%.0f sessions/s; %.2f x the file's import)\n", bestServer, imported / bestServer,
                bestServer / bestImport);
    std::printf("server newer     %.3f s  (%.2f x the file's)\n", bestServerOverlap, bestServerOverlap / bestOverlap);
    std::printf("server health    %.3f s  (--json; %.2f x the file's)\n", bestServerJson, bestServerJson / bestJson);
    return 0;
}
