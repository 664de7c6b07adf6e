// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/keylistparser.h"
#include "testsupport.h"
#include "core/read/timestamps.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishWithKeyNames();
    void germanLabelsOnly();
    void brokenFiles_data();
    void brokenFiles();
};

void TestKeyListParser::englishWithKeyNames()
{
    const auto info = KeyListParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"current/BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml"_s)));
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->vin, u"WBY71AW010FP87013"_s);
    QCOMPARE(info->modelName, u"i4 eDrive40"_s);
    QCOMPARE(info->driveTrain, u"BEV"_s);
    QCOMPARE(info->unitOfLength, u"km"_s);
    QCOMPARE(info->chargingHistoryFileName, u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s);
    QCOMPARE(*info->mileageKm, 19870.0);
    QCOMPARE(info->requestTime, *parseFlexibleTimestamp(u"2024-08-15T00:00:00Z"));
    // -NA- is absent; the three real readings, each with its own timestamp.
    QCOMPARE(info->readings.size(), 3);
    QCOMPARE(info->readings[0].kind, BatteryReadingKind::MaxEnergyKwh);
    QCOMPARE(info->readings[0].value, 78.4);
    QCOMPARE(info->readings[0].time, *parseFlexibleTimestamp(u"2024-08-14T18:03:10Z")); // valueTimestamp wins
    QCOMPARE(info->readings[1].kind, BatteryReadingKind::BatterySizeMaxKwh);
    QCOMPARE(info->readings[1].value, 83.9);
    QCOMPARE(info->readings[1].time, *parseFlexibleTimestamp(u"2024-08-15T09:12:44Z")); // DD.MM.YYYY fetchTimestamp
    QCOMPARE(info->readings[2].kind, BatteryReadingKind::StateOfHealthPercent);
    QCOMPARE(info->readings[2].value, 97.0);
    QCOMPARE(info->readings[2].time, *parseFlexibleTimestamp(u"2024-08-14"));
}

void TestKeyListParser::germanLabelsOnly()
{
    const auto info = KeyListParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"keylist/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s)));
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->vin, u"WMW31DH0402R45678"_s);
    QCOMPARE(info->modelName, u"MINI Cooper SE"_s);
    QCOMPARE(info->driveTrain, u"BEV"_s);
    QCOMPARE(info->unitOfLength, u"mi"_s);
    // INVALID and 0.0 are absent; "27,6" uses a decimal comma; +01:00 zone.
    QCOMPARE(info->readings.size(), 1);
    QCOMPARE(info->readings[0].kind, BatteryReadingKind::MaxEnergyKwh);
    QCOMPARE(info->readings[0].value, 27.6);
    QCOMPARE(info->readings[0].time, *parseFlexibleTimestamp(u"2025-01-01T09:00:00Z"));
}

void TestKeyListParser::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("not XML") << QByteArray("hello") << u"is not well-formed XML"_s;
    QTest::newRow("unclosed") << QByteArray("<customerArchiveContent vin=\"WBY71AW010FP87013\"><basicVehicleData>")
                              << u"is not well-formed XML (line 1: "_s;
    QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>")
                               << u"is XML but not a CarData KeyList (root element <html>)"_s;
}

void TestKeyListParser::brokenFiles()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const auto info = KeyListParser::parse(xml);
    QVERIFY(!info.has_value());
    QVERIFY2(info.error().startsWith(message), qPrintable(TestSupport::errorText(info)));
}

QTEST_GUILESS_MAIN(TestKeyListParser)
#include "tst_keylistparser.moc"
