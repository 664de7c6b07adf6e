// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "guitesthelpers.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// Starts the real binary in a real (virtual) X server: the path a user
// takes, including "Open with" files on the command line.
class TestSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void launchImportScreenshot_data();
    void launchImportScreenshot();
    void badArgumentsSayWhy();
    void helpAndVersionWithoutDisplay_data();
    void helpAndVersionWithoutDisplay();
};

void TestSmoke::launchImportScreenshot_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("native") << u"native"_s;
    QTest::newRow("plotly") << u"plotly"_s;
}

void TestSmoke::launchImportScreenshot()
{
    QFETCH(QString, engine);
    const QString xvfb = QStandardPaths::findExecutable(u"xvfb-run"_s);
    if (xvfb.isEmpty())
        QFAIL("xvfb-run is not installed (packaging/debian-build-deps.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"runtime"_s));
    QFile::setPermissions(dir.filePath(u"runtime"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString shot = dir.filePath(u"shot.png"_s);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s); // a real X connection, not offscreen
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)); // settings stay in the test's folder
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"share"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"runtime"_s));
    env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"qt.webenginecontext.info=false"_s);
    QProcess app;
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(dir.path());
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(xvfb, {u"-a"_s, u"-s"_s, u"-screen 0 1280x800x24"_s, QStringLiteral(CARDATA_APP_PATH),
                     u"--data-dir"_s, dir.filePath(u"data"_s), u"--engine"_s, engine, u"--window-size"_s,
                     u"1100x720"_s, u"--select-first"_s, u"--screenshot"_s, shot,
                     TestSupport::fixture(u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s),
                     TestSupport::fixture(u"current/BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml"_s)});
    QVERIFY2(app.waitForStarted(30000), qPrintable(app.errorString()));
    QVERIFY2(app.waitForFinished(240000), "the app did not quit after its screenshot");
    const QByteArray log = app.readAll();
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, log.constData());

    const QImage image(shot);
    QVERIFY2(!image.isNull(), log.constData());
    QVERIFY(image.width() >= 1000 && image.height() >= 600);
    QVERIFY2(GuiTest::distinctColours(image) > 20, "the screenshot is not blank");
    // The import happened: the database holds the vehicle.
    QVERIFY(QFile::exists(dir.filePath(u"data/cardata-health.sqlite"_s)));
    QVERIFY(!TestSupport::databaseBytes(dir.filePath(u"data"_s)).isEmpty());
}

void TestSmoke::badArgumentsSayWhy()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(CARDATA_APP_PATH), {u"--engine"_s, u"gnuplot"_s});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("gnuplot"));
}

void TestSmoke::helpAndVersionWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    const QStringList options = {u"--data-dir <DIR>"_s,    u"--demo"_s,
                                 u"--engine <ENGINE>"_s,   u"--screenshot <FILE>"_s,
                                 u"--window-size <WxH>"_s, u"--select-first"_s,
                                 u"-h, --help"_s,          u"--help-all"_s,
                                 u"-v, --version"_s};
    const QString version = u"cardata-health " CARDATA_VERSION "\n"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"C"_s << 0 << options << QString();
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"C"_s << 0 << options << QString();
    QTest::newRow("--help-all") << QStringList{u"--help-all"_s} << u"C"_s << 0
                                << (options + QStringList{u"--platform <platformName[:options]>"_s}) << QString();
    QTest::newRow("--version") << QStringList{u"--version"_s} << u"C"_s << 0 << QStringList{version} << QString();
    QTest::newRow("-v") << QStringList{u"-v"_s} << u"C"_s << 0 << QStringList{version} << QString();
    // The translations are loaded before the help is printed.
    QTest::newRow("German") << QStringList{u"--help"_s} << u"de_DE.UTF-8"_s << 0
                            << QStringList{u"--data-dir <ORDNER>"_s, u"Datenordner"_s} << QString();
    // Qt's own options are skipped as QApplication would take them.
    QTest::newRow("Qt options") << QStringList{u"-platform"_s, u"xcb"_s, u"-style=fusion"_s, u"--version"_s}
                                << u"C"_s << 0 << QStringList{version} << QString();
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"C"_s << 2 << QStringList()
                                    << u"Unknown option 'frobnicate'"_s;
    QTest::newRow("bad value") << QStringList{u"--engine"_s, u"gnuplot"_s} << u"C"_s << 2 << QStringList()
                               << u"gnuplot"_s;
}

// --help, --version and usage errors are answered before the GUI exists:
// no display at all, as over ssh or when help2man runs at build time.
void TestSmoke::helpAndVersionWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(int, exitCode);
    QFETCH(QStringList, stdoutHas);
    QFETCH(QString, stderrHas);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)); // the language setting is read
    QProcess app;
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(dir.path());
    app.start(QStringLiteral(CARDATA_APP_PATH), arguments);
    QVERIFY2(app.waitForFinished(60000), "the app did not answer on its own");
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    const QString err = QString::fromUtf8(app.readAllStandardError());
    const QString log = out + err;
    QVERIFY2(app.exitStatus() == QProcess::NormalExit, qPrintable(log));
    QCOMPARE(app.exitCode(), exitCode);
    for (const QString &text : std::as_const(stdoutHas))
        QVERIFY2(out.contains(text), qPrintable(u"missing '%1' in:\n%2"_s.arg(text, log)));
    if (stderrHas.isEmpty())
        QVERIFY2(err.isEmpty(), qPrintable(err));
    else
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    if (!arguments.contains(u"--help-all"_s))
        QVERIFY2(!out.contains(u"platform"_s), "Qt's options belong to --help-all");
}

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
