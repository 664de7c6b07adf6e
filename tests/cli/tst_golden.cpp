// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden-file tests of the CLI's machine-readable output: `import --json`,
// `vehicles --json`, `health --csv` (by mileage and by date) and
// `health --json`, on committed inputs (tests/fixtures/golden/fleet.zip, a
// generated fleet of six cars, plus the small fixtures) with a fixed
// installation secret, so that every byte is reproducible. The variants of
// BMW's data (tests/fixtures/variants) go into a database of their own, so
// that the fleet's outputs do not change when a variant is added. They pin what
// scripts rely on: a change of any output shows up here as a diff.
//
// After a deliberate change, rewrite the expected files and review the diff:
//   CARDATA_UPDATE_GOLDEN=1 build/tests/tst_golden
#include "testdatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

namespace {

QString goldenDir()
{
    return QStringLiteral(CARDATA_GOLDEN_DIR);
}

// The first line where two outputs differ, for a readable failure.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = i < e.size() ? e[i] : QByteArray("<end of file>");
        const QByteArray al = i < a.size() ? a[i] : QByteArray("<end of file>");
        if (el != al)
            return u"line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(QString::fromUtf8(el), QString::fromUtf8(al));
    }
    return {};
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void outputs_data();
    void outputs();

private:
    QByteArray cli(const QString &database, const QStringList &args, int expectedExit = 0);
    QTemporaryDir m_dir;
    // The same outputs from the local file and from a server.
    std::vector<std::unique_ptr<TestDatabase>> m_databases;
};

QByteArray TestGolden::cli(const QString &database, const QStringList &args, int expectedExit)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(TestSupport::cliPath(), QStringList{u"--data-dir"_s, m_dir.filePath(database)} + args);
    if (!process.waitForFinished(120000))
        qFatal("cardata-health-cli did not finish");
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != expectedExit)
        qFatal("cardata-health-cli %s exited with %d: %s", qPrintable(args.join(u' ')), process.exitCode(), err.constData());
    return process.readAllStandardOutput();
}

void TestGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A fixed secret: vehicle keys are HMACs of the VIN with it.
    QByteArray secret(32, '\0');
    for (int i = 0; i < 32; ++i)
        secret[i] = char(i);
    for (const QString &database : {u"data"_s, u"variants-data"_s}) {
        QVERIFY(QDir().mkpath(m_dir.filePath(database)));
        m_databases.push_back(std::make_unique<TestDatabase>(m_dir.filePath(database)));
        QFile file(m_dir.filePath(database + u"/installation-secret"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(secret), 32);
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // On a server the team key makes the keys: the same bytes give the
        // same goldens.
        if (TestDatabase::serverRun()) {
            QFile::remove(m_dir.filePath(database + u"/team-key"_s));
            QVERIFY(TestSupport::writeFile(m_dir.filePath(database + u"/team-key"_s),
                                           "cdtk1-" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        }
    }

    // Inputs are copied so that the paths in `import --json` are relative
    // and the same on every machine.
    const QStringList inputs = {u"golden/fleet.zip"_s,
                                u"current/BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml"_s,
                                u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s,
                                u"older/BMW-CarData-Ladehistorie_WBY71AW010FP87013_20-06-2024.json"_s,
                                u"api/CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s,
                                u"keylist/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s,
                                u"public-samples/home-2021.json"_s,
                                u"public-samples/public-2021.json"_s};
    for (const QString &input : inputs) {
        const QString target = m_dir.filePath(u"in/"_s + input);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY2(QFile::copy(fixture(input), target), qPrintable(input));
    }
    const QDir variants(fixture(u"variants"_s));
    const QStringList variantFiles = variants.entryList(QDir::Files);
    QVERIFY(variantFiles.size() >= 10);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"in/variants"_s)));
    for (const QString &name : variantFiles)
        QVERIFY2(QFile::copy(variants.filePath(name), m_dir.filePath(u"in/variants/"_s + name)), qPrintable(name));
}

void TestGolden::cleanupTestCase()
{
    m_databases.clear();
}

void TestGolden::outputs_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    const QString data = u"data"_s;
    const QString variants = u"variants-data"_s;
    // In order: the imports build the database the later rows read.
    QTest::newRow("import fleet") << data << QStringList{u"import"_s, u"--json"_s, u"in/golden"_s} << u"import-fleet.jsonl"_s;
    QTest::newRow("import fixtures")
        << data << QStringList{u"import"_s, u"--json"_s, u"in/current"_s, u"in/older"_s, u"in/api"_s, u"in/keylist"_s}
        << u"import-fixtures.jsonl"_s;
    QTest::newRow("import with model") << data
                                       << QStringList{u"import"_s, u"--json"_s, u"--model"_s, u"i3 (120 Ah)"_s,
                                                      u"in/public-samples"_s}
                                       << u"import-model.jsonl"_s;
    QTest::newRow("vehicles") << data << QStringList{u"vehicles"_s, u"--json"_s} << u"vehicles.jsonl"_s;
    QTest::newRow("health csv mileage") << data << QStringList{u"health"_s, u"--csv"_s} << u"health-mileage.csv"_s;
    QTest::newRow("health csv date") << data << QStringList{u"health"_s, u"--csv"_s, u"--by"_s, u"date"_s}
                                     << u"health-date.csv"_s;
    QTest::newRow("health json one vehicle")
        << data << QStringList{u"health"_s, u"--json"_s, u"--vehicle"_s, u"434aa5c13a2d185d"_s} << u"health-vehicle.jsonl"_s;
    QTest::newRow("health one model csv")
        << data << QStringList{u"health"_s, u"--csv"_s, u"--model"_s, u"i3 (120 Ah)"_s} << u"health-i3.csv"_s;
    // Every variant of BMW's data: what each file gave (sessions, rejected
    // records with index and reason), the vehicles they make, and their
    // points, readings and trends by date (times in milliseconds must land
    // in 2025).
    QTest::newRow("import variants") << variants << QStringList{u"import"_s, u"--json"_s, u"in/variants"_s}
                                     << u"import-variants.jsonl"_s;
    QTest::newRow("vehicles variants") << variants << QStringList{u"vehicles"_s, u"--json"_s} << u"vehicles-variants.jsonl"_s;
    QTest::newRow("health csv variants") << variants << QStringList{u"health"_s, u"--csv"_s, u"--by"_s, u"date"_s}
                                         << u"health-variants.csv"_s;
}

void TestGolden::outputs()
{
    QFETCH(QString, database);
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    const QByteArray actual = cli(database, args);
    const QString path = QDir(goldenDir()).filePath(golden);
    if (qEnvironmentVariableIntValue("CARDATA_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        QSKIP("golden file rewritten; review the diff");
    }
    const QByteArray expected = TestSupport::readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file "_s + path));
    QVERIFY2(actual == expected, qPrintable(golden + u" differs at "_s + firstDifference(expected, actual)));
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
