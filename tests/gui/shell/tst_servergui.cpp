// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window on a team's server: it says which database it shows, shows
// what another member imports, offers a role that may only read the
// dashboard without the imports, and Settings -> Database switches between
// the server and the folder's own file (tests/support/pgserver.sh).
#include "core/operations/operations.h"
#include "gui/dashboard/vehicletablemodel.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/launchoptions.h"
#include "gui/shell/mainwindow.h"
#include "guitestmain.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Window
{
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
    Window(const QString &settingsFile, const QString &dataDir)
    {
        settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
        LaunchOptions options;
        options.dataDir = dataDir;
        options.windowSize = QSize(1000, 700);
        window = std::make_unique<MainWindow>(options, *settings);
        window->setModelPrompt([](const MainWindow::ModelQuestion &) { return std::optional<QString>(); });
        window->show();
        window->start();
    }
};

} // namespace

class TestServerGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sharedFleetShowsOthersImports();
    void readOnlyRoleGetsTheDashboard();
};

void TestServerGui::initTestCase()
{
    if (!TestDatabase::serverRun())
        QFAIL("CARDATA_TEST_SERVER is not set: this test runs against the suite's test server");
}

void TestServerGui::sharedFleetShowsOthersImports()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    TestDatabase database(data);
    {
        Window w(dir.filePath(u"settings.ini"_s), data);
        QVERIFY2(w.window->windowTitle().contains(u"shared database postgresql://"_s), qPrintable(w.window->windowTitle()));
        QSignalSpy finished(w.window.get(), &MainWindow::importFinished);
        w.window->importPaths({TestSupport::fixture(u"current"_s)});
        QVERIFY(finished.wait(60000) || finished.count() > 0);
        QCOMPARE(w.window->vehicleModel()->rowCount(), 1);

        // Another member imports another car with the team's key.
        const TestSupport::CliRun other = TestSupport::runCli(
            {u"--data-dir"_s, dir.filePath(u"other"_s), u"--database"_s, database.url(), u"--team-key-file"_s,
             QDir(data).filePath(u"team-key"_s), u"import"_s, TestSupport::fixture(u"api"_s)},
            dir.path());
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QCOMPARE(w.window->vehicleModel()->rowCount(), 1);
        w.window->pollServer();
        QTRY_COMPARE(w.window->vehicleModel()->rowCount(), 2);
        QVERIFY(!w.window->showsReadOnly());
    }
    // Back to the folder's own file (Settings -> Database, "this computer"):
    // an empty database; the server keeps the fleet.
    QVERIFY(Operations::chooseDatabase(data, QString(), QString()).has_value());
    {
        Window w(dir.filePath(u"settings.ini"_s), data);
        QVERIFY(!w.window->windowTitle().contains(u"shared database"_s));
        QTRY_VERIFY(w.window->showsDropZone());
    }
    QVERIFY(Operations::chooseDatabase(data, database.url(), QString()).has_value());
    Window again(dir.filePath(u"settings.ini"_s), data);
    QTRY_COMPARE(again.window->vehicleModel()->rowCount(), 2);
}

void TestServerGui::readOnlyRoleGetsTheDashboard()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(u"data"_s);
    TestDatabase database(data);
    QCOMPARE(TestSupport::runCli({u"--data-dir"_s, data, u"import"_s, TestSupport::fixture(u"current"_s)}, dir.path()).exitCode, 0);
    const QString reader = u"gui_reader_%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(database.exec(u"CREATE ROLE %1 LOGIN"_s.arg(reader)));
    QVERIFY(database.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(reader)));
    QUrl url(database.url());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"user"_s);
    query.addQueryItem(u"user"_s, reader);
    url.setQuery(query);
    const QString viewer = dir.filePath(u"viewer"_s);
    QVERIFY(Operations::chooseDatabase(viewer, url.toString(QUrl::FullyEncoded), QString()).has_value());
    {
        Window w(dir.filePath(u"settings.ini"_s), viewer);
        QTRY_COMPARE(w.window->vehicleModel()->rowCount(), 1);
        QVERIFY(w.window->showsReadOnly());
    }
    QVERIFY(database.exec(u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"_s.arg(reader)));
    QVERIFY(database.exec(u"DROP ROLE %1"_s.arg(reader)));
}

CARDATA_GUI_TEST_MAIN(TestServerGui)
#include "tst_servergui.moc"
