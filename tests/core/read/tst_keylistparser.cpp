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
    void limitsAreNotReachedByRealFiles();
    void readingTimesOutsideTheYearsOfCars();
    void vinInDriveTrainIsMasked();
};

namespace {

// A KeyList of one vehicle with the given telematic values.
QByteArray keyList(const QByteArray &values, const QByteArray &prolog = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
           + "<customerArchiveContent vin=\"WBY71AW010FP87013\" requestDate=\"15-08-2024\"><basicVehicleData>" + values
           + "</basicVehicleData></customerArchiveContent>\n";
}

QByteArray value(const QByteArray &name, const QByteArray &text)
{
    return "<telematicValue><name>" + name + "</name><value>" + text + "</value></telematicValue>";
}

} // namespace

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
    // Entities are never expanded nor fetched: a DTD is refused as such.
    const QString dtd = u"declares a document type (<!DOCTYPE>), which no CarData KeyList does; it was not read"_s;
    QTest::newRow("billion laughs") << keyList(value("Model name", "&b;"), "<!DOCTYPE c [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                                                           "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n")
                                    << dtd;
    QTest::newRow("external entity") << keyList(value("Model name", "&e;"), "<!DOCTYPE c [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n")
                                     << dtd;
    QTest::newRow("65 levels") << keyList(QByteArray("<a>").repeated(63) + QByteArray("</a>").repeated(63)) << u"is nested too deeply (more than 64 levels)"_s;
    QTest::newRow("65 levels in a value") << keyList("<telematicValue><value>" + QByteArray("<a>").repeated(62) + QByteArray("</a>").repeated(62) + "</value></telematicValue>")
                                          << u"is nested too deeply (more than 64 levels)"_s;
    QTest::newRow("too many values") << keyList(QByteArray("<telematicValue/>").repeated(10001))
                                     << u"holds more than 10000 values, far more than any CarData KeyList; it was not read"_s;
    QTest::newRow("long model name") << keyList(value("Model name", QByteArray(257, 'x')))
                                     << u"has a model name longer than 256 characters (line 2)"_s;
    QTest::newRow("too large") << QByteArray((8 << 20) + 1, ' ') << u"is 8 MB: far more than any CarData KeyList, which may be 8 MB at most"_s;
}

void TestKeyListParser::brokenFiles()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    const auto info = KeyListParser::parse(xml);
    QVERIFY(!info.has_value());
    QVERIFY2(info.error().startsWith(message), qPrintable(TestSupport::errorText(info)));
}

void TestKeyListParser::limitsAreNotReachedByRealFiles()
{
    // 64 levels, 10,000 values and a 256-character model name are read.
    const QByteArray xml = keyList(QByteArray("<a>").repeated(62) + QByteArray("</a>").repeated(62)
                                   + QByteArray("<telematicValue/>").repeated(9999) + value("Model name", QByteArray(256, 'x')));
    const auto info = KeyListParser::parse(xml);
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->modelName, QString(256, u'x'));
}

void TestKeyListParser::readingTimesOutsideTheYearsOfCars()
{
    // A reading dated 9999 (or 0000, which is no date) is placed at the
    // request date instead, like one without a time.
    const QByteArray reading = "<telematicValue><telematicKeyName>vehicle.drivetrain.batteryManagement.maxEnergy</telematicKeyName>"
                               "<value>78.4</value><unit>kWh</unit><valueTimestamp>%1</valueTimestamp></telematicValue>";
    const auto info = KeyListParser::parse(keyList(QByteArray(reading).replace("%1", "31.12.9999 10:00:00")
                                                   + QByteArray(reading).replace("%1", "01.01.0000 10:00:00")
                                                   + QByteArray(reading).replace("%1", "2024-08-14T18:03:10Z")));
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->readings.size(), 3);
    QCOMPARE(info->readings[0].time, *parseFlexibleTimestamp(u"2024-08-15"));
    QCOMPARE(info->readings[1].time, *parseFlexibleTimestamp(u"2024-08-15"));
    QCOMPARE(info->readings[2].time, *parseFlexibleTimestamp(u"2024-08-14T18:03:10Z"));
    QCOMPARE(info->readingsWithoutTime, 0);

    // Without a usable request date they cannot be placed at all: left
    // out, and counted so that the import can say so.
    QByteArray badRequest = keyList(QByteArray(reading).replace("%1", "31.12.9999 10:00:00")
                                    + QByteArray(reading).replace("%1", "2024-08-14T18:03:10Z"));
    badRequest.replace("requestDate=\"15-08-2024\"", "requestDate=\"32-13-2024\"");
    const auto unplaced = KeyListParser::parse(badRequest);
    QVERIFY2(unplaced.has_value(), qPrintable(TestSupport::errorText(unplaced)));
    QCOMPARE(unplaced->readings.size(), 1);
    QCOMPARE(unplaced->readingsWithoutTime, 1);
}

void TestKeyListParser::vinInDriveTrainIsMasked()
{
    const auto info = KeyListParser::parse(keyList(value("Drive train", "BEV WBY71AW010FP87013")));
    QVERIFY2(info.has_value(), qPrintable(TestSupport::errorText(info)));
    QCOMPARE(info->driveTrain, u"BEV [VIN]"_s);
}

QTEST_GUILESS_MAIN(TestKeyListParser)
#include "tst_keylistparser.moc"
