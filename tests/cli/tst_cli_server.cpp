// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What only a team's database on a server has: the team key that makes two
// members' keys agree, a member with another key or none, a role that may
// only read, and choosing the database per run. Runs against the suite's
// test server (tests/support/pgserver.sh).
#include "testdatabase.h"
#include "testsupport.h"

#include "core/privacy/teamkey.h"
#include "core/store/databasechoice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using TestSupport::fixture;
using Run = TestSupport::CliRun;

namespace {
const QString currentFile = u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s;
const QString olderFile = u"older/BMW-CarData-Ladehistorie_WBY71AW010FP87013_20-06-2024.json"_s;
const QString apiFile = u"api/CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s;
} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void teamKeyNew();
    void twoMembersShareOneVehicle();
    void anotherKeyOrNoneChangesNothing();
    void readOnlyRoleViewsAndSaysSo();
    void databaseChosenPerRun();
    void serverStoppedMidImportLosesNothing();
    void migrateUpResumeAndBack();

private:
    Run cli(const QString &dataDir, const QStringList &args,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QList<QJsonObject> vehicles(const QString &dataDir);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString memberA() const { return m_dir->filePath(u"a"_s); }
    QString memberB() const { return m_dir->filePath(u"b"_s); }
};

void TestCliServer::initTestCase()
{
    if (!TestDatabase::serverRun())
        QFAIL("CARDATA_TEST_SERVER is not set: this test runs against the suite's test server");
}

void TestCliServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Member A's folder names the server and holds a fresh team key.
    m_database = std::make_unique<TestDatabase>(memberA());
}

void TestCliServer::cleanup()
{
    m_database.reset();
}

Run TestCliServer::cli(const QString &dataDir, const QStringList &args, const QProcessEnvironment &environment)
{
    return TestSupport::runCli(QStringList{u"--data-dir"_s, dataDir} + args, m_dir->path(), environment);
}

QList<QJsonObject> TestCliServer::vehicles(const QString &dataDir)
{
    const Run run = cli(dataDir, {u"vehicles"_s, u"--json"_s});
    if (run.exitCode != 0)
        qWarning("vehicles failed: %s", qPrintable(run.err));
    return run.jsonLines();
}

void TestCliServer::teamKeyNew()
{
    const Run first = cli(memberB(), {u"team-key"_s, u"new"_s});
    const Run second = cli(memberB(), {u"team-key"_s, u"new"_s});
    QCOMPARE(first.exitCode, 0);
    const QString key = first.out.trimmed();
    QVERIFY2(QRegularExpression(u"^cdtk1-[A-Za-z0-9_-]{43}$"_s).match(key).hasMatch(), qPrintable(key));
    QVERIFY(TeamKey::parse(key).has_value());
    QVERIFY(second.out.trimmed() != key);
    // Printed only: nothing kept without --save.
    QVERIFY(!QFile::exists(QDir(memberB()).filePath(u"team-key"_s)));

    const Run saved = cli(memberB(), {u"team-key"_s, u"new"_s, u"--save"_s});
    QCOMPARE(saved.exitCode, 0);
    const QString keptPath = QDir(memberB()).filePath(u"team-key"_s);
    QCOMPARE(QString::fromLatin1(TestSupport::readFile(keptPath)).trimmed(), saved.out.trimmed());
    QCOMPARE(QFileInfo(keptPath).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A kept key is never overwritten.
    const Run again = cli(memberB(), {u"team-key"_s, u"new"_s, u"--save"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already has a team key (kept in %1)"_s.arg(keptPath)), qPrintable(again.err));
    QCOMPARE(QString::fromLatin1(TestSupport::readFile(keptPath)).trimmed(), saved.out.trimmed());
    // 'show' prints the key the folder uses, to hand on; 'forget' removes it.
    const Run shown = cli(memberB(), {u"team-key"_s, u"show"_s});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out, saved.out);
    const Run forgotten = cli(memberB(), {u"team-key"_s, u"forget"_s});
    QCOMPARE(forgotten.exitCode, 0);
    QVERIFY2(forgotten.err.contains(u"Removed the team key from %1"_s.arg(keptPath)), qPrintable(forgotten.err));
    QVERIFY(!QFile::exists(keptPath));
    const Run none = cli(memberB(), {u"team-key"_s, u"show"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"No team key"_s), qPrintable(none.err));
    QVERIFY(none.out.isEmpty());
    // Kept again from a file, as a member receives it.
    QVERIFY(TestSupport::writeFile(m_dir->filePath(u"handed-on"_s), saved.out.toUtf8()));
    const Run received = cli(memberB(), {u"team-key"_s, u"save"_s, m_dir->filePath(u"handed-on"_s)});
    QCOMPARE(received.exitCode, 0);
    QCOMPARE(QString::fromLatin1(TestSupport::readFile(keptPath)).trimmed(), saved.out.trimmed());

    // A damaged key is named as such.
    QVERIFY(TestSupport::writeFile(m_dir->filePath(u"bad-key"_s), "cdtk1-tooshort"));
    const Run bad = cli(memberB(), {u"team-key"_s, u"save"_s, m_dir->filePath(u"bad-key"_s)});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"is damaged"_s), qPrintable(bad.err));
}

void TestCliServer::twoMembersShareOneVehicle()
{
    QCOMPARE(cli(memberA(), {u"import"_s, fixture(currentFile)}).exitCode, 0);
    // Member B: another data folder (its own installation secret), the same
    // server and the team's key, given on the command line.
    const QString keyFile = QDir(memberA()).filePath(u"team-key"_s);
    const QStringList server{u"--database"_s, m_database->url(), u"--team-key-file"_s, keyFile};
    const Run older = cli(memberB(), server + QStringList{u"import"_s, u"--json"_s, fixture(olderFile)});
    QCOMPARE(older.exitCode, 0);
    // The same car: one vehicle, whose sessions both files gave.
    const QList<QJsonObject> seen = vehicles(memberA());
    QCOMPARE(seen.size(), 1);
    QCOMPARE(older.jsonLines().first()[u"vehicle"_s].toString(),
             seen.first()[u"vehicle"_s].toString());
    // The same file from the other member is recognized as imported.
    const Run same = cli(memberB(), server + QStringList{u"import"_s, u"--json"_s, fixture(currentFile)});
    QCOMPARE(same.exitCode, 0);
    QCOMPARE(same.jsonLines().first()[u"status"_s].toString(), u"duplicate"_s);
    // Each sees the other's cars.
    QCOMPARE(cli(memberB(), server + QStringList{u"import"_s, fixture(apiFile)}).exitCode, 0);
    QCOMPARE(vehicles(memberA()).size(), 2);
    // Nothing about the server stays in member B's folder: --database was for that run only.
    QVERIFY(DatabaseChoice::saved(memberB()).isEmpty());
}

void TestCliServer::anotherKeyOrNoneChangesNothing()
{
    QCOMPARE(cli(memberA(), {u"import"_s, fixture(currentFile)}).exitCode, 0);
    const QList<QJsonObject> before = vehicles(memberA());
    QCOMPARE(before.size(), 1);

    // Another key, from the environment.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CARDATA_TEAM_KEY"_s, TeamKey::generate());
    const Run other = cli(memberB(), {u"--database"_s, m_database->url(), u"import"_s, fixture(apiFile)}, environment);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(u"The team key does not match the one the database on postgresql://"_s), qPrintable(other.err));
    QVERIFY2(other.err.contains(u"so nothing was written"_s), qPrintable(other.err));
    QCOMPARE(vehicles(memberA()), before);

    // No key at all.
    const Run none = cli(memberB(), {u"--database"_s, m_database->url(), u"import"_s, fixture(apiFile)});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"is shared by a team, and importing into it needs the team key"_s), qPrintable(none.err));
    QCOMPARE(vehicles(memberA()), before);
    // The key itself is nowhere on the server, only its check value.
    const QByteArray key = TestSupport::readFile(QDir(memberA()).filePath(u"team-key"_s)).trimmed();
    const QByteArray held = TestSupport::databaseBytes(memberA());
    QVERIFY(!held.contains(key));
    QVERIFY(!held.contains(key.mid(6)));
    QVERIFY(held.contains(TeamKey::checkValue(*TeamKey::parse(QString::fromLatin1(key))).toLatin1()));
}

void TestCliServer::readOnlyRoleViewsAndSaysSo()
{
    QCOMPARE(cli(memberA(), {u"import"_s, fixture(currentFile)}).exitCode, 0);
    const QString reader = u"reader_%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(m_database->exec(u"DROP ROLE IF EXISTS %1"_s.arg(reader)) || true);
    QVERIFY(m_database->exec(u"CREATE ROLE %1 LOGIN"_s.arg(reader)));
    QVERIFY(m_database->exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(reader)));
    QUrl url(m_database->url());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"user"_s);
    query.addQueryItem(u"user"_s, reader);
    url.setQuery(query);
    const QStringList asReader{u"--database"_s, url.toString(QUrl::FullyEncoded)};

    const Run listed = cli(memberB(), asReader + QStringList{u"vehicles"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.jsonLines(), vehicles(memberA()));
    QCOMPARE(cli(memberB(), asReader + QStringList{u"health"_s, u"--csv"_s}).exitCode, 0);
    for (const QStringList &write : {QStringList{u"import"_s, fixture(apiFile)},
                                     QStringList{u"set-model"_s, listed.jsonLines().first()[u"vehicle"_s].toString(), u"i4"_s}}) {
        const Run refused = cli(memberB(), asReader + write);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"can only be read with your role there"_s), qPrintable(refused.err));
    }
    QCOMPARE(vehicles(memberA()).size(), 1);
    QVERIFY(m_database->exec(u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"_s.arg(reader)));
    QVERIFY(m_database->exec(u"DROP ROLE %1"_s.arg(reader)));
}

void TestCliServer::databaseChosenPerRun()
{
    QCOMPARE(cli(memberA(), {u"import"_s, fixture(currentFile)}).exitCode, 0);
    // "file" for one run: the folder's own SQLite file, empty; the server is untouched.
    const Run local = cli(memberA(), {u"--database"_s, u"file"_s, u"vehicles"_s});
    QCOMPARE(local.exitCode, 0);
    QVERIFY2(local.out.contains(u"No vehicles yet"_s), qPrintable(local.out));
    QVERIFY(QFile::exists(QDir(memberA()).filePath(u"cardata-health.sqlite"_s)));
    QCOMPARE(vehicles(memberA()).size(), 1);
    // The variable, for a folder that names nothing.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CARDATA_DATABASE"_s, m_database->url());
    QCOMPARE(cli(memberB(), {u"vehicles"_s, u"--json"_s}, environment).jsonLines().size(), 1);
    // An address that is not one is a usage error, naming what is wrong.
    const Run bad = cli(memberB(), {u"--database"_s, u"postgresql://host-only"_s, u"vehicles"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"names no database"_s), qPrintable(bad.err));
    // A server that is not there: a clear message, exit 1.
    const Run away = cli(memberB(), {u"--database"_s, u"postgresql:///x?host=/nonexistent-socket-dir"_s, u"vehicles"_s});
    QCOMPARE(away.exitCode, 1);
    QVERIFY2(away.err.contains(u"Cannot connect to the database server postgresql:///x?host=/nonexistent-socket-dir"_s),
             qPrintable(away.err));
    // A password in the address is used for the run, never written down.
    QVERIFY(DatabaseChoice::save(memberB(), u"postgresql://u:secret@example.org/db"_s).has_value());
    QCOMPARE(DatabaseChoice::saved(memberB()), u"postgresql://u@example.org/db"_s);
    QVERIFY(!TestSupport::readFile(QDir(memberB()).filePath(u"database.ini"_s)).contains("secret"));
}

namespace {

// A server of the test's own, which it may stop and start again without
// disturbing the other tests on the suite's server.
struct OwnServer
{
    QString dir = u"/tmp/cardata-own-pg-%1"_s.arg(QCoreApplication::applicationPid());
    QString url() const { return u"postgresql:///postgres?host=%1&user=cardata"_s.arg(dir); }
    bool run(const QString &action) const
    {
        QProcess p;
        p.start(u"sh"_s, {QStringLiteral(CARDATA_PGSERVER_SCRIPT), action, dir});
        const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            qWarning("pgserver.sh %s: %s", qPrintable(action), p.readAllStandardError().constData());
        return ok;
    }
    ~OwnServer() { run(u"stop"_s); }
};

qint64 sessionsIn(const QList<QJsonObject> &vehicles)
{
    qint64 total = 0;
    for (const QJsonObject &v : vehicles)
        total += v[u"sessions"_s].toInteger();
    return total;
}

} // namespace

// The server stopped by its administrator in the middle of an import: the
// file being written is kept whole or not at all, the import stops and says
// why, and the same import once the server is back completes the database.
void TestCliServer::serverStoppedMidImportLosesNothing()
{
    OwnServer server;
    QVERIFY(server.run(u"start"_s));
    QVERIFY(DatabaseChoice::makeDataFolder(memberB()).has_value());
    QVERIFY(TeamKey::save(memberB(), TeamKey::generate()).has_value());

    const QString fleet = m_dir->filePath(u"fleet"_s);
    QCOMPARE(TestSupport::runCli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"30"_s, u"--seed"_s, u"5"_s},
                                 m_dir->path()).exitCode, 0);
    const QString exports = QDir(fleet).filePath(u"exports"_s);
    const QStringList demoFiles = QDir(exports).entryList(QDir::Files, QDir::Name);
    const QByteArray big = TestSupport::longChargingHistory(60000);
    const QString bigFile = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_01-01-2021.json"_s);
    QVERIFY(TestSupport::writeFile(bigFile, big));
    const QStringList import{u"--data-dir"_s, memberB(), u"--database"_s, server.url(), u"import"_s, u"--json"_s,
                             QDir(exports).filePath(demoFiles.first()), bigFile, exports};

    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(TestSupport::cliPath(), import);
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(60000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.contains('\n'), "the first file was reported");
    // Into the large file's write (its sessions go over in one COPY).
    QTest::qWait(250);
    QVERIFY(server.run(u"halt"_s));
    QVERIFY(process.waitForFinished(120000));
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    Run cut;
    cut.out = QString::fromUtf8(out);
    qint64 storedBefore = 0;
    int failed = 0;
    for (const QJsonObject &line : cut.jsonLines()) {
        if (line[u"status"_s].toString() == u"imported")
            storedBefore += line[u"sessions_new"_s].toInteger();
        if (line[u"status"_s].toString() == u"error") {
            ++failed;
            const QString error = line[u"error"_s].toString();
            // (A connection cut while the server commits leaves the client
            // unsure, and it says so.)
            QVERIFY2(error.contains(u"could not be stored, nothing of it was kept"_s) || error.contains(u"could not be imported"_s)
                         || error.contains(u"could not be confirmed stored: the connection to the database server was lost "
                                           "while it committed"_s),
                     qPrintable(error));
            QVERIFY2(error.contains(u"database server was shut down"_s) || error.contains(u"connection to the database server was lost"_s),
                     qPrintable(error));
        }
    }
    // The file being written fails whole, and the import stops there; or
    // the server went after the file's commit, while its estimate was
    // written, and the run says that estimate is not current.
    QVERIFY2(failed <= 1, qPrintable(cut.out));
    if (failed == 1)
        QVERIFY2(err.contains(u"The import stopped, because the database server cannot be written"_s), qPrintable(err));
    else
        QVERIFY2(err.contains(u"battery health estimates could not be updated"_s), qPrintable(err));

    // Back: what the files reported stored is there, nothing half.
    QVERIFY(server.run(u"resume"_s));
    const QStringList onServer{u"--data-dir"_s, memberB(), u"--database"_s, server.url()};
    const Run listed = TestSupport::runCli(onServer + QStringList{u"vehicles"_s, u"--json"_s}, m_dir->path());
    QCOMPARE(listed.exitCode, 0);
    // (A connection cut while the server commits leaves the client unsure:
    // the file it reported failed may be stored, whole. Never less.)
    const qint64 storedNow = sessionsIn(listed.jsonLines());
    QVERIFY2(storedNow == storedBefore || storedNow > storedBefore,
             qPrintable(u"%1 stored, %2 reported"_s.arg(storedNow).arg(storedBefore)));
    // The same import again completes it: the same sessions as an import
    // into a local file that was never interrupted.
    const Run again = TestSupport::runCli(import, m_dir->path());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const QString local = m_dir->filePath(u"local"_s);
    QCOMPARE(TestSupport::runCli({u"--data-dir"_s, local, u"--database"_s, u"file"_s, u"import"_s,
                                  QDir(exports).filePath(demoFiles.first()), bigFile, exports}, m_dir->path()).exitCode, 0);
    const qint64 complete = sessionsIn(TestSupport::runCli({u"--data-dir"_s, local, u"--database"_s, u"file"_s,
                                                            u"vehicles"_s, u"--json"_s}, m_dir->path()).jsonLines());
    QVERIFY(complete > 60000);
    QCOMPARE(sessionsIn(TestSupport::runCli(onServer + QStringList{u"vehicles"_s, u"--json"_s}, m_dir->path()).jsonLines()),
             complete);
}

// A member's own database moved up to the team's server (interrupted once
// and run again), then back down into a new data folder: the same vehicles,
// sessions and estimates each way, and the keys still match what a later
// import makes.
void TestCliServer::migrateUpResumeAndBack()
{
    const QString local = memberB();
    QCOMPARE(cli(local, {u"import"_s, fixture(currentFile), fixture(apiFile)}).exitCode, 0);
    const QList<QJsonObject> before = vehicles(local);
    QCOMPARE(before.size(), 2);
    const QByteArray healthBefore = cli(local, {u"health"_s, u"--csv"_s}).out.toUtf8();
    QVERIFY(healthBefore.size() > 1000);

    // The first try stops in the middle of the sessions (a failure inside
    // the server), and says how to go on.
    QCOMPARE(cli(memberA(), {u"vehicles"_s}).exitCode, 0); // the server's tables are set up
    QVERIFY(m_database->exec(u"CREATE FUNCTION no_more() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                             "RAISE EXCEPTION 'no room left'; END $$"_s));
    QVERIFY(m_database->exec(u"CREATE TRIGGER no_more BEFORE INSERT ON sessions FOR EACH ROW EXECUTE FUNCTION no_more()"_s));
    const Run stopped = cli(local, {u"migrate"_s, u"--to"_s, m_database->url()});
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.err.contains(u"cannot copy the table sessions: no room left. Run the same command again"_s),
             qPrintable(stopped.err));
    QVERIFY(DatabaseChoice::saved(local).isEmpty()); // still on its own file
    QVERIFY(m_database->exec(u"DROP TRIGGER no_more ON sessions"_s));
    const Run moved = cli(local, {u"migrate"_s, u"--to"_s, m_database->url()});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY2(moved.out.contains(u"Completed the interrupted copy to postgresql://"_s), qPrintable(moved.out));
    QVERIFY2(moved.out.contains(u"tables, each table's rows and content checked equal"_s), qPrintable(moved.out));
    // The folder now uses the server, with its secret as the team's key.
    QCOMPARE(DatabaseChoice::saved(local), ServerAddress::parse(m_database->url())->shown());
    const QByteArray secret = TestSupport::readFile(QDir(local).filePath(u"installation-secret"_s));
    QCOMPARE(*TeamKey::parse(QString::fromLatin1(TestSupport::readFile(QDir(local).filePath(u"team-key"_s)))), secret);
    QCOMPARE(vehicles(local), before);
    QCOMPARE(cli(local, {u"health"_s, u"--csv"_s}).out.toUtf8(), healthBefore);
    // A later import with the team key recognizes the file and the car.
    const Run again = cli(local, {u"import"_s, u"--json"_s, fixture(currentFile), fixture(olderFile)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.jsonLines().at(0)[u"status"_s].toString(), u"duplicate"_s);
    QCOMPARE(vehicles(local).size(), 2);

    // A second copy into the same server is refused: it holds vehicles.
    const Run twice = cli(m_dir->filePath(u"c"_s), {u"--database"_s, u"file"_s, u"migrate"_s, u"--to"_s, m_database->url()});
    QCOMPARE(twice.exitCode, 1);

    // And back down into a new folder.
    const QString down = m_dir->filePath(u"down"_s);
    const Run back = cli(local, {u"migrate"_s, u"--to"_s, down});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QVERIFY2(back.out.contains(u"Copied the database to "_s + QDir(down).filePath(u"cardata-health.sqlite"_s)),
             qPrintable(back.out));
    QCOMPARE(vehicles(down), vehicles(local));
    QCOMPARE(cli(down, {u"health"_s, u"--csv"_s}).out, cli(local, {u"health"_s, u"--csv"_s}).out);
    QCOMPARE(TestSupport::readFile(QDir(down).filePath(u"installation-secret"_s)), secret);
    QVERIFY(DatabaseChoice::saved(down).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
