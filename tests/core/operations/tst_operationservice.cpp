// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The app's worker thread: imports and edits run there, one after another,
// each on a connection opened and closed in that thread; results arrive as
// signals in the caller's thread.
#include "core/operations/operations.h"
#include "core/operations/operationservice.h"
#include "demo/fleetgenerator.h"
#include "testsupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

class TestOperationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importRunsOnWorkerThread();
    void cancelBeforeTheRunBegins();
    void editsRunInOrderAndReport();
    void unopenableDatabaseIsReported();
    void pendingEstimatesAreRecomputedInTheBackground();

private:
    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOperationService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOperationService::importRunsOnWorkerThread()
{
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    OperationService service(dataDir());
    QSignalSpy results(&service, &OperationService::fileFinished);
    QSignalSpy progress(&service, &OperationService::progress);
    QSignalSpy finished(&service, &OperationService::importFinished);
    QSignalSpy changed(&service, &OperationService::dataChanged);
    QSignalSpy idle(&service, &OperationService::idle);
    service.startImport({fixture(u"current"_s), fixture(u"api"_s), m_dir->filePath(u"missing.json"_s)});
    QVERIFY(service.isImporting());
    QVERIFY(service.isBusy());
    QVERIFY(finished.wait(20000));
    const auto run = finished.first().first().value<ImportRun>();
    QVERIFY(!run.cancelled);
    QVERIFY(run.failed()); // the missing file
    QCOMPARE(run.estimatesUpdated, 2);
    QVERIFY(!service.isImporting());
    QCOMPARE(results.size(), 3);
    const auto last = results.last().first().value<FileImportResult>();
    QCOMPARE(last.status, FileImportResult::Status::Error);
    QCOMPARE(last.error, u"missing.json does not exist"_s);
    const auto lastProgress = progress.last().first().value<ImportProgress>();
    QCOMPARE(lastProgress.filesDone, 3);
    QCOMPARE(lastProgress.filesTotal, 3);
    QCOMPARE(lastProgress.sessions, 7);
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(changed.size(), 1);
    // The worker's connections were opened and closed in its own thread.
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    auto ops = Operations::open(dataDir());
    QCOMPARE((*ops)->vehicles()->size(), 2);
}

void TestOperationService::cancelBeforeTheRunBegins()
{
    // Cancel right after start, before the worker gets to the first file
    // (it first opens its own database connection, which takes
    // milliseconds; cancel follows start within microseconds): nothing is
    // imported, and the run says it was cancelled.
    OperationService service(dataDir());
    QSignalSpy finished(&service, &OperationService::importFinished);
    QSignalSpy results(&service, &OperationService::fileFinished);
    service.startImport({fixture(u"current"_s), fixture(u"api"_s)});
    service.cancelImport();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().first().value<ImportRun>().cancelled);
    QCOMPARE(results.size(), 0);
    // The next run is not affected by the earlier cancel.
    service.startImport({fixture(u"api"_s)});
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.last().first().value<ImportRun>().cancelled);
    QCOMPARE(results.size(), 1);
}

void TestOperationService::editsRunInOrderAndReport()
{
    OperationService service(dataDir());
    QSignalSpy imported(&service, &OperationService::importFinished);
    QSignalSpy edits(&service, &OperationService::editFinished);
    QSignalSpy idle(&service, &OperationService::idle);
    service.startImport({fixture(u"api"_s)});
    QVERIFY(imported.wait(20000));
    const QString key = imported.first().first().value<ImportRun>().files.first().vehicles.first().vehicleKey;

    // Queued one after another without waiting: they run in this order.
    service.edit(EditRequest::setModel(key, u"MINI Cooper SE"_s));
    service.edit(EditRequest::setCapacityNew(key, 28.5));
    service.edit(EditRequest::setCapacityNew(key, 0.0));
    service.edit(EditRequest::forget(u"0000000000000000"_s));
    QTRY_COMPARE_WITH_TIMEOUT(edits.size(), 4, 20000);
    QTRY_COMPARE(idle.size(), 2);
    const auto outcome = [&](int i) { return edits.at(i).first().value<EditOutcome>(); };
    QVERIFY(outcome(0).ok());
    QCOMPARE(outcome(0).request.kind, EditRequest::Kind::SetModel);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(outcome(i).request.id, outcome(0).request.id + quint64(i)); // each outcome names its request
    QVERIFY(outcome(1).ok());
    QVERIFY2(outcome(2).error.contains(u"not a plausible capacity when new"_s), qPrintable(outcome(2).error));
    QCOMPARE(outcome(3).error, u"no vehicle 0000000000000000 in this database"_s);
    auto ops = Operations::open(dataDir());
    const auto v = *(*ops)->vehicle(key);
    QCOMPARE(v->model, u"MINI Cooper SE"_s);
    QCOMPARE(v->capacityNewOverrideKwh, std::optional<double>(28.5));
    QCOMPARE(v->capacityNewSource, u"override"_s);
}

void TestOperationService::unopenableDatabaseIsReported()
{
    // The data folder is a file: nothing can be opened there.
    const QString notAFolder = m_dir->filePath(u"file"_s);
    QVERIFY(TestSupport::writeFile(notAFolder, "x"));
    OperationService service(notAFolder);
    QSignalSpy failed(&service, &OperationService::failed);
    QSignalSpy finished(&service, &OperationService::importFinished);
    QSignalSpy edits(&service, &OperationService::editFinished);
    service.startImport({fixture(u"api"_s)});
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().startsWith(u"Cannot create the data folder"_s),
             qPrintable(failed.first().first().toString()));
    QVERIFY(finished.first().first().value<ImportRun>().files.isEmpty());
    service.edit(EditRequest::forget(u"0000000000000000"_s));
    QVERIFY(edits.wait(20000));
    QVERIFY(edits.first().first().value<EditOutcome>().error.startsWith(u"Cannot create the data folder"_s));
}

QTEST_GUILESS_MAIN(TestOperationService)
void TestOperationService::pendingEstimatesAreRecomputedInTheBackground()
{
    // A generated fleet, imported in two runs: the second brings vehicles
    // that move the efficiency the first run's grid-only vehicles lean on.
    FleetOptions options;
    options.vehicles = 12;
    options.seed = 3;
    QVERIFY(FleetGenerator::write(m_dir->filePath(u"fleet"_s), options));
    QStringList entries;
    const QDir exports(m_dir->filePath(u"fleet/exports"_s));
    for (const QString &name : exports.entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name))
        entries.append(exports.filePath(name));
    QVERIFY(entries.size() > 4);
    const QStringList first = entries.mid(0, entries.size() - 3);
    const QStringList second = entries.mid(entries.size() - 3);

    OperationService service(dataDir());
    QSignalSpy finished(&service, &OperationService::importFinished);
    QSignalSpy changed(&service, &OperationService::dataChanged);
    QSignalSpy idle(&service, &OperationService::idle);
    service.startImport(first);
    QVERIFY(finished.wait(60000));
    QTRY_COMPARE(idle.size(), 1);
    service.startImport(second);
    QVERIFY(finished.wait(60000));
    const auto run = finished.last().first().value<ImportRun>();
    QVERIFY2(!run.failed(), qPrintable(run.estimateError));
    QVERIFY2(run.estimatesPending > 0, "the second run should have left others pending");
    // Once the window's worker is idle again, nothing is out of date, and
    // the views were told twice (the import, then the recompute).
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 2, 60000);
    const qsizetype changes = changed.size();
    QCOMPARE(changes, 3);
    auto ops = Operations::open(dataDir());
    QVERIFY(ops);
    QCOMPARE((*ops)->missingEstimates().value_or(-1), 0);
}

#include "tst_operationservice.moc"
