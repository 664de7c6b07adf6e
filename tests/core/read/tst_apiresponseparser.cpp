// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Responses of BMW's CarData API about a vehicle (basic data, telematic
// values), as fetched or saved by other tools.
#include "core/read/apiresponseparser.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::fixture;
using TestSupport::readFile;

namespace {
qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

std::optional<BatteryReading> reading(const KeyListInfo &info, BatteryReadingKind kind)
{
    for (const BatteryReading &r : info.readings)
        if (r.kind == kind)
            return r;
    return std::nullopt;
}
} // namespace

class TestApiResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        const auto history = int(ApiResponseParser::Kind::ChargingHistory);
        const auto telematic = int(ApiResponseParser::Kind::TelematicData);
        const auto basic = int(ApiResponseParser::Kind::BasicData);
        QTest::newRow("history page") << QByteArray(R"({"data":[],"next_token":"x"})") << history;
        QTest::newRow("history list") << QByteArray(R"([{"startTime":1}])") << history;
        QTest::newRow("telematic map") << readFile(fixture(u"api-saved/telematicData_WMW31DH0402R45678.json"_s))
                                       << telematic;
        QTest::newRow("telematic flat list")
            << QByteArray(R"([{"name":"vehicle.vehicle.travelledDistance","value":"1","unit":"km","timestamp":null}])")
            << telematic;
        QTest::newRow("basic data") << readFile(fixture(u"api-saved/basicData_WMW31DH0402R45678.json"_s)) << basic;
        QTest::newRow("garbage") << QByteArray("not json") << history;
        // Only a whole, valid document counts as a vehicle response.
        QTest::newRow("basic data, then garbage") << QByteArray(R"({"propulsionType":"BEV"} ] "x":1})") << history;
        QTest::newRow("telematic list, broken later")
            << QByteArray(R"([{"name":"a","value":"1"}, {"name": ])") << history;
        QTest::newRow("history page with a model field") << QByteArray(R"({"data":[],"modelName":"i4"})") << history;
        QTest::newRow("telematic map key late")
            << QByteArray(R"({"vin":"x","other":[1,{"a":[2]}],"telematicData":{}})") << telematic;
        QTest::newRow("list of sessions with name and value")
            << QByteArray(R"([{"name":"a","value":"1","startTime":5}])") << history;
    }

    void kinds()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        QCOMPARE(int(ApiResponseParser::kindOf(json)), kind);
    }

    void telematicMapForm()
    {
        auto info = ApiResponseParser::telematicData(
            readFile(fixture(u"api-saved/telematicData_WMW31DH0402R45678.json"_s)), 0);
        QVERIFY2(info, qPrintable(TestSupport::errorText(info)));
        QCOMPARE(info->readings.size(), 2); // batterySizeMax was null, the SoC is not a health reading
        const auto maxEnergy = reading(*info, BatteryReadingKind::MaxEnergyKwh);
        QVERIFY(maxEnergy);
        QCOMPARE(maxEnergy->value, 27.6);
        QCOMPARE(maxEnergy->time, utc("2025-01-02T07:45:12Z"));
        QCOMPARE(reading(*info, BatteryReadingKind::StateOfHealthPercent)->value, 95.0);
        QVERIFY(info->mileageKm);
        QVERIFY(qAbs(*info->mileageKm - 12190 * 1.609344) < 1e-6);
        QCOMPARE(info->unitOfLength, u"mi"_s);
    }

    void telematicValuesWithoutTimeUseTheFetchTime()
    {
        const QByteArray json = R"([
            {"name":"vehicle.powertrain.electric.battery.stateOfHealth.displayed","value":"93","unit":"%","timestamp":null},
            {"name":"vehicle.drivetrain.batteryManagement.maxEnergy","value":"74,5","unit":"kWh"}])";
        auto fetched = ApiResponseParser::telematicData(json, 1767225600);
        QVERIFY(fetched);
        QCOMPARE(fetched->readings.size(), 2);
        QCOMPARE(reading(*fetched, BatteryReadingKind::StateOfHealthPercent)->time, qint64(1767225600));
        QCOMPARE(reading(*fetched, BatteryReadingKind::MaxEnergyKwh)->value, 74.5);
        // A saved file says not when: such values cannot be placed in time.
        auto saved = ApiResponseParser::telematicData(json, 0);
        QVERIFY(saved);
        QVERIFY(saved->readings.isEmpty());
    }

    void basicData()
    {
        const QByteArray json = readFile(fixture(u"api-saved/basicData_WMW31DH0402R45678.json"_s));
        auto info = ApiResponseParser::basicData(json, 1767225600);
        QVERIFY(info);
        QCOMPARE(info->vin, u"WMW31DH0402R45678"_s);
        QCOMPARE(info->modelName, u"MINI Cooper SE"_s);
        QCOMPARE(info->driveTrain, u"BEV"_s);
        QCOMPARE(reading(*info, BatteryReadingKind::HvsMaxEnergyKwh)->value, 28.9);
        QVERIFY(ApiResponseParser::basicData(json, 0)->readings.isEmpty());
        // propulsionType instead of driveTrain, as one live car sent it.
        auto be = ApiResponseParser::basicData(R"({"modelName":"iX1 xDrive30","propulsionType":"BE"})", 0);
        QCOMPARE(be->driveTrain, u"BEV"_s);
    }

    void errorsSayWhat()
    {
        auto broken = ApiResponseParser::telematicData("{\"telematicData\": {", 0);
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(u"not JSON"_s), qPrintable(broken.error()));
        auto none = ApiResponseParser::telematicData(R"({"telematicData": 3})", 0);
        QVERIFY(!none);
        QVERIFY(none.error().contains(u"without telematic values"_s));
        QVERIFY(!ApiResponseParser::basicData("[1,2]", 0));
        // Limits of readlimits.h, and a VIN in the drive train, which the
        // store keeps as it is.
        auto deep = ApiResponseParser::telematicData(QByteArray(65, '[') + QByteArray(65, ']'), 0);
        QVERIFY(!deep);
        QCOMPARE(deep.error(), u"is nested too deeply (more than 64 levels)"_s);
        auto longModel = ApiResponseParser::basicData("{\"modelName\":\"" + QByteArray(257, 'x') + "\"}", 0);
        QVERIFY(!longModel);
        QCOMPARE(longModel.error(), u"has a model name longer than 256 characters"_s);
        auto vin = ApiResponseParser::basicData(R"({"modelName":"i4","driveTrain":"BEV WBY71AW010FP87013"})", 0);
        QVERIFY(vin);
        QCOMPARE(vin->driveTrain, u"BEV [VIN]"_s);
    }

    void mergedFillsGaps()
    {
        KeyListInfo basic;
        basic.vin = u"WMW31DH0402R45678"_s;
        basic.modelName = u"MINI Cooper SE"_s;
        basic.readings.append({BatteryReadingKind::HvsMaxEnergyKwh, 28.9, 100});
        KeyListInfo telematic;
        telematic.mileageKm = 19000;
        telematic.unitOfLength = u"mi"_s;
        telematic.readings.append({BatteryReadingKind::MaxEnergyKwh, 27.6, 200});
        telematic.requestTime = 300;
        const KeyListInfo m = ApiResponseParser::merged(basic, telematic);
        QCOMPARE(m.vin, basic.vin);
        QCOMPARE(m.modelName, basic.modelName);
        QCOMPARE(m.mileageKm, std::optional<double>(19000));
        QCOMPARE(m.readings.size(), 2);
        QCOMPARE(m.requestTime, qint64(300));
    }
};

QTEST_GUILESS_MAIN(TestApiResponseParser)
#include "tst_apiresponseparser.moc"
