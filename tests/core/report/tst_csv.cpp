// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The one CSV dialect of the project.
#include "core/report/csv.h"

#include <QJsonValue>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void numbersAndJsonFields();
};

void TestCsv::text_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"i4 eDrive40"_s << u"i4 eDrive40"_s;
    QTest::newRow("comma") << u"i4 eDrive40 fleet, 8 vehicles"_s << u"\"i4 eDrive40 fleet, 8 vehicles\""_s;
    QTest::newRow("quote") << u"the \"Gran\" Coupé"_s << u"\"the \"\"Gran\"\" Coupé\""_s;
    QTest::newRow("line feed") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"two\rlines"_s << u"\"two\rlines\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::text()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Csv::text(in), out);
}

void TestCsv::numbersAndJsonFields()
{
    QCOMPARE(Csv::number(80.6666, 1), u"80.7"_s);
    QCOMPARE(Csv::number(-0.04, 3), u"-0.040"_s);
    QCOMPARE(Csv::number(NAN, 3), QString());
    QCOMPARE(Csv::number(INFINITY, 3), QString());
    QCOMPARE(Csv::field(QJsonValue()), QString());
    QCOMPARE(Csv::field(QJsonValue(QJsonValue::Undefined)), QString());
    QCOMPARE(Csv::field(true), u"1"_s);
    QCOMPARE(Csv::field(false), u"0"_s);
    QCOMPARE(Csv::field(19345.0), u"19345"_s);
    QCOMPARE(Csv::field(1.0 / 3), u"0.3333333333"_s);
    QCOMPARE(Csv::field(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(Csv::line({u"a"_s, QString(), u"c"_s}), u"a,,c"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
