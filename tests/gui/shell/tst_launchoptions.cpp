// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/launchoptions.h"

#include <QFileInfo>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestLaunchOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void launchOptions_data();
    void launchOptions();
    void qtOptionsAreSkipped_data();
    void qtOptionsAreSkipped();
    void helpAllListsQtOptions();
};

void TestLaunchOptions::launchOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("files");
    QTest::newRow("plain") << QStringList{u"app"_s} << true << 0;
    QTest::newRow("files") << QStringList{u"app"_s, u"--data-dir"_s, u"/tmp/x"_s, u"a.zip"_s, u"b.json"_s} << true << 2;
    QTest::newRow("engine") << QStringList{u"app"_s, u"--engine"_s, u"plotly"_s} << true << 0;
    QTest::newRow("bad engine") << QStringList{u"app"_s, u"--engine"_s, u"gnuplot"_s} << false << 0;
    QTest::newRow("bad size") << QStringList{u"app"_s, u"--window-size"_s, u"big"_s} << false << 0;
    QTest::newRow("unknown option") << QStringList{u"app"_s, u"--frobnicate"_s} << false << 0;
}

void TestLaunchOptions::launchOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, files);
    QString error;
    const auto o = LaunchOptions::parse(arguments, &error);
    QCOMPARE(o.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(o->files.size(), files);
    QVERIFY(!o->dataDir.isEmpty());
    for (const QString &f : o->files)
        QVERIFY(QFileInfo(f).isAbsolute());
}

// The command line is parsed once before the QApplication exists (to answer
// --help without a display), so Qt's own GUI options are still in it then.
void TestLaunchOptions::qtOptionsAreSkipped_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("-platform") << QStringList{u"-platform"_s, u"offscreen"_s};
    QTest::newRow("--platform") << QStringList{u"--platform"_s, u"offscreen"_s};
    QTest::newRow("-style=") << QStringList{u"-style=fusion"_s};
    QTest::newRow("-style") << QStringList{u"-style"_s, u"fusion"_s};
    QTest::newRow("switches") << QStringList{u"-reverse"_s, u"-nograb"_s, u"-widgetcount"_s};
    QTest::newRow("X11") << QStringList{u"-display"_s, u":1"_s, u"-name"_s, u"x"_s, u"-geometry"_s, u"800x600"_s};
}

// Skipped with their values: the values do not become files to import.
void TestLaunchOptions::qtOptionsAreSkipped()
{
    QFETCH(QStringList, arguments);
    QString error;
    const auto o = LaunchOptions::parse(QStringList{u"app"_s} + arguments + QStringList{u"--demo"_s, u"a.zip"_s},
                                        &error);
    QVERIFY2(o, qPrintable(error));
    QVERIFY(o->demo);
    QCOMPARE(o->files.size(), 1);
    QVERIFY(o->files.first().endsWith(u"/a.zip"_s));
    QVERIFY(!o->helpRequested);
}

void TestLaunchOptions::helpAllListsQtOptions()
{
    QString error;
    const auto help = LaunchOptions::parse({u"app"_s, u"--help"_s}, &error);
    QVERIFY2(help, qPrintable(error));
    QVERIFY(help->helpRequested);
    QVERIFY(help->helpText.contains(u"--data-dir"_s));
    QVERIFY(help->helpText.contains(u"--help-all"_s));
    QVERIFY2(!help->helpText.contains(u"platform"_s), qPrintable(help->helpText));

    const auto all = LaunchOptions::parse({u"app"_s, u"--help-all"_s}, &error);
    QVERIFY2(all, qPrintable(error));
    QVERIFY(all->helpRequested);
    QVERIFY(all->helpText.contains(u"--data-dir"_s));
    QVERIFY2(all->helpText.contains(u"--platform <platformName[:options]>"_s), qPrintable(all->helpText));
    QVERIFY(all->helpText.contains(u"--qwindowtitle <title>"_s));
    // Accepted, but not Qt's to document in --help-all either.
    QVERIFY(!all->helpText.contains(u"widgetcount"_s));
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
