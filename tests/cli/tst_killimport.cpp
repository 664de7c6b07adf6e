// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The import killed (SIGKILL) at random moments of a generated fleet's
// import. After each kill the database must pass SQLite's integrity check,
// hold every file in full or not at all, and, once the same files are
// imported again, be the database a clean import makes: sessions, readings
// and estimates alike.
//
// CARDATA_KILL_TRIALS sets the number of trials (default 20); the long run
// in docs/reliability.md uses more.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using Run = TestSupport::CliRun;

namespace {

// Everything stored that a person or the estimator can see, without the
// moments things were written (those differ from run to run).
const char *const contentQueries[] = {
    "SELECT key, model, model_source, drive_train, capacity_new_override_kwh, estimate_stale FROM vehicles ORDER BY key",
    "SELECT v.key, s.start_time, s.end_time, s.soc_start, s.soc_end, s.energy_grid_wh, s.energy_battery_wh, "
    "s.mileage_km, s.charging_duration_s, s.avg_power_w, s.max_power_w, s.charging_kind, s.provider, s.cost_cents, "
    "s.currency, s.preconditioning FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id ORDER BY v.key, s.start_time",
    "SELECT v.key, r.kind, r.read_at, r.value FROM battery_readings r JOIN vehicles v ON v.id = r.vehicle_id "
    "ORDER BY v.key, r.kind, r.read_at",
    "SELECT content_hash, kind, bytes FROM uploads ORDER BY content_hash",
    "SELECT v.key, h.capacity_kwh, h.capacity_low_kwh, h.capacity_high_kwh, h.capacity_new_kwh, h.soh_percent, "
    "h.soh_low_percent, h.soh_high_percent, h.estimates, h.derived_estimates, h.uses_prior_efficiency, "
    "h.calibration_shift, h.weight_prior FROM battery_health h JOIN vehicles v ON v.id = h.vehicle_id ORDER BY v.key",
    "SELECT v.key, p.start_time, p.capacity_wh, p.sigma_wh, p.derived, p.outlier FROM capacity_points p "
    "JOIN vehicles v ON v.id = p.vehicle_id ORDER BY v.key, p.start_time",
    "SELECT v.key, t.axis, t.shape, t.c0, t.c1, t.c2 FROM health_trends t JOIN vehicles v ON v.id = t.vehicle_id "
    "ORDER BY v.key, t.axis",
    "SELECT v.key, e.charging_kind, e.samples, e.mean, e.used_eta, e.used_source FROM vehicle_efficiency e "
    "JOIN vehicles v ON v.id = e.vehicle_id ORDER BY v.key, e.charging_kind",
};

class Database
{
public:
    explicit Database(const QString &dataDir) : m_name(u"kill-test-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(QDir(dataDir).filePath(u"cardata-health.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        m_ok = db.open();
    }
    ~Database() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    QStringList rows(const char *sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(QString::fromUtf8(sql)))
            return {u"<error: %1>"_s.arg(q.lastError().text())};
        QStringList out;
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                // Estimates are compared to 1e-9: summing in another order
                // is not a difference anyone could see.
                fields.append(v.metaType().id() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 10) : v.toString());
            }
            out.append(fields.join(u'|'));
        }
        return out;
    }
    QString scalar(const char *sql) const { return rows(sql).value(0); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLoseNothingAndLeaveNothingStale();

private:
    QStringList importArgs(const QString &dataDir) const
    {
        return {u"--data-dir"_s, dataDir, u"import"_s, u"--json"_s, m_exports};
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_exports;
    QString m_secret; // one installation secret for all, so that keys agree
    QList<QStringList> m_reference;
    QSet<QString> m_sessionKeys; // vehicle|start_time of every session
    qint64 m_cleanMs = 0;
};

void TestKillImport::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString fleet = m_dir->filePath(u"fleet"_s);
    QCOMPARE(TestSupport::runCli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"40"_s, u"--seed"_s, u"21"_s}, m_dir->path()).exitCode, 0);
    m_exports = QDir(fleet).filePath(u"exports"_s);

    // The reference: one clean import.
    const QString reference = m_dir->filePath(u"reference"_s);
    QElapsedTimer clock;
    clock.start();
    const Run clean = TestSupport::runCli(importArgs(reference), m_dir->path());
    m_cleanMs = clock.elapsed();
    QCOMPARE(clean.exitCode, 0);
    m_secret = QDir(reference).filePath(u"installation-secret"_s);
    Database db(reference);
    QVERIFY(db.ok());
    for (const char *sql : contentQueries)
        m_reference.append(db.rows(sql));
    for (const QString &row : db.rows("SELECT v.key, s.start_time FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id"))
        m_sessionKeys.insert(row);
    QVERIFY(m_reference[1].size() > 1000);
    QVERIFY(m_reference[4].size() >= 30);
    qInfo("clean import: %lld ms, %lld sessions", m_cleanMs, qlonglong(m_reference[1].size()));
}

void TestKillImport::killedImportsLoseNothingAndLeaveNothingStale()
{
    const int trials = qEnvironmentVariableIsSet("CARDATA_KILL_TRIALS") ? qEnvironmentVariableIntValue("CARDATA_KILL_TRIALS") : 20;
    QRandomGenerator random(20261203);
    int killedWithData = 0;
    int killedWithStale = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const QString dataDir = m_dir->filePath(u"trial-%1"_s.arg(trial));
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(QFile::copy(m_secret, QDir(dataDir).filePath(u"installation-secret"_s)));

        // Killed at a moment between the start and the clean import's end
        // (with a little margin past it), while it writes.
        const int delayMs = int(random.bounded(qint64(m_cleanMs * 11 / 10 + 1)));
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.start(TestSupport::cliPath(), importArgs(dataDir));
        QVERIFY(process.waitForStarted());
        QThread::msleep(delayMs); // the moment of the kill is what is tested, not a wait for an event
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(60000));
        const QString context = u"trial %1, killed after %2 ms"_s.arg(trial).arg(delayMs);

        if (QFile::exists(QDir(dataDir).filePath(u"cardata-health.sqlite"_s))) {
            Database db(dataDir);
            QVERIFY2(db.ok(), qPrintable(context));
            const QString version = db.scalar("PRAGMA user_version");
            if (version != u"0"_s) {
                QCOMPARE(db.rows("PRAGMA integrity_check"), QStringList{u"ok"_s});
                QCOMPARE(db.rows("PRAGMA foreign_key_check"), QStringList());
                // Every file in full or not at all: each session was new in
                // exactly one recorded file, and each recorded file's
                // sessions are all there.
                QVERIFY2(db.scalar("SELECT COALESCE(SUM(sessions_new), 0) FROM uploads")
                             == db.scalar("SELECT COUNT(*) FROM sessions"),
                         qPrintable(context));
                QCOMPARE(db.scalar("SELECT COUNT(*) FROM vehicles v WHERE NOT EXISTS "
                                   "(SELECT 1 FROM upload_vehicles u WHERE u.vehicle_id = v.id)"),
                         u"0"_s);
                // What the vehicle list shows of the sessions is theirs.
                QCOMPARE(db.scalar("SELECT COUNT(*) FROM vehicles v WHERE session_count != "
                                   "(SELECT COUNT(*) FROM sessions s WHERE s.vehicle_id = v.id) "
                                   "OR last_session IS NOT (SELECT MAX(start_time) FROM sessions s WHERE s.vehicle_id = v.id)"),
                         u"0"_s);
                // The sessions stored are sessions the clean import stored
                // (their values may still change: a later, overlapping
                // export merges into them).
                const QStringList sessions = db.rows(
                    "SELECT v.key, s.start_time FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id");
                for (const QString &row : sessions)
                    QVERIFY2(m_sessionKeys.contains(row), qPrintable(context + u": "_s + row));
                killedWithData += !sessions.isEmpty();
                killedWithStale += db.scalar("SELECT COUNT(*) FROM vehicles WHERE estimate_stale = 1") != u"0"_s;
            }
        }

        // The same files again, and then a command that reads the estimates
        // (an import leaves those it did not touch for the next one): the
        // database becomes the clean one.
        const Run again = TestSupport::runCli(importArgs(dataDir), m_dir->path());
        QVERIFY2(again.exitCode == 0, qPrintable(context + u": "_s + again.err));
        const Run read = TestSupport::runCli({u"--data-dir"_s, dataDir, u"vehicles"_s}, m_dir->path());
        QVERIFY2(read.exitCode == 0, qPrintable(context + u": "_s + read.err));
        Database db(dataDir);
        QVERIFY(db.ok());
        for (qsizetype i = 0; i < qsizetype(std::size(contentQueries)); ++i) {
            const QStringList rows = db.rows(contentQueries[i]);
            if (rows != m_reference[i]) {
                qWarning().noquote() << context << "query" << i << ":" << rows.size() << "rows vs" << m_reference[i].size();
                for (qsizetype r = 0; r < qMin(rows.size(), m_reference[i].size()); ++r) {
                    if (rows[r] != m_reference[i][r]) {
                        qWarning().noquote() << " first difference:" << rows[r] << "vs" << m_reference[i][r];
                        break;
                    }
                }
            }
            QVERIFY2(rows == m_reference[i], qPrintable(context + u": query %1 differs"_s.arg(i)));
        }
        QDir(dataDir).removeRecursively();
    }
    qInfo("%d trials: %d killed after some files were stored, %d of those with estimates marked out of date",
          trials, killedWithData, killedWithStale);
    // The trials must have hit the import while it wrote, not only before.
    QVERIFY2(killedWithData >= trials / 4, "the kills all came too early to test anything");
}

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
