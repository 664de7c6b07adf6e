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

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
