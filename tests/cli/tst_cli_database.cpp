// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The command-line tool on a database it cannot simply use: damaged, from a
// newer version, read-only, on a full disk, held by another program. Each
// case asserts the exit code, the message and that nothing stored changed.
#include "otherprogram.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using TestSupport::fixture;
using Run = TestSupport::CliRun;

namespace {

// Runs `program args` and collects what it printed.
Run runProgram(const QString &program, const QStringList &args, const QString &workingDir)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.start(program, args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString shellQuoted(const QStringList &words)
{
    QStringList quoted;
    for (QString w : words)
        quoted.append(u"'"_s + w.replace(u"'"_s, u"'\\''"_s) + u"'"_s);
    return quoted.join(u' ');
}

} // namespace

class TestCliDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void damagedFileIsToldAndNeverWritten();
    void newerSchemaIsToldAndNeverWritten();
    void readOnlyDatabaseIsViewedNotChanged();
    void fullDiskOnANewDataFolderLeavesNoEmptyDatabase();
    void fullDiskStopsTheImportAndLosesNothing();
    void databaseHeldByAnotherProgram();

private:
    Run cli(const QStringList &args) { return TestSupport::runCli(QStringList{u"--data-dir"_s, dataDir()} + args, m_dir->path()); }
    // The CLI with at most `kib` KiB per file written (as a full disk
    // would stop it: writes fail with EFBIG instead of a signal).
    Run cliOnFullDisk(int kib, const QStringList &args)
    {
        const QString script = u"trap '' XFSZ; ulimit -f %1; exec %2"_s.arg(kib).arg(
            shellQuoted(QStringList{TestSupport::cliPath(), u"--data-dir"_s, dataDir()} + args));
        return runProgram(u"bash"_s, {u"-c"_s, script}, m_dir->path());
    }
    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString databasePath() const { return QDir(dataDir()).filePath(u"cardata-health.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliDatabase::damagedFileIsToldAndNeverWritten()
{
    const QString fleet = m_dir->filePath(u"fleet"_s);
    QCOMPARE(TestSupport::runCli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"6"_s, u"--seed"_s, u"4"_s}, m_dir->path()).exitCode, 0);
    QCOMPARE(cli({u"import"_s, fleet + u"/exports"_s}).exitCode, 0);
    // 8 KB of noise over the middle of the file, where the sessions are.
    QFile file(databasePath());
    QVERIFY(file.size() > 64 * 1024);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
    QByteArray noise(8192, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    file.write(noise);
    file.close();
    const QByteArray damaged = TestSupport::readFile(databasePath());

    const QString expected = u"Cannot use the database %1: it is damaged (SQLite's check found "_s.arg(
        QDir::toNativeSeparators(databasePath()));
    for (const QStringList &command :
         {QStringList{u"vehicles"_s}, QStringList{u"vehicles"_s, u"--json"_s}, QStringList{u"health"_s, u"--csv"_s},
          QStringList{u"import"_s, fixture(u"api"_s)}, QStringList{u"forget"_s, u"0123456789abcdef"_s},
          QStringList{u"set-model"_s, u"0123456789abcdef"_s, u"i4 eDrive40"_s}}) {
        const Run run = cli(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(expected), qPrintable(command.join(u' ') + u": "_s + run.err));
        QVERIFY2(run.err.trimmed().endsWith(u"Nothing was changed; move the file aside and import the exports again."_s),
                 qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }
    QCOMPARE(TestSupport::readFile(databasePath()), damaged);
    QVERIFY(!QFile::exists(databasePath() + u"-wal"_s));
}

void TestCliDatabase::newerSchemaIsToldAndNeverWritten()
{
    QCOMPARE(cli({u"import"_s, fixture(u"current"_s)}).exitCode, 0);
    {
        OtherProgram other(dataDir());
        QVERIFY(other.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = TestSupport::readFile(databasePath());
    for (const QStringList &command : {QStringList{u"vehicles"_s}, QStringList{u"import"_s, fixture(u"api"_s)}}) {
        const Run run = cli(command);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(),
                 u"Cannot use the database %1: the database was written by a newer version of CarData Battery Health "
                 "(schema 99; this version knows up to 9). It was not changed: use the newer version, or another "
                 "data folder"_s.arg(QDir::toNativeSeparators(databasePath())));
    }
    QCOMPARE(TestSupport::readFile(databasePath()), before);
}

void TestCliDatabase::readOnlyDatabaseIsViewedNotChanged()
{
    QCOMPARE(cli({u"import"_s, fixture(u"current"_s)}).exitCode, 0);
    const Run vehiclesBefore = cli({u"vehicles"_s, u"--json"_s});
    const Run healthBefore = cli({u"health"_s, u"--csv"_s});
    QCOMPARE(vehiclesBefore.exitCode, 0);
    const QString key = vehiclesBefore.jsonLines().value(0).value(u"vehicle"_s).toString();
    QVERIFY(!key.isEmpty());

    // Read-only as the file system says it: no write permission on the
    // file and the folder. Root may write anything, so as root the tool
    // runs as "nobody", who owns the folder but may not write it either.
    const bool root = geteuid() == 0;
    QString program = TestSupport::cliPath();
    QStringList prefix;
    if (root) {
        // The tool from a folder nobody can reach, run under setpriv.
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                         | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QString copy = m_dir->filePath(u"cardata-health-cli"_s);
        QVERIFY(QFile::copy(program, copy));
        QVERIFY(runProgram(u"chown"_s, {u"-R"_s, u"nobody"_s, dataDir()}, m_dir->path()).exitCode == 0);
        prefix = {u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, copy};
        program = u"setpriv"_s;
    }
    for (const QString &name : QDir(dataDir()).entryList(QDir::Files))
        QVERIFY(QFile::setPermissions(QDir(dataDir()).filePath(name), QFileDevice::ReadOwner));
    QVERIFY(QFile::setPermissions(dataDir(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QByteArray bytes = TestSupport::readFile(databasePath());
    const auto run = [&](const QStringList &args) {
        return runProgram(program, prefix + QStringList{u"--data-dir"_s, dataDir()} + args, m_dir->path());
    };

    // Viewed as before.
    const Run vehicles = run({u"vehicles"_s, u"--json"_s});
    QCOMPARE(vehicles.exitCode, 0);
    QCOMPARE(vehicles.out, vehiclesBefore.out);
    QVERIFY2(!vehicles.err.contains(u"database"_s), qPrintable(vehicles.err));
    const Run health = run({u"health"_s, u"--csv"_s});
    QCOMPARE(health.exitCode, 0);
    QCOMPARE(health.out, healthBefore.out);

    // Changed: never, and said why.
    const QString readOnly = u"The database %1 can only be read here (a read-only file, folder or disk): it can be "
                             "viewed, but nothing can be imported or changed"_s.arg(QDir::toNativeSeparators(databasePath()));
    const Run import = run({u"import"_s, fixture(u"api"_s)});
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err.trimmed(), readOnly);
    const Run setModel = run({u"set-model"_s, key, u"i4 eDrive40"_s});
    QCOMPARE(setModel.exitCode, 1);
    QVERIFY2(setModel.err.contains(readOnly), qPrintable(setModel.err));
    const Run forget = run({u"forget"_s, key});
    QCOMPARE(forget.exitCode, 1);
    QVERIFY2(forget.err.contains(readOnly), qPrintable(forget.err));
    QCOMPARE(TestSupport::readFile(databasePath()), bytes);
    QCOMPARE(QDir(dataDir()).entryList(QDir::Files),
             (QStringList{u"cardata-health.sqlite"_s, u"installation-secret"_s}));

    // Writable again: the folder and file as they were.
    QVERIFY(QFile::setPermissions(dataDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
}

void TestCliDatabase::fullDiskOnANewDataFolderLeavesNoEmptyDatabase()
{
    const Run run = cliOnFullDisk(4, {u"import"_s, fixture(u"current"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"Cannot use the database %1: "_s.arg(QDir::toNativeSeparators(databasePath()))),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"(the disk could not be written (full, removed or failing): check it and try again)"_s)
                 || run.err.contains(u"(the disk is full: free some space and try again)"_s),
             qPrintable(run.err));
    // No empty file that the next start would take for a database.
    QVERIFY(!QFile::exists(databasePath()));
    QVERIFY(!QFile::exists(databasePath() + u"-wal"_s));
    // With room again, the same command works.
    QCOMPARE(cli({u"import"_s, fixture(u"current"_s)}).exitCode, 0);
}

void TestCliDatabase::fullDiskStopsTheImportAndLosesNothing()
{
    const QString fleet = m_dir->filePath(u"fleet"_s);
    QCOMPARE(TestSupport::runCli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"30"_s, u"--seed"_s, u"8"_s}, m_dir->path()).exitCode, 0);
    QCOMPARE(cli({u"import"_s, fixture(u"current"_s)}).exitCode, 0);
    const int kib = int(QFileInfo(databasePath()).size() / 1024) + 64;

    // The disk fills up part-way through a fleet of files.
    const Run full = cliOnFullDisk(kib, {u"import"_s, u"--json"_s, fleet + u"/exports"_s});
    QCOMPARE(full.exitCode, 1);
    const QList<QJsonObject> lines = full.jsonLines();
    int imported = 0;
    int errors = 0;
    for (const QJsonObject &line : lines) {
        const QString status = line.value(u"status"_s).toString();
        imported += status == u"imported"_s;
        if (status == u"error"_s) {
            ++errors;
            QVERIFY2(line.value(u"error"_s).toString().contains(u"nothing of it was kept"_s), qPrintable(line.value(u"error"_s).toString()));
        }
    }
    // It stopped at the first file that could not be written, and said how
    // many were left.
    QCOMPARE(errors, 1);
    QCOMPARE(lines.last().value(u"status"_s).toString(), u"error"_s);
    QVERIFY2(full.err.contains(QRegularExpression(u"The import stopped, because the database cannot be written; [1-9][0-9]* "
                                                   "more files were not tried\\."_s)),
             qPrintable(full.err));

    // Nothing half-written, no estimate stale: with room again, the rest
    // comes in and the database is the one a single import makes.
    {
        OtherProgram other(dataDir());
        QCOMPARE(other.column(u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
    }
    QCOMPARE(cli({u"import"_s, fleet + u"/exports"_s}).exitCode, 0);
    // The same installation secret, so that the vehicle keys are the same.
    const QString alone = m_dir->filePath(u"alone"_s);
    QVERIFY(QDir().mkpath(alone));
    QVERIFY(QFile::copy(QDir(dataDir()).filePath(u"installation-secret"_s), QDir(alone).filePath(u"installation-secret"_s)));
    QCOMPARE(TestSupport::runCli({u"--data-dir"_s, alone, u"import"_s, fixture(u"current"_s)}, m_dir->path()).exitCode, 0);
    QCOMPARE(TestSupport::runCli({u"--data-dir"_s, alone, u"import"_s, fleet + u"/exports"_s}, m_dir->path()).exitCode, 0);
    const Run mine = cli({u"vehicles"_s, u"--json"_s});
    const Run theirs = TestSupport::runCli({u"--data-dir"_s, alone, u"vehicles"_s, u"--json"_s}, m_dir->path());
    QCOMPARE(mine.jsonLines().size(), theirs.jsonLines().size());
    QCOMPARE(mine.out, theirs.out);
    QCOMPARE(cli({u"health"_s, u"--csv"_s}).out,
             TestSupport::runCli({u"--data-dir"_s, alone, u"health"_s, u"--csv"_s}, m_dir->path()).out);
    QVERIFY2(imported > 0, "the disk filled up before the first file");
}

void TestCliDatabase::databaseHeldByAnotherProgram()
{
    QCOMPARE(cli({u"import"_s, fixture(u"current"_s)}).exitCode, 0);
    const Run before = cli({u"vehicles"_s, u"--json"_s});
    OtherProgram other(dataDir());
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
    // Reading goes on beside the other program's write (WAL)...
    const Run vehicles = cli({u"vehicles"_s, u"--json"_s});
    QCOMPARE(vehicles.exitCode, 0);
    QCOMPARE(vehicles.out, before.out);
    // ...writing waits for it, up to ten seconds, then gives up and says why.
    const Run import = cli({u"import"_s, u"--json"_s, fixture(u"api"_s)});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(u"database is locked (another program kept the database busy for more than 10 seconds: "
                                 "try again when it has finished)"_s),
             qPrintable(import.err));
    QVERIFY(other.exec(u"ROLLBACK"_s));
    QCOMPARE(cli({u"vehicles"_s, u"--json"_s}).out, before.out);
    // Once it is done, the same import goes through.
    QCOMPARE(cli({u"import"_s, fixture(u"api"_s)}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
