// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/vin.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestVin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromFileName_data();
    void fromFileName();
    void normalized_data();
    void normalized();
    void redacted_data();
    void redacted();
};

void TestVin::fromFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("vin");
    QTest::newRow("Ladehistorie") << u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s << u"WBY71AW010FP87013"_s;
    QTest::newRow("ChargingHistory") << u"CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s << u"WMW31DH0402R45678"_s;
    QTest::newRow("KeyList") << u"BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml"_s << u"WBY71AW010FP87013"_s;
    QTest::newRow("lower case") << u"ladehistorie_wby71aw010fp87013_1.json"_s << u"WBY71AW010FP87013"_s;
    QTest::newRow("placeholder") << u"BMW-CarData-Ladehistorie_WBAXXXXXXXXXXXXXX_01-01-2020.json"_s << QString();
    QTest::newRow("renamed") << u"home-2021.json"_s << QString();
    QTest::newRow("contains O") << u"x_WBY71AW010FP8701O_y.json"_s << QString();
    QTest::newRow("18 characters") << u"x_WBY71AW010FP870133_y.json"_s << QString();
}

void TestVin::fromFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, vin);
    QCOMPARE(Vin::fromFileName(name), vin);
}

void TestVin::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("vin");
    QTest::newRow("plain") << u"WBY71AW010FP87013"_s << u"WBY71AW010FP87013"_s;
    QTest::newRow("spaces, lower") << u" wby71aw010 fp87013 "_s << u"WBY71AW010FP87013"_s;
    QTest::newRow("I not allowed") << u"WBY71AW010FP8701I"_s << QString();
    QTest::newRow("too short") << u"WBY71AW010FP8701"_s << QString();
}

void TestVin::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, vin);
    QCOMPARE(Vin::normalized(text), vin);
}

void TestVin::redacted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("file name") << u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s
                               << u"BMW-CarData-Ladehistorie_[VIN]_15-08-2024.json"_s;
    QTest::newRow("two") << u"WBY71AW010FP87013 and wmw31dh0402r45678"_s << u"[VIN] and [VIN]"_s;
    QTest::newRow("placeholder") << u"x_WBAXXXXXXXXXXXXXX_y"_s << u"x_[VIN]_y"_s;
    QTest::newRow("ordinary words stay") << u"BMW-CarData-Ladehistorie.json"_s << u"BMW-CarData-Ladehistorie.json"_s;
    // A VIN of letters only is one as a file name gives it (fromFileName
    // reads it), so it is masked as well; a mixed-case word is not.
    QTest::newRow("letters only") << u"CarData-ChargingHistory_WBYKJHKEERXFEGWBX_01-09-2025.json"_s
                                  << u"CarData-ChargingHistory_[VIN]_01-09-2025.json"_s;
    QTest::newRow("a long word stays") << u"Stadtwerkeladepunkt"_s.left(17) + u" AG"_s
                                       << u"Stadtwerkeladepunkt"_s.left(17) + u" AG"_s;
    QTest::newRow("a number stays") << u"12345678901234567"_s << u"12345678901234567"_s;
}

void TestVin::redacted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Vin::redacted(text), expected);
}

QTEST_GUILESS_MAIN(TestVin)
#include "tst_vin.moc"
