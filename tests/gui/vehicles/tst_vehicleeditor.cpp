// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Vehicle edits from the app: handed to the worker thread, each reported
// back once, with the refitted estimate stored by then.
#include "core/operations/operations.h"
#include "gui/common/workspace.h"
#include "gui/vehicles/vehicleeditor.h"
#include "testsupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::fixture;

namespace {

VehicleSummary stored(Workspace &workspace, const QString &key)
{
    const auto found = workspace.reader()->vehicle(key);
    if (!found || !*found)
        qFatal("vehicle %s is not in the database", qPrintable(key));
    return **found;
}

} // namespace

class TestVehicleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAreReportedWithTheirOutcome();
    void editsOfOthersAreNotReported();
};

void TestVehicleEditor::editsAreReportedWithTheirOutcome()
{
    QTemporaryDir dir;
    Workspace workspace(dir.path());
    workspace.open(false);
    QVERIFY((*workspace.reader()->importPaths({fixture(u"current"_s)}, {})).files.size() == 1);
    const QString key = (*workspace.reader()->vehicles()).first().key;
    VehicleEditor editor(workspace, nullptr);
    QSignalSpy finished(&editor, &VehicleEditor::finished);

    editor.setCapacity(key, 70.0);
    editor.setCapacity(key, 900.0);
    editor.setModel(key, u"i4 M50"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    const auto outcome = [&](int i) { return finished.at(i).first().value<EditOutcome>(); };
    QVERIFY(outcome(0).ok());
    QCOMPARE(outcome(0).request.kind, EditRequest::Kind::SetCapacityNew);
    QVERIFY(outcome(1).error.contains(u"not a plausible capacity when new"_s));
    QVERIFY(outcome(2).ok());
    const VehicleSummary v = stored(workspace, key);
    QCOMPARE(v.model, u"i4 M50"_s);
    QCOMPARE(v.capacityNewOverrideKwh, std::optional<double>(70.0));
    QCOMPARE(v.capacityNewSource, u"override"_s);

    editor.forget(key);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
    QVERIFY(outcome(3).ok());
    QVERIFY(workspace.reader()->vehicles()->isEmpty());
    editor.forget(key);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 30000);
    QCOMPARE(outcome(4).error, u"no vehicle %1 in this database"_s.arg(key));
}

void TestVehicleEditor::editsOfOthersAreNotReported()
{
    QTemporaryDir dir;
    Workspace workspace(dir.path());
    workspace.open(false);
    QVERIFY((*workspace.reader()->importPaths({fixture(u"api"_s)}, {})).files.size() == 1);
    const QString key = (*workspace.reader()->vehicles()).first().key;
    VehicleEditor editor(workspace, nullptr);
    QSignalSpy finished(&editor, &VehicleEditor::finished);
    QSignalSpy serviceFinished(workspace.service(), &OperationService::editFinished);
    // Another part of the app (the import's model question) edits too.
    workspace.service()->edit(EditRequest::setModel(key, u"MINI Cooper SE"_s));
    editor.setCapacity(key, 28.5);
    QTRY_COMPARE_WITH_TIMEOUT(serviceFinished.size(), 2, 30000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<EditOutcome>().request.kind, EditRequest::Kind::SetCapacityNew);
}

QTEST_MAIN(TestVehicleEditor)
#include "tst_vehicleeditor.moc"
