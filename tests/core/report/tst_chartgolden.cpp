// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Golden files of the app's "Export chart data as CSV" for the committed
// golden fleet (see tests/cli/tst_golden.cpp): the numbers the chart draws
// must not change unless someone means them to.
//   CARDATA_UPDATE_GOLDEN=1 build/tests/tst_chartgolden
#include "core/operations/operations.h"
#include "core/report/chartdata.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestChartGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csv_data();
    void csv();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Operations> m_ops;
};

void TestChartGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(data));
    QByteArray secret(32, '\0');
    for (int i = 0; i < 32; ++i)
        secret[i] = char(i);
    QVERIFY(TestSupport::writeFile(QDir(data).filePath(u"installation-secret"_s), secret));
    QVERIFY(QFile::setPermissions(QDir(data).filePath(u"installation-secret"_s),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto ops = Operations::open(data);
    QVERIFY2(ops, qPrintable(TestSupport::errorText(ops)));
    m_ops = std::move(*ops);
    const auto run = m_ops->importPaths({TestSupport::fixture(u"golden/fleet.zip"_s)}, {});
    QVERIFY2(run, qPrintable(TestSupport::errorText(run)));
    QCOMPARE(run->files.size(), 1);
    QCOMPARE(run->files.first().vehicles.size(), 12);
}

void TestChartGolden::csv_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("bandModel");
    QTest::addColumn<int>("xAxis");
    QTest::addColumn<int>("yUnit");
    QTest::addColumn<int>("distance");
    QTest::addColumn<QString>("golden");
    QTest::newRow("all, by mileage, SoH, selected i3")
        << QString() << u"434aa5c13a2d185d"_s << QString() << int(ChartOptions::XAxis::Mileage)
        << int(ChartOptions::YUnit::SohPercent) << int(ChartOptions::Distance::Km) << u"chart-all-mileage-soh.csv"_s;
    QTest::newRow("i3, by date, kWh, selected")
        << u"i3 (120 Ah)"_s << u"cf458620429a842c"_s << u"i3 (120 Ah)"_s << int(ChartOptions::XAxis::Date)
        << int(ChartOptions::YUnit::Kwh) << int(ChartOptions::Distance::Km) << u"chart-i3-date-kwh.csv"_s;
    QTest::newRow("i4 band, miles, nothing selected")
        << QString() << QString() << u"i4 xDrive40"_s << int(ChartOptions::XAxis::Mileage)
        << int(ChartOptions::YUnit::Kwh) << int(ChartOptions::Distance::Miles) << u"chart-i4-miles.csv"_s;
}

void TestChartGolden::csv()
{
    QFETCH(QString, model);
    QFETCH(QString, selected);
    QFETCH(QString, bandModel);
    QFETCH(int, xAxis);
    QFETCH(int, yUnit);
    QFETCH(int, distance);
    QFETCH(QString, golden);
    ChartOptions options;
    options.xAxis = ChartOptions::XAxis(xAxis);
    options.yUnit = ChartOptions::YUnit(yUnit);
    options.distance = ChartOptions::Distance(distance);
    options.selectedKey = selected;
    const auto views = m_ops->healthViews({model, {}});
    QVERIFY2(views, qPrintable(TestSupport::errorText(views)));
    const QByteArray actual = ChartData::build(*views, options, bandModel).toCsv();
    const QString path = QDir(QStringLiteral(CARDATA_GOLDEN_DIR)).filePath(golden);
    if (qEnvironmentVariableIntValue("CARDATA_UPDATE_GOLDEN") == 1) {
        QVERIFY(TestSupport::writeFile(path, actual));
        QSKIP("golden file rewritten; review the diff");
    }
    const QByteArray expected = TestSupport::readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file "_s + path));
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

QTEST_GUILESS_MAIN(TestChartGolden)
#include "tst_chartgolden.moc"
