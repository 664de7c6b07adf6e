// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "otherprogram.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

using Run = TestSupport::CliRun;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importJsonContract();
    void importHumanOutput();
    void exitCodes_data();
    void exitCodes();
    void vehiclesJson();
    void unwritableOutputFails();
    void setModelAndCapacity();
    void forget();
    void dataDirAfterCommandAndNothingInWorkingDirectory();
    void demoFleetHealthEndToEnd();
    void healthUsageErrors_data();
    void healthUsageErrors();
    void damagedDatabaseFailsWithMessage();
    void databaseFailingUnderARunningImport();
    void twoImportsOfTheSameFilesAtOnce();

private:
    Run cli(const QStringList &args, const QString &workingDir = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString dataDir() const { return m_dir->filePath(u"data"_s); }
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TestDatabase>(dataDir());
}

void TestCli::cleanup()
{
    m_database.reset();
}

Run TestCli::cli(const QStringList &args, const QString &workingDir)
{
    return TestSupport::runCli(args, workingDir.isEmpty() ? m_dir->path() : workingDir);
}

void TestCli::importJsonContract()
{
    const QString broken = m_dir->filePath(u"broken.json"_s);
    QVERIFY(TestSupport::writeFile(broken, "{\"oops\": 1}"));
    const Run run = cli({u"--data-dir"_s, dataDir(), u"import"_s, u"--json"_s,
                         fixture(u"current"_s), fixture(u"public-samples/home-2021.json"_s), broken,
                         fixture(u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s)});
    QCOMPARE(run.exitCode, 1); // one file errored
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 4);

    const QStringList required = {u"file"_s, u"status"_s, u"vehicle"_s, u"model"_s, u"sessions_new"_s,
                                  u"sessions_duplicate"_s, u"sessions_rejected"_s, u"error"_s};
    for (const QJsonObject &o : lines) {
        for (const QString &key : required)
            QVERIFY2(o.contains(key), qPrintable(key));
    }
    const QJsonObject &current = lines[0];
    QCOMPARE(current[u"file"_s].toString(), fixture(u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s));
    QCOMPARE(current[u"status"_s].toString(), u"imported"_s);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s).match(current[u"vehicle"_s].toString()).hasMatch());
    QCOMPARE(current[u"model"_s].toString(), u"i4 eDrive40"_s);
    QCOMPARE(current[u"sessions_new"_s].toInt(), 4);
    QCOMPARE(current[u"sessions_duplicate"_s].toInt(), 0);
    QCOMPARE(current[u"sessions_rejected"_s].toInt(), 1);
    QVERIFY(current[u"error"_s].isNull());
    QCOMPARE(current[u"rejected"_s].toArray().first().toObject()[u"index"_s].toInt(), 0);
    QVERIFY(current[u"rejected"_s].toArray().first().toObject()[u"reason"_s].toString().contains(u"still running"_s));

    const QJsonObject &home = lines[1];
    QCOMPARE(home[u"status"_s].toString(), u"imported"_s);
    QVERIFY(home[u"model"_s].isNull()); // unknown, never a guess

    const QJsonObject &error = lines[2];
    QCOMPARE(error[u"status"_s].toString(), u"error"_s);
    QCOMPARE(error[u"file"_s].toString(), broken);
    QVERIFY(error[u"vehicle"_s].isNull());
    QCOMPARE(error[u"error"_s].toString(),
             u"broken.json is a JSON object without a \"data\" array; expected a list of charging sessions"_s);

    const QJsonObject &duplicate = lines[3];
    QCOMPARE(duplicate[u"status"_s].toString(), u"duplicate"_s);
    QCOMPARE(duplicate[u"vehicle"_s].toString(), current[u"vehicle"_s].toString());
    QVERIFY(duplicate[u"error"_s].isNull());

    // No VIN in anything the tool prints about the data, other than the
    // file path the user passed in.
    for (const QJsonObject &o : lines) {
        QJsonObject copy = o;
        copy.remove(u"file"_s);
        QVERIFY(!QString::fromUtf8(QJsonDocument(copy).toJson()).contains(u"WBY71AW010FP87013"_s));
    }
    QVERIFY(!run.err.contains(u"WBY71AW010FP87013"_s));
}

void TestCli::importHumanOutput()
{
    const Run run = cli({u"--data-dir"_s, dataDir(), u"import"_s, fixture(u"current"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"4 new, 0 duplicate, 1 rejected"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"record at index 0 skipped: session still running"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"(i4 eDrive40)"_s));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no command") << QStringList{} << 2 << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList{u"explode"_s} << 2 << u"unknown command 'explode'"_s;
    QTest::newRow("import without paths") << QStringList{u"import"_s} << 2 << u"at least one file"_s;
    QTest::newRow("unknown option") << QStringList{u"import"_s, u"--frobnicate"_s, u"x"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("forget without key") << QStringList{u"forget"_s} << 2 << u"exactly one vehicle key"_s;
    QTest::newRow("set-capacity not a number") << QStringList{u"set-capacity"_s, u"abc"_s, u"lots"_s} << 2 << u"not a capacity"_s;
    QTest::newRow("import --vehicle unknown") << QStringList{u"import"_s, u"--vehicle"_s, u"ffffffffffffffff"_s, u"x.json"_s} << 2
                                              << u"no vehicle ffffffffffffffff"_s;
    QTest::newRow("missing file") << QStringList{u"import"_s, u"does-not-exist.json"_s} << 1 << QString();
    QTest::newRow("forget unknown") << QStringList{u"forget"_s, u"ffffffffffffffff"_s} << 1 << u"no vehicle ffffffffffffffff"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << QString();
    QTest::newRow("import help") << QStringList{u"import"_s, u"--help"_s} << 0 << QString();
    QTest::newRow("vehicles, empty") << QStringList{u"vehicles"_s} << 0 << QString();
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const Run run = cli(QStringList{u"--data-dir"_s, dataDir()} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
}

void TestCli::vehiclesJson()
{
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"import"_s, fixture(u"current"_s),
                  fixture(u"older"_s), fixture(u"api"_s)}).exitCode, 0);
    const Run run = cli({u"--data-dir"_s, dataDir(), u"vehicles"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 2);
    const QJsonObject &i4 = lines[0];
    QCOMPARE(i4[u"model"_s].toString(), u"i4 eDrive40"_s);
    QCOMPARE(i4[u"sessions"_s].toInt(), 4);
    QCOMPARE(i4[u"first_session"_s].toString(), u"2024-06-01T08:20:00Z"_s);
    QCOMPARE(i4[u"last_session"_s].toString(), u"2024-06-10T08:20:00Z"_s);
    QCOMPARE(i4[u"mileage_km"_s].toDouble(), 19345.0);
    const QJsonObject &mini = lines[1];
    QVERIFY(mini[u"model"_s].isNull());
    QCOMPARE(mini[u"sessions"_s].toInt(), 3);
    QCOMPARE(mini[u"mileage_km"_s].toDouble(), 19440.9); // 12080 mi
    for (const QString &key : {u"vehicle"_s, u"model"_s, u"sessions"_s, u"first_session"_s, u"last_session"_s, u"mileage_km"_s})
        QVERIFY2(mini.contains(key), qPrintable(key));

    const Run table = cli({u"--data-dir"_s, dataDir(), u"vehicles"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"2024-06-01 – 2024-06-10"_s), qPrintable(table.out));
}

void TestCli::setModelAndCapacity()
{
    const Run imported = cli({u"--data-dir"_s, dataDir(), u"import"_s, u"--json"_s, fixture(u"api"_s)});
    const QString key = imported.jsonLines().first()[u"vehicle"_s].toString();
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"set-model"_s, key, u"MINI Cooper SE"_s}).exitCode, 0);
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"set-capacity"_s, key, u"28.5"_s}).exitCode, 0);
    QJsonObject v = cli({u"--data-dir"_s, dataDir(), u"vehicles"_s, u"--json"_s}).jsonLines().first();
    QCOMPARE(v[u"model"_s].toString(), u"MINI Cooper SE"_s);
    QCOMPARE(v[u"model_source"_s].toString(), u"user"_s);
    QCOMPARE(v[u"capacity_new_override_kwh"_s].toDouble(), 28.5);
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"set-capacity"_s, key, u"auto"_s}).exitCode, 0);
    v = cli({u"--data-dir"_s, dataDir(), u"vehicles"_s, u"--json"_s}).jsonLines().first();
    QVERIFY(v[u"capacity_new_override_kwh"_s].isNull());
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"set-capacity"_s, key, u"0"_s}).exitCode, 1);
}

void TestCli::forget()
{
    const Run imported = cli({u"--data-dir"_s, dataDir(), u"import"_s, u"--json"_s, fixture(u"current"_s), fixture(u"api"_s)});
    const QString key = imported.jsonLines().first()[u"vehicle"_s].toString();
    const Run run = cli({u"--data-dir"_s, dataDir(), u"forget"_s, key});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> left = cli({u"--data-dir"_s, dataDir(), u"vehicles"_s, u"--json"_s}).jsonLines();
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first()[u"vehicle"_s].toString() != key);
    QVERIFY(!TestSupport::databaseBytes(dataDir()).contains(key.toLatin1()));
}

void TestCli::dataDirAfterCommandAndNothingInWorkingDirectory()
{
    const QString work = m_dir->filePath(u"cwd"_s);
    QVERIFY(QDir().mkpath(work));
    const Run run = cli({u"import"_s, u"--data-dir"_s, dataDir(), fixture(u"api"_s)}, work);
    QCOMPARE(run.exitCode, 0);
    // The database file in the data folder, unless the folder names a server.
    QCOMPARE(QFileInfo::exists(QDir(dataDir()).filePath(u"cardata-health.sqlite"_s)), !TestDatabase::serverRun());
    QCOMPARE(QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(QFileInfo(dataDir()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestCli::demoFleetHealthEndToEnd()
{
    const QString fleet = m_dir->filePath(u"fleet"_s);
    const Run demo = cli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"8"_s, u"--seed"_s, u"5"_s});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.startsWith(u"Wrote 8 vehicles with "_s), qPrintable(demo.out));
    QVERIFY(QFileInfo::exists(fleet + u"/truth.json"_s));

    const Run imported = cli({u"--data-dir"_s, dataDir(), u"import"_s, u"--json"_s, fleet + u"/exports"_s});
    QCOMPARE(imported.exitCode, 0);

    // Every vehicle has an estimate with its interval and SoH against the table.
    const QList<QJsonObject> vehicles = cli({u"--data-dir"_s, dataDir(), u"vehicles"_s, u"--json"_s}).jsonLines();
    QCOMPARE(vehicles.size(), 8);
    for (const QJsonObject &v : vehicles) {
        for (const QString &key : {u"capacity_kwh"_s, u"capacity_low_kwh"_s, u"capacity_high_kwh"_s, u"capacity_new_kwh"_s,
                                   u"capacity_new_source"_s, u"soh_percent"_s, u"estimates"_s, u"derived_estimates"_s})
            QVERIFY2(v.contains(key), qPrintable(key));
        const double capacity = v[u"capacity_kwh"_s].toDouble();
        QVERIFY2(capacity > 0, QJsonDocument(v).toJson().constData());
        QVERIFY(v[u"capacity_low_kwh"_s].toDouble() < capacity && capacity < v[u"capacity_high_kwh"_s].toDouble());
        QCOMPARE(v[u"capacity_new_source"_s].toString(), u"table"_s);
        QVERIFY(std::abs(v[u"soh_percent"_s].toDouble() - capacity / v[u"capacity_new_kwh"_s].toDouble() * 100) < 0.06);
        QVERIFY(v[u"estimates"_s].toInt() >= 5);
        QVERIFY(v[u"derived_estimates"_s].toInt() <= v[u"estimates"_s].toInt());
    }

    // health --json: points, trends and bands, for one vehicle over its model.
    const QString key = vehicles.first()[u"vehicle"_s].toString();
    const Run health = cli({u"--data-dir"_s, dataDir(), u"health"_s, u"--vehicle"_s, key, u"--json"_s});
    QCOMPARE(health.exitCode, 0);
    QHash<QString, int> types;
    for (const QJsonObject &o : health.jsonLines()) {
        ++types[o[u"type"_s].toString()];
        if (o[u"type"_s] == u"point"_s || o[u"type"_s] == u"trend"_s)
            QCOMPARE(o[u"vehicle"_s].toString(), key);
        if (o[u"type"_s] == u"band"_s)
            QVERIFY(o[u"p10"_s].toDouble() <= o[u"capacity_kwh"_s].toDouble() && o[u"capacity_kwh"_s].toDouble() <= o[u"p90"_s].toDouble());
    }
    QVERIFY(types.value(u"point"_s) >= 5);
    QCOMPARE(types.value(u"trend"_s), 61); // TrendSamples::defaultSegments + 1
    QVERIFY(types.value(u"band"_s) >= 1);

    // CSV: a header and one row per record; by date the trend has times.
    const Run csv = cli({u"--data-dir"_s, dataDir(), u"health"_s, u"--csv"_s, u"--by"_s, u"date"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = csv.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(rows.first().startsWith(u"type,vehicle,model,time,mileage_km,bin_start"_s));
    QVERIFY(rows.size() > 40);
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QString &r) { return r.startsWith(u"trend,"_s) && r.contains(u"Z,"_s); }));

    // The readable table of bands.
    const Run table = cli({u"--data-dir"_s, dataDir(), u"health"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"— by mileage (km)"_s), qPrintable(table.out));

    // Setting the capacity when new recomputes the SoH at once.
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"set-capacity"_s, key, u"100"_s}).exitCode, 0);
    for (const QJsonObject &v : cli({u"--data-dir"_s, dataDir(), u"vehicles"_s, u"--json"_s}).jsonLines()) {
        if (v[u"vehicle"_s].toString() != key)
            continue;
        QCOMPARE(v[u"capacity_new_source"_s].toString(), u"override"_s);
        QVERIFY(std::abs(v[u"soh_percent"_s].toDouble() - v[u"capacity_kwh"_s].toDouble()) < 0.06);
    }
}

void TestCli::healthUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad axis") << QStringList{u"health"_s, u"--by"_s, u"colour"_s} << 2;
    QTest::newRow("csv and json") << QStringList{u"health"_s, u"--csv"_s, u"--json"_s} << 2;
    QTest::newRow("unknown vehicle") << QStringList{u"health"_s, u"--vehicle"_s, u"ffffffffffffffff"_s} << 1;
    QTest::newRow("demo without out") << QStringList{u"demo"_s} << 2;
    QTest::newRow("demo bad scenario") << QStringList{u"demo"_s, u"--out"_s, u"x"_s, u"--scenario"_s, u"sunny"_s} << 2;
    QTest::newRow("demo bad count") << QStringList{u"demo"_s, u"--out"_s, u"x"_s, u"--vehicles"_s, u"0"_s} << 2;
}

void TestCli::healthUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QCOMPARE(cli(QStringList{u"--data-dir"_s, dataDir()} + args).exitCode, exitCode);
}

void TestCli::damagedDatabaseFailsWithMessage()
{
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"import"_s, fixture(u"current"_s)}).exitCode, 0);
    {
        OtherProgram other(dataDir());
        QVERIFY(other.exec(u"ALTER TABLE vehicles RENAME TO vehicles_gone"_s));
    }
    // Every command says what is wrong and fails, rather than reporting an
    // empty database.
    for (const QStringList &command : {QStringList{u"vehicles"_s}, QStringList{u"vehicles"_s, u"--json"_s},
                                       QStringList{u"health"_s, u"--csv"_s}, QStringList{u"import"_s, fixture(u"api"_s)},
                                       QStringList{u"forget"_s, u"0123456789abcdef"_s}}) {
        const Run run = cli(QStringList{u"--data-dir"_s, dataDir()} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(OtherProgram::missingTable(dataDir(), u"vehicles"_s)),
                 qPrintable(command.join(u' ') + u": "_s + run.err));
        QVERIFY2(!run.out.contains(u"No vehicles yet"_s), qPrintable(run.out));
    }
}

void TestCli::unwritableOutputFails()
{
    // A full disk under the output: every command says so and exits 1,
    // the streamed health rows as much as a short vehicle list.
    QCOMPARE(cli({u"--data-dir"_s, dataDir(), u"import"_s, fixture(u"current"_s)}).exitCode, 0);
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    for (const QStringList &command : {QStringList{u"vehicles"_s}, QStringList{u"vehicles"_s, u"--json"_s},
                                       QStringList{u"health"_s, u"--json"_s}, QStringList{u"health"_s, u"--csv"_s},
                                       QStringList{u"health"_s}}) {
        QProcess process;
        process.setStandardOutputFile(u"/dev/full"_s);
        process.start(TestSupport::cliPath(), QStringList{u"--data-dir"_s, dataDir()} + command);
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1,
                 qPrintable(command.join(u' ') + u": "_s + err));
        QVERIFY2(err.contains(u"Cannot write the output: No space left on device"_s), qPrintable(err));
        QCOMPARE(err.count(u"Cannot write the output"_s), 1);
    }
}

void TestCli::databaseFailingUnderARunningImport()
{
    // A fleet of many files, imported one by one; another program breaks
    // the database after the first file is stored. A large second file
    // keeps the import busy meanwhile (it is read while the first is
    // written), so that files remain to be stored after the damage however
    // fast the import is.
    const QString fleet = m_dir->filePath(u"fleet"_s);
    QCOMPARE(cli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"40"_s, u"--seed"_s, u"3"_s}).exitCode, 0);
    const QString exports = QDir(fleet).filePath(u"exports"_s);
    const QStringList demoFiles = QDir(exports).entryList(QDir::Files, QDir::Name);
    QVERIFY(!demoFiles.isEmpty());
    const QByteArray big = TestSupport::longChargingHistory(60000);
    const QString bigFile = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_01-01-2021.json"_s);
    QVERIFY(TestSupport::writeFile(bigFile, big));
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(TestSupport::cliPath(), {u"--data-dir"_s, dataDir(), u"import"_s, u"--json"_s,
                                           QDir(exports).filePath(demoFiles.first()), bigFile, exports});
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(60000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.contains('\n'), "the first file was reported");
    {
        OtherProgram other(dataDir());
        QVERIFY(other.exec(u"ALTER TABLE uploads RENAME TO uploads_gone"_s));
    }
    QVERIFY(process.waitForFinished(120000));
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    Run run;
    run.out = QString::fromUtf8(out);
    const QList<QJsonObject> lines = run.jsonLines();
    QVERIFY(lines.size() > 2);
    QCOMPARE(lines.first()[u"status"_s].toString(), u"imported"_s);
    // The files after the damage fail one by one, each naming itself and
    // the database's words; none is half-written.
    int failed = 0;
    for (const QJsonObject &line : lines) {
        if (line[u"status"_s].toString() != u"error"_s)
            continue;
        ++failed;
        // The file that was being written when the table went, or a file after.
        static const QRegularExpression shape(
            u"^(\\S+) (could not be stored, nothing of it was kept: (cannot record the upload|cannot look up earlier "
            "imports)|could not be imported: cannot look up earlier imports): "_s
            + QRegularExpression::escape(OtherProgram::missingTable(dataDir(), u"uploads"_s)) + u"$"_s);
        const QString error = line[u"error"_s].toString();
        const auto match = shape.match(error);
        QVERIFY2(match.hasMatch(), qPrintable(error));
        QCOMPARE(match.captured(1), QFileInfo(line[u"file"_s].toString()).fileName().replace(
                                        QRegularExpression(u"[A-HJ-NPR-Z0-9]{17}"_s), u"[VIN]"_s));
    }
    QVERIFY2(failed > 0, qPrintable(run.out));
    // The same words reach stderr, for a person running it by hand.
    QVERIFY(err.contains(OtherProgram::missingTable(dataDir(), u"uploads"_s)));
}

void TestCli::twoImportsOfTheSameFilesAtOnce()
{
    // Two processes import the same fleet into one database at the same
    // time: each file is stored once, and each process calls it imported or
    // duplicate, never an error.
    const QString fleet = m_dir->filePath(u"fleet"_s);
    QCOMPARE(cli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"12"_s, u"--seed"_s, u"5"_s}).exitCode, 0);
    const QStringList args{u"--data-dir"_s, dataDir(), u"import"_s, u"--json"_s, fleet + u"/exports"_s};
    QProcess first, second;
    for (QProcess *p : {&first, &second}) {
        p->setWorkingDirectory(m_dir->path());
        p->start(TestSupport::cliPath(), args);
    }
    for (QProcess *p : {&first, &second})
        QVERIFY(p->waitForFinished(120000));
    int imported = 0;
    QSet<QString> files;
    for (QProcess *p : {&first, &second}) {
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"UNIQUE"_s) && !err.contains(u"locked"_s), qPrintable(err));
        TestSupport::CliRun run;
        run.out = QString::fromUtf8(p->readAllStandardOutput());
        for (const QJsonObject &o : run.jsonLines()) {
            const QString status = o.value(u"status"_s).toString();
            QVERIFY2(status == u"imported" || status == u"duplicate", qPrintable(o.value(u"error"_s).toString()));
            if (status == u"imported") {
                ++imported;
                QVERIFY2(!files.contains(o.value(u"file"_s).toString() + o.value(u"vehicle"_s).toString()),
                         "a file imported twice");
                files.insert(o.value(u"file"_s).toString() + o.value(u"vehicle"_s).toString());
            }
        }
    }
    QVERIFY(imported > 0);
    // The same database as one import alone makes.
    const Run alone = cli({u"--data-dir"_s, m_dir->filePath(u"alone"_s), u"import"_s, fleet + u"/exports"_s});
    QCOMPARE(alone.exitCode, 0);
    const auto sessions = [this](const QString &dir) {
        const Run v = cli({u"--data-dir"_s, dir, u"vehicles"_s, u"--json"_s});
        qint64 n = 0;
        for (const QJsonObject &o : v.jsonLines())
            n += o.value(u"sessions"_s).toInteger();
        return n;
    };
    QCOMPARE(sessions(dataDir()), sessions(m_dir->filePath(u"alone"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
