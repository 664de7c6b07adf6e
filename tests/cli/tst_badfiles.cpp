// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Every broken or hostile file of tests/fixtures/bad (and the large ones
// tests/fixtures/bad/expected.json says how to make) imported by the real
// command-line tool into a data folder that already holds a good import:
// the exit code, each line of `import --json` exactly, which records were
// rejected and why, what was stored, and that what was stored before is
// untouched. expected.json holds one entry per file; a file without one
// fails.

#include "demo/zipwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using Run = TestSupport::CliRun;

namespace {

QString badDir()
{
    return TestSupport::fixture(u"bad"_s);
}

// Files of the folder that are not inputs.
const QStringList notInputs{u"expected.json"_s, u"README.md"_s};

// "parts": [[text, count], ...], the texts repeated and joined.
QByteArray joinedParts(const QJsonArray &parts)
{
    QByteArray bytes;
    for (const QJsonValue &part : parts) {
        const QJsonArray pair = part.toArray();
        bytes += pair.at(0).toString().toUtf8().repeated(pair.at(1).toInt());
    }
    return bytes;
}

// Writes a file that is too large to keep in the repository, as
// expected.json's "generate" describes it: "parts" joined, then "size"
// reached with a hole (a sparse file), or a "zip" of "count" entries.
bool generate(const QJsonObject &how, const QString &path)
{
    if (how.contains(u"zip"_s)) {
        const QJsonObject zip = how.value(u"zip"_s).toObject();
        QList<Demo::ZipEntry> entries;
        const QByteArray bytes = joinedParts(zip.value(u"parts"_s).toArray());
        for (int i = 0; i < zip.value(u"count"_s).toInt(); ++i)
            entries.append({zip.value(u"name"_s).toString().arg(i), bytes});
        const auto written = Demo::writeZip(path, entries);
        if (!written)
            qWarning() << written.error();
        return written.has_value();
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray bytes = joinedParts(how.value(u"parts"_s).toArray());
    if (file.write(bytes) != bytes.size())
        return false;
    return !how.contains(u"size"_s) || file.resize(how.value(u"size"_s).toInteger());
}

bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(entry.filePath(), QDir(to).filePath(entry.fileName())))
            return false;
    }
    return true;
}

// Every file below a folder, relative to it.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QJsonObject parsed(const QString &line)
{
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileHasAnExpectation();
    void badFile_data();
    void badFile();
    void memoryRunsOut();

private:
    QStringList lines(const QString &dataDir, const QStringList &command);

    QTemporaryDir m_dir;
    QJsonObject m_expected;
    QString m_baseline;          // the data folder with the good import
    QStringList m_vehicles;      // its `vehicles --json` lines
    QStringList m_health;        // its `health --json` lines
    QSet<QString> m_vehicleKeys; // its vehicles
};

QStringList TestBadFiles::lines(const QString &dataDir, const QStringList &command)
{
    const Run run = TestSupport::runCli(QStringList{u"--data-dir"_s, dataDir} + command, m_dir.path());
    if (run.exitCode != 0)
        qWarning() << command << run.exitCode << run.err;
    return run.out.split(u'\n', Qt::SkipEmptyParts);
}

void TestBadFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(QDir(badDir()).filePath(u"expected.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_expected = doc.object().value(u"files"_s).toObject();
    QVERIFY(!m_expected.isEmpty());

    // The good import every bad file meets: an i4 with its KeyList and
    // readings, and a MINI from the API without a model.
    m_baseline = m_dir.filePath(u"baseline"_s);
    const Run imported = TestSupport::runCli({u"--data-dir"_s, m_baseline, u"import"_s, TestSupport::fixture(u"current"_s),
                                              TestSupport::fixture(u"api"_s)},
                                             m_dir.path());
    QCOMPARE(imported.exitCode, 0);
    m_vehicles = lines(m_baseline, {u"vehicles"_s, u"--json"_s});
    m_health = lines(m_baseline, {u"health"_s, u"--json"_s});
    QCOMPARE(m_vehicles.size(), 2);
    QVERIFY(m_health.size() > 10);
    for (const QString &line : std::as_const(m_vehicles))
        m_vehicleKeys.insert(parsed(line).value(u"vehicle"_s).toString());
}

void TestBadFiles::everyFileHasAnExpectation()
{
    QStringList files = QDir(badDir()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &skip : notInputs)
        files.removeAll(skip);
    QVERIFY(files.size() >= 40);
    for (const QString &name : std::as_const(files))
        QVERIFY2(m_expected.contains(name), qPrintable(name + u" has no entry in expected.json"_s));
    for (auto it = m_expected.begin(); it != m_expected.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QVERIFY2(!entry.value(u"what"_s).toString().isEmpty(), qPrintable(it.key() + u" does not say what it is"_s));
        if (!entry.contains(u"generate"_s))
            QVERIFY2(files.contains(it.key()), qPrintable(it.key() + u" is expected but not in the folder"_s));
        else
            QVERIFY2(!files.contains(it.key()), qPrintable(it.key() + u" is generated, yet in the folder"_s));
    }
}

void TestBadFiles::badFile_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = QDir(badDir()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &skip : notInputs)
        names.removeAll(skip);
    for (auto it = m_expected.begin(); it != m_expected.end(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    names.sort();
    for (const QString &name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestBadFiles::badFile()
{
    QFETCH(QString, name);
    QVERIFY2(m_expected.contains(name), "no entry in tests/fixtures/bad/expected.json");
    const QJsonObject expected = m_expected.value(name).toObject();

    // A folder of its own: the data (a copy of the good import), the
    // working directory, and a generated input.
    const QString row = m_dir.filePath(u"rows/"_s + name);
    const QString work = row + u"/work"_s;
    const QString data = work + u"/data"_s;
    QVERIFY(copyFolder(m_baseline, data));
    QString input = QDir(badDir()).filePath(name);
    QStringList generatedFiles;
    if (expected.contains(u"generate"_s)) {
        input = QDir(row).filePath(name);
        QVERIFY2(generate(expected.value(u"generate"_s).toObject(), input), "the file could not be generated");
        generatedFiles.append(name);
    }
    const QStringList dataBefore = filesBelow(data);
    const qsizetype bytesBefore = TestSupport::databaseBytes(data).size();

    const Run run = TestSupport::runCli({u"--data-dir"_s, data, u"import"_s, u"--json"_s, input}, work);
    QCOMPARE(run.exitCode, expected.value(u"exit"_s).toInt(-2));

    // Each line of the import's report, exactly.
    const QList<QJsonObject> got = run.jsonLines();
    const QJsonArray want = expected.value(u"lines"_s).toArray();
    QCOMPARE(got.size(), want.size());
    QSet<QString> reportedVehicles;
    for (qsizetype i = 0; i < got.size(); ++i) {
        const QJsonObject line = got.at(i);
        const QJsonObject w = want.at(i).toObject();
        QCOMPARE(line.value(u"file"_s).toString(), input);
        QCOMPARE(line.value(u"status"_s).toString(), w.value(u"status"_s).toString());
        if (w.value(u"status"_s) == u"error"_s) {
            const QString error = line.value(u"error"_s).toString();
            if (w.contains(u"error_pattern"_s)) {
                const QRegularExpression pattern(u"\\A(?:"_s + w.value(u"error_pattern"_s).toString() + u")\\z"_s);
                QVERIFY2(pattern.match(error).hasMatch(), qPrintable(error));
            } else {
                QCOMPARE(error, w.value(u"error"_s).toString());
            }
            // The same words reach a person running the tool by hand.
            QVERIFY2(run.err.contains(error), qPrintable(run.err));
            QVERIFY(line.value(u"vehicle"_s).isNull());
            QCOMPARE(line.value(u"sessions_new"_s).toInt(), 0);
            continue;
        }
        QVERIFY(line.value(u"error"_s).isNull());
        const QString vehicle = line.value(u"vehicle"_s).toString();
        QVERIFY2(QRegularExpression(u"\\A[0-9a-f]{16}\\z"_s).match(vehicle).hasMatch(), qPrintable(vehicle));
        QVERIFY2(!m_vehicleKeys.contains(vehicle), "a bad file was stored as a vehicle that was there before");
        reportedVehicles.insert(vehicle);
        QCOMPARE(jsonText(line.value(u"model"_s)), jsonText(w.value(u"model"_s)));
        QCOMPARE(jsonText(line.value(u"note"_s)), jsonText(w.value(u"note"_s)));
        QCOMPARE(line.value(u"sessions_new"_s).toInt(), w.value(u"new"_s).toInt(-1));
        QCOMPARE(line.value(u"sessions_duplicate"_s).toInt(), 0);
        // The rejected records: their indexes and reasons, in order.
        const QJsonArray rejected = line.value(u"rejected"_s).toArray();
        const QJsonArray wantRejected = w.value(u"rejected"_s).toArray();
        QCOMPARE(line.value(u"sessions_rejected"_s).toInt(), wantRejected.size());
        QCOMPARE(rejected.size(), wantRejected.size());
        for (qsizetype r = 0; r < rejected.size(); ++r) {
            const QJsonObject rejection = rejected.at(r).toObject();
            const QJsonArray wantRejection = wantRejected.at(r).toArray();
            QCOMPARE(rejection.value(u"index"_s).toInteger(), wantRejection.at(0).toInteger());
            QCOMPARE(rejection.value(u"reason"_s).toString(), wantRejection.at(1).toString());
        }
    }

    // What was stored: the vehicles that were there are unchanged, and
    // the bad file added exactly what expected.json says (often nothing).
    const QStringList vehicles = lines(data, {u"vehicles"_s, u"--json"_s});
    const QStringList health = lines(data, {u"health"_s, u"--json"_s});
    const QJsonArray wantStored = expected.value(u"stored"_s).toArray();
    if (wantStored.isEmpty()) {
        QCOMPARE(vehicles, m_vehicles);
        QCOMPARE(health, m_health);
    } else {
        for (const QString &line : std::as_const(m_vehicles))
            QVERIFY2(vehicles.contains(line), qPrintable(line));
        for (const QString &line : std::as_const(m_health)) {
            if (m_vehicleKeys.contains(parsed(line).value(u"vehicle"_s).toString()))
                QVERIFY2(health.contains(line), qPrintable(line));
        }
        QList<QJsonObject> added;
        for (const QString &line : vehicles) {
            if (!m_vehicleKeys.contains(parsed(line).value(u"vehicle"_s).toString()))
                added.append(parsed(line));
        }
        QCOMPARE(added.size(), wantStored.size());
        for (qsizetype i = 0; i < added.size(); ++i) {
            const QJsonObject &vehicle = added.at(i);
            const QJsonObject w = wantStored.at(i).toObject();
            const QString key = vehicle.value(u"vehicle"_s).toString();
            QVERIFY(reportedVehicles.contains(key));
            for (auto it = w.begin(); it != w.end(); ++it) {
                if (it.key() == u"readings") {
                    qsizetype readings = 0;
                    for (const QString &line : health) {
                        const QJsonObject o = parsed(line);
                        readings += o.value(u"type"_s) == u"reading"_s && o.value(u"vehicle"_s) == key;
                    }
                    QCOMPARE(readings, it.value().toInteger());
                } else {
                    QCOMPARE(jsonText(vehicle.value(it.key())), jsonText(it.value()));
                }
            }
        }
    }

    // Nothing of the file that should not be kept: no VIN it holds, nothing
    // the size of its texts, no file beside the database or outside it.
    const QByteArray database = TestSupport::databaseBytes(data);
    QVERIFY2(database.size() < bytesBefore + (1 << 20), qPrintable(QString::number(database.size())));
    if (QFileInfo(input).size() < (1 << 20)) {
        static const QRegularExpression vinPattern(u"[A-HJ-NPR-Z0-9]{17}"_s);
        const QString text = QString::fromLatin1(TestSupport::readFile(input));
        for (auto it = vinPattern.globalMatch(text); it.hasNext();) {
            const QString vin = it.next().captured();
            QVERIFY2(!database.contains(vin.toLatin1()), qPrintable(vin + u" was stored"_s));
        }
    }
    QCOMPARE(filesBelow(data), dataBefore);
    QStringList rowFiles = generatedFiles + QStringList{u"work"_s, u"work/data"_s};
    for (const QString &file : dataBefore)
        rowFiles.append(u"work/data/"_s + file);
    rowFiles.sort();
    QCOMPARE(filesBelow(row), rowFiles);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{u"baseline"_s, u"rows"_s}));
    for (const QString &entry : QDir(m_dir.filePath(u"rows"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QVERIFY2(m_expected.contains(entry), qPrintable(entry + u" was written beside the rows"_s));
}

void TestBadFiles::memoryRunsOut()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves terabytes of address space, so a cap on it cannot stand for memory running "
          "out; the normal build runs this test");
#elif defined(Q_OS_LINUX)
    // A 200 MB history (a list opened, then a hole) within the limits,
    // read by the tool with 512 MB of address space: parsing it needs
    // more. The allocation that fails becomes a message, not a crash.
    const QString row = m_dir.filePath(u"rows/json-200mb-sparse.json"_s);
    const QString data = row + u"/work/data"_s;
    QVERIFY(copyFolder(m_baseline, data));
    const QString input = QDir(row).filePath(u"json-200mb-sparse.json"_s);
    QVERIFY(generate(QJsonObject{{u"parts"_s, QJsonArray{QJsonArray{u"[ "_s, 1}}}, {u"size"_s, 200 << 20}}, input));
    QProcess process;
    process.setWorkingDirectory(row + u"/work"_s);
    process.setChildProcessModifier([] {
        const rlimit limit{rlim_t(512) << 20, rlim_t(512) << 20};
        setrlimit(RLIMIT_AS, &limit);
    });
    process.start(TestSupport::cliPath(), {u"--data-dir"_s, data, u"import"_s, u"--json"_s, input});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    Run run;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    const QList<QJsonObject> got = run.jsonLines();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().value(u"error"_s).toString(), u"json-200mb-sparse.json is too large to read into memory (200 MB)"_s);
    QCOMPARE(lines(data, {u"vehicles"_s, u"--json"_s}), m_vehicles);
    QCOMPARE(lines(data, {u"health"_s, u"--json"_s}), m_health);
    QVERIFY(QFile::remove(input));
#else
    QSKIP("the address space is capped with setrlimit, which is Linux's");
#endif
}

QTEST_GUILESS_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
