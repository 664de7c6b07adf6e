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
    void olderGermanKeyList();
    void root2025WithFileNames();
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

void TestKeyListParser::olderGermanKeyList()
{
    // 2021: German labels only, no telematicKeyName, dd.MM.yyyy HH:mm:ss
    // times without a zone (UTC), a decimal comma, labels the app does not use.
    const auto info = KeyListParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"variants/BMW-CarData-KeyList_WBA1Z61080V308412_14-09-2021.xml"_s)));
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->vin, u"WBA1Z61080V308412"_s);
    QCOMPARE(info->modelName, u"i3s (120 Ah)"_s);
    QCOMPARE(info->driveTrain, u"BEV"_s);
    QCOMPARE(info->unitOfLength, u"km"_s);
    QVERIFY(info->chargingHistoryFileName.isEmpty());
    QCOMPARE(*info->mileageKm, 41805.0);
    QCOMPARE(info->readings.size(), 2); // SoH "-NA-" is absent, the SoC is no reading
    QCOMPARE(info->readings[0].kind, BatteryReadingKind::MaxEnergyKwh);
    QCOMPARE(info->readings[0].value, 36.1);
    QCOMPARE(info->readings[0].time, *parseFlexibleTimestamp(u"2021-09-13T19:42:07Z"));
    QCOMPARE(info->readings[1].kind, BatteryReadingKind::BatterySizeMaxKwh);
    QCOMPARE(info->readings[1].value, 42.2);
    QCOMPARE(info->readings[1].time, *parseFlexibleTimestamp(u"2021-09-14T07:58:31Z"));
}

void TestKeyListParser::root2025WithFileNames()
{
    // The 2025 root names every file of the archive (the charging history's
    // may be empty when BMW left it out); times may come as Unix
    // milliseconds from tools that rewrote the file.
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<customerArchiveContent lang="en" vin="WBA8E1C52KA736015" requestDate="05-05-2025" unitOfLength="km"
    chargingHistoryFileName="" keyListFileName="BMW-CarData-KeyList_WBA8E1C52KA736015_05-05-2025.xml"
    keyListHtmlFileName="BMW-CarData-KeyList_WBA8E1C52KA736015_05-05-2025.html" navigationLearningFileName="">
  <basicVehicleData><telematicValue><name>Model name</name><value>iX1 xDrive30</value></telematicValue></basicVehicleData>
  <telematicValueList dataCategory="High-voltage battery">
    <telematicValue>
      <name>Energy content of the high-voltage battery</name>
      <telematicKeyName>vehicle.drivetrain.batteryManagement.maxEnergy</telematicKeyName>
      <value>62.1</value><unit>kWh</unit>
      <fetchTimestamp>1746426612000</fetchTimestamp>
      <valueTimestamp>1746386095000</valueTimestamp>
    </telematicValue>
    <telematicValue>
      <name>Health status of the high-voltage battery (SOCE)</name>
      <telematicKeyName>vehicle.powertrain.electric.battery.stateOfHealth.displayed</telematicKeyName>
      <value>96</value><unit>%</unit>
      <valueTimestamp>1746386095000000</valueTimestamp>
    </telematicValue>
  </telematicValueList>
</customerArchiveContent>
)";
    const auto info = KeyListParser::parse(xml);
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->vin, u"WBA8E1C52KA736015"_s);
    QCOMPARE(info->modelName, u"iX1 xDrive30"_s);
    QVERIFY(info->chargingHistoryFileName.isEmpty());
    QCOMPARE(info->readings.size(), 2);
    QCOMPARE(info->readings[0].time, qint64(1746386095)); // 2025-05-04T19:14:55Z, not the year 57000
    // A time that is neither seconds nor milliseconds falls back to the request date.
    QCOMPARE(info->readings[1].time, *parseFlexibleTimestamp(u"2025-05-05"));
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
