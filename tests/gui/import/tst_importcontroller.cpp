// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The import workflow: files go to the worker thread, results to the panel,
// and the question "which model is this?" is asked once per vehicle, with
// the answer stored before the import counts as finished.
#include "core/operations/operations.h"
#include "gui/common/workspace.h"
#include "gui/import/importcontroller.h"
#include "gui/import/importpanel.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

namespace {

const QString currentJson = u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s;
const QString olderJson = u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_20-06-2024.json"_s;

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answerIsStoredBeforeFinished();
    void askedOncePerVehicle();
    void errorsReachThePanel();
    void queuedImportsRunInTurn();

private:
    bool runAndWait(ImportController &controller, const QStringList &paths);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(fixture(u"current/"_s + currentJson), m_dir->filePath(currentJson)));
    QVERIFY(QFile::copy(fixture(u"older/"_s + olderJson), m_dir->filePath(olderJson)));
}

bool TestImportController::runAndWait(ImportController &controller, const QStringList &paths)
{
    QSignalSpy finished(&controller, &ImportController::finished);
    controller.importPaths(paths);
    return finished.wait(60000) || !finished.isEmpty();
}

void TestImportController::answerIsStoredBeforeFinished()
{
    Workspace workspace(m_dir->filePath(u"data"_s));
    workspace.open(false);
    ImportPanel panel;
    ImportController controller(workspace, panel);
    QList<ImportController::ModelQuestion> asked;
    controller.setModelPrompt([&](const ImportController::ModelQuestion &q) {
        asked.append(q);
        return std::optional<QString>(u"i4 eDrive40"_s);
    });
    QVERIFY(runAndWait(controller, {m_dir->filePath(currentJson)}));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().sessions, 4);
    QVERIFY(asked.first().file.endsWith(currentJson));
    QVERIFY(!controller.isBusy());
    // By the time "finished" arrives, the answer and its estimate are stored.
    const auto v = *workspace.reader()->vehicle(asked.first().vehicleKey);
    QVERIFY(v);
    QCOMPARE(v->model, u"i4 eDrive40"_s);
    QCOMPARE(v->modelSource, u"user"_s);
    QVERIFY(v->capacityNewKwh);
}

void TestImportController::askedOncePerVehicle()
{
    Workspace workspace(m_dir->filePath(u"data"_s));
    workspace.open(false);
    ImportPanel panel;
    ImportController controller(workspace, panel);
    int asked = 0;
    controller.setModelPrompt([&](const ImportController::ModelQuestion &) {
        ++asked;
        return std::optional<QString>(); // not now
    });
    QVERIFY(runAndWait(controller, {m_dir->filePath(currentJson)}));
    QVERIFY(runAndWait(controller, {m_dir->filePath(olderJson)}));
    QCOMPARE(asked, 1);
    QVERIFY((*workspace.reader()->vehicles()).first().model.isEmpty());
}

void TestImportController::errorsReachThePanel()
{
    Workspace workspace(m_dir->filePath(u"data"_s));
    workspace.open(false);
    ImportPanel panel;
    ImportController controller(workspace, panel);
    const QString broken = m_dir->filePath(u"broken.json"_s);
    QVERIFY(TestSupport::writeFile(broken, "[{\"startTime\": "));
    QVERIFY(runAndWait(controller, {broken}));
    QTreeWidget *results = panel.results();
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(ImportPanel::StatusColumn), u"Error"_s);
    QVERIFY(results->topLevelItem(0)->text(ImportPanel::DetailsColumn).startsWith(u"broken.json "_s));
}

void TestImportController::queuedImportsRunInTurn()
{
    Workspace workspace(m_dir->filePath(u"data"_s));
    workspace.open(false);
    ImportPanel panel;
    ImportController controller(workspace, panel);
    controller.setModelPrompt([](const ImportController::ModelQuestion &) { return std::optional<QString>(); });
    QSignalSpy finished(&controller, &ImportController::finished);
    QSignalSpy messages(&controller, &ImportController::message);
    controller.importPaths({fixture(u"current"_s)});
    controller.importPaths({fixture(u"api"_s)});
    QVERIFY(controller.isBusy());
    QCOMPARE(messages.size(), 1); // "will be imported when the current import has finished"
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(workspace.reader()->vehicles()->size(), 2);
    QCOMPARE(panel.results()->topLevelItemCount(), 2);
}

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
