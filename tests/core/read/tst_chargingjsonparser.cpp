// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/read/chargingjsonparser.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A valid current-format record; tests replace or drop one field at a time.
QByteArray record(const QByteArray &overrides = {}, const QByteArray &drop = {})
{
    QList<QPair<QByteArray, QByteArray>> fields = {
        {"startTime", "1717230000"},
        {"endTime", "1717266000"},
        {"displayedStartSoc", "20"},
        {"displayedSoc", "80"},
        {"energyConsumedFromPowerGridKwh", "52.5"},
        {"energyIncreaseHvbKwh", "48.0"},
        {"mileage", "12000"},
        {"mileageUnits", "\"KM\""},
    };
    QByteArray out = "{";
    bool first = true;
    for (const auto &[key, value] : fields) {
        if (key == drop)
            continue;
        QByteArray v = value;
        for (const QByteArray &o : overrides.split(';')) {
            const qsizetype eq = o.indexOf('=');
            if (eq > 0 && o.left(eq) == key)
                v = o.mid(eq + 1);
        }
        out += (first ? "" : ",") + ("\"" + key + "\":" + v);
        first = false;
    }
    for (const QByteArray &o : overrides.split(';')) {
        const qsizetype eq = o.indexOf('=');
        if (eq <= 0)
            continue;
        bool known = false;
        for (const auto &f : fields)
            known |= f.first == o.left(eq);
        if (!known)
            out += ",\"" + o.left(eq) + "\":" + o.mid(eq + 1);
    }
    return out + "}";
}

} // namespace

class TestChargingJsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicSamples_data();
    void publicSamples();
    void currentExport();
    void apiWrapper();
    void energyFieldNames_data();
    void energyFieldNames();
    void mileageUnits_data();
    void mileageUnits();
    void invalidRecords_data();
    void invalidRecords();
    void brokenFiles_data();
    void brokenFiles();
    void chargingKindFromPower_data();
    void chargingKindFromPower();
    void paddingIsNotRequiredFromCallers();
    void singleSessionObject();
    void newerFieldsAreAccepted();
    void millisecondTimes();
    void millisecondFixture();
    void nestingWithinTheLimit();
    void recordLimit();
};

void TestChargingJsonParser::publicSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<double>("socStart");
    QTest::addColumn<double>("socEnd");
    QTest::addColumn<double>("grid");
    QTest::addColumn<double>("battery");
    QTest::addColumn<QString>("provider");
    QTest::newRow("home") << u"public-samples/home-2021.json"_s << qint64(1624739132) << 73.0 << 100.0
                          << 3.3688444444444445 << 1.644 << QString();
    QTest::newRow("public") << u"public-samples/public-2021.json"_s << qint64(1622192195) << 7.0 << 50.0
                            << 4.079591111111111 << 2.548 << u"Provider name"_s;
}

void TestChargingJsonParser::publicSamples()
{
    QFETCH(QString, file);
    QFETCH(qint64, start);
    QFETCH(double, socStart);
    QFETCH(double, socEnd);
    QFETCH(double, grid);
    QFETCH(double, battery);
    QFETCH(QString, provider);
    const auto history = ChargingJsonParser::parse(TestSupport::readFile(TestSupport::fixture(file)));
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->records, 1);
    QCOMPARE(history->sessions.size(), 1);
    QVERIFY(history->rejections.isEmpty());
    const ChargingSession &s = history->sessions.first();
    QCOMPARE(s.startTime, start);
    QCOMPARE(s.socStart, socStart);
    QCOMPARE(s.socEnd, socEnd);
    QCOMPARE(*s.energyGridKwh, grid); // 2021 name calculatedEnergyChargedKwh
    QCOMPARE(*s.energyBatteryKwh, battery); // 2021 name energyChargedKwh
    QCOMPARE(s.provider, provider);
    QCOMPARE(s.currency, provider.isEmpty() ? u"EUR"_s : QString());
    QCOMPARE(s.preconditioning, std::optional<bool>(false));
    QVERIFY(!s.mileageKm); // 2021 exports have no mileage
}

void TestChargingJsonParser::currentExport()
{
    const auto history = ChargingJsonParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"current/BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s)));
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->records, 5);
    QCOMPARE(history->sessions.size(), 4);
    QCOMPARE(history->rejections.size(), 1);
    QCOMPARE(history->rejections.first().index, 0); // newest first: the running session
    QVERIFY(history->rejections.first().reason.contains(u"still running"_s));

    // Newest first in the file; find the DC session by its provider.
    const auto dc = std::find_if(history->sessions.cbegin(), history->sessions.cend(),
                                 [](const ChargingSession &s) { return s.provider == u"IONITY"; });
    QVERIFY(dc != history->sessions.cend());
    QCOMPARE(dc->kind, ChargingKind::Dc);
    QCOMPARE(*dc->maxPowerKw, 98.0);
    QCOMPARE(*dc->avgPowerKw, 98.0);
    QCOMPARE(*dc->energyGridKwh, 56.2);
    QVERIFY(!dc->energyBatteryKwh); // exports since mid-2025 lack it
    QCOMPARE(*dc->mileageKm, 18702.0);
    QCOMPARE(*dc->cost, 39.34);
    QCOMPARE(dc->currency, u"EUR"_s);

    const auto slow = std::find_if(history->sessions.cbegin(), history->sessions.cend(),
                                   [](const ChargingSession &s) { return s.preconditioning.value_or(false); });
    QVERIFY(slow != history->sessions.cend());
    QCOMPARE(slow->kind, ChargingKind::AcLow);
    QCOMPARE(*slow->chargingDurationSec, qint64(46472));
}

void TestChargingJsonParser::apiWrapper()
{
    const auto history = ChargingJsonParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"api/CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s)));
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->sessions.size(), 3);
    // "MileageUnits.MILES": prefix ignored, converted to km.
    QCOMPARE(*history->sessions.first().mileageKm, 12000 * 1.609344);
    // No charging blocks: average power from energy and charging time.
    QVERIFY(qAbs(*history->sessions.first().avgPowerKw - 19.6 / (6500 / 3600.0)) < 1e-9);
    QCOMPARE(history->sessions.first().kind, ChargingKind::Ac);
}

void TestChargingJsonParser::energyFieldNames_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("grid");
    QTest::addColumn<double>("battery");
    QTest::newRow("2021 names") << QByteArray(R"([{"startTime":1717230000,"endTime":1717233600,"displayedStartSoc":1,"displayedSoc":2,"calculatedEnergyChargedKwh":5.5,"energyChargedKwh":5.0}])")
                                << 5.5 << 5.0;
    QTest::newRow("current names") << QByteArray(R"([{"startTime":1717230000,"endTime":1717233600,"displayedStartSoc":1,"displayedSoc":2,"energyConsumedFromPowerGridKwh":6.5,"energyIncreaseHvbKwh":6.0}])")
                                   << 6.5 << 6.0;
    QTest::newRow("both: current wins") << QByteArray(R"([{"energyChargedKwh":1.0,"startTime":1717230000,"endTime":1717233600,"displayedStartSoc":1,"displayedSoc":2,"energyConsumedFromPowerGridKwh":7.5,"calculatedEnergyChargedKwh":9.9,"energyIncreaseHvbKwh":7.0}])")
                                        << 7.5 << 7.0;
    QTest::newRow("numbers as strings") << QByteArray(R"([{"startTime":"1717230000","endTime":1717233600,"displayedStartSoc":"1","displayedSoc":2,"energyConsumedFromPowerGridKwh":"8.5","energyIncreaseHvbKwh":8}])")
                                        << 8.5 << 8.0;
}

void TestChargingJsonParser::energyFieldNames()
{
    QFETCH(QByteArray, json);
    QFETCH(double, grid);
    QFETCH(double, battery);
    const auto history = ChargingJsonParser::parse(json);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->sessions.size(), 1);
    QCOMPARE(*history->sessions.first().energyGridKwh, grid);
    QCOMPARE(*history->sessions.first().energyBatteryKwh, battery);
}

void TestChargingJsonParser::mileageUnits_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<double>("defaultKmPerUnit");
    QTest::addColumn<double>("km");
    QTest::newRow("KM") << QByteArray("\"KM\"") << 1.0 << 12000.0;
    QTest::newRow("km") << QByteArray("\"km\"") << 1.0 << 12000.0;
    QTest::newRow("MI") << QByteArray("\"MI\"") << 1.0 << 12000 * 1.609344;
    QTest::newRow("MILES") << QByteArray("\"MILES\"") << 1.0 << 12000 * 1.609344;
    QTest::newRow("MileageUnits.KM") << QByteArray("\"MileageUnits.KM\"") << 1.609344 << 12000.0;
    QTest::newRow("absent, KeyList says km") << QByteArray() << 1.0 << 12000.0;
    QTest::newRow("absent, KeyList says mi") << QByteArray() << 1.609344 << 12000 * 1.609344;
}

void TestChargingJsonParser::mileageUnits()
{
    QFETCH(QByteArray, unit);
    QFETCH(double, defaultKmPerUnit);
    QFETCH(double, km);
    const QByteArray json = "[" + (unit.isEmpty() ? record({}, "mileageUnits") : record("mileageUnits=" + unit)) + "]";
    ChargingJsonParser::Options options;
    options.defaultKmPerUnit = defaultKmPerUnit;
    const auto history = ChargingJsonParser::parse(json, options);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->sessions.size(), 1);
    QCOMPARE(*history->sessions.first().mileageKm, km);
}

void TestChargingJsonParser::invalidRecords_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("reason");
    QTest::newRow("SoC above 100") << record("displayedSoc=130") << u"displayedSoc 130 is outside 0–100"_s;
    QTest::newRow("SoC below 0") << record("displayedStartSoc=-3") << u"displayedStartSoc -3 is outside 0–100"_s;
    QTest::newRow("negative grid energy") << record("energyConsumedFromPowerGridKwh=-1.5") << u"grid energy -1.5 kWh is negative"_s;
    QTest::newRow("negative battery energy") << record("energyIncreaseHvbKwh=-0.1") << u"battery energy -0.1 kWh is negative"_s;
    QTest::newRow("NaN energy literal") << record("energyIncreaseHvbKwh=NaN") << u"energyIncreaseHvbKwh is not a finite number (NaN)"_s;
    QTest::newRow("NaN energy string") << record("energyConsumedFromPowerGridKwh=\"NaN\"") << u"grid energy is not a finite number"_s;
    QTest::newRow("energy not a number") << record("energyIncreaseHvbKwh=\"lots\"") << u"energyIncreaseHvbKwh is not a number (\"lots\")"_s;
    QTest::newRow("end before start") << record("endTime=1717229999") << u"endTime is before startTime"_s;
    QTest::newRow("missing startTime") << record({}, "startTime") << u"missing required field startTime"_s;
    QTest::newRow("missing start SoC") << record({}, "displayedStartSoc") << u"missing required field displayedStartSoc"_s;
    QTest::newRow("missing end SoC") << record({}, "displayedSoc") << u"missing required field displayedSoc"_s;
    QTest::newRow("running session") << record({}, "endTime") << u"session still running when the export was made (no endTime)"_s;
    QTest::newRow("null endTime") << record("endTime=null") << u"session still running when the export was made (no endTime)"_s;
    QTest::newRow("fractional time") << record("startTime=1717230000.5")
                                     << u"startTime 1717230000.5 is not a Unix time in seconds or milliseconds"_s;
    QTest::newRow("time in microseconds") << record("endTime=1717266000000000")
                                          << u"endTime 1717266000000000 is not a Unix time in seconds or milliseconds"_s;
    QTest::newRow("negative time") << record("startTime=-1717230000")
                                   << u"startTime -1717230000 is not a Unix time in seconds or milliseconds"_s;
    QTest::newRow("unknown mileage unit") << record("mileageUnits=\"FURLONG\"") << u"unknown mileage unit \"FURLONG\""_s;
    QTest::newRow("negative mileage") << record("mileage=-5") << u"mileage -5 is negative"_s;
    QTest::newRow("not an object") << QByteArray("42") << u"record is not a JSON object"_s;
    QTest::newRow("SoC as text") << record("displayedSoc=\"full\"") << u"displayedSoc is not a number (\"full\")"_s;
    QTest::newRow("SoC as a list") << record("displayedSoc=[80]") << u"displayedSoc is not a number (a list)"_s;
    QTest::newRow("number beyond a double") << record("energyIncreaseHvbKwh=1e400") << u"energyIncreaseHvbKwh is out of range (1e400)"_s;
    QTest::newRow("minus infinity") << record("displayedStartSoc=-Infinity") << u"displayedStartSoc is not a finite number (-Infinity)"_s;
    // A unit that is not text leaves the mileage's unit unknown.
    QTest::newRow("mileage unit as a number") << record("mileageUnits=5") << u"mileageUnits is not text (5)"_s;
    QTest::newRow("provider name as an object")
        << record(R"(publicChargingPoint={"potentialChargingPointMatches":[{"providerName":{"name":"EnBW"}}]})")
        << u"providerName is not text (an object)"_s;
    // Times a car cannot have charged at: a placeholder, a misread unit.
    QTest::newRow("time 0") << record("startTime=0") << u"startTime 0 (1970-01-01T00:00:00Z) is not between 2000 and 2286"_s;
    QTest::newRow("year 9999 in seconds, read as milliseconds")
        << record("endTime=253402300799") << u"endTime 253402300799 (1978-01-11T21:31:40Z) is not between 2000 and 2286"_s;
    QTest::newRow("absurd energy") << record("energyConsumedFromPowerGridKwh=1e300") << u"grid energy 1e+300 kWh is more than 1000 kWh"_s;
    QTest::newRow("absurd mileage") << record("mileage=1e12") << u"mileage 1000000000000 km is more than 100000000 km"_s;
    QTest::newRow("absurd duration") << record("totalChargingDurationSec=1e300") << u"totalChargingDurationSec 1e+300 is more than a year"_s;
    // A field given twice: which value is meant cannot be known.
    QTest::newRow("field twice") << QByteArray(record().chopped(1) + R"(,"displayedSoc":90})") << u"displayedSoc appears twice"_s;
    QTest::newRow("long provider name")
        << record("publicChargingPoint={\"potentialChargingPointMatches\":[{\"providerName\":\"" + QByteArray(300, 'x') + "\"}]}")
        << u"providerName is longer than 256 characters"_s;
    // Quoted content never carries a VIN into a message.
    QTest::newRow("VIN as mileage unit") << record("mileageUnits=\"WBY71AW010FP87013\"") << u"unknown mileage unit \"[VIN]\""_s;
}

void TestChargingJsonParser::invalidRecords()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, reason);
    // The bad record sits between two good ones: only it is skipped.
    const QByteArray json = "[" + record() + "," + bad + "," + record("startTime=1717300000;endTime=1717310000") + "]";
    const auto history = ChargingJsonParser::parse(json);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->records, 3);
    QCOMPARE(history->sessions.size(), 2);
    QCOMPARE(history->rejections.size(), 1);
    QCOMPARE(history->rejections.first().index, 1);
    QCOMPARE(history->rejections.first().reason, reason);
}

void TestChargingJsonParser::brokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"is empty"_s;
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << u"is empty"_s;
    QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html>") << u"is not JSON (it starts with \"<!DOCTYPE ht\")"_s;
    QTest::newRow("CSV") << QByteArray("startTime;endTime\n1;2\n") << u"is not JSON (it starts with \"startTime;en\")"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"startTime":1,"endTime":2,"displayedStartSoc":1,"displayedSoc":2},{"startTime":)")
                               << u"is not valid JSON"_s;
    QTest::newRow("unclosed string") << QByteArray(R"([{"startTime":1,"endTime":2,"displayedStartSoc":1,"displayedSoc":2, "x": "abc)")
                                     << u"is not valid JSON"_s;
    QTest::newRow("trailing garbage") << QByteArray(R"([] [])") << u"is not valid JSON: unexpected content after the list of sessions"_s;
    QTest::newRow("object without data") << QByteArray(R"({"sessions": []})")
                                         << u"is a JSON object without a \"data\" array; expected a list of charging sessions"_s;
    QTest::newRow("data not a list") << QByteArray(R"({"data": {"startTime": 1}})")
                                     << u"has a \"data\" field that is not a list of charging sessions"_s;
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFE[\0]\0", 6) << u"is UTF-16 text; a CarData export is UTF-8 JSON"_s;
    QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF\0[\0]", 6) << u"is UTF-16 text; a CarData export is UTF-8 JSON"_s;
    QTest::newRow("Latin-1") << QByteArray("[{\"provider\": \"M\xFC" "nchen\"}]") << u"is not valid UTF-8 text; a CarData export is UTF-8 JSON"_s;
    QTest::newRow("UTF-16 without BOM") << QByteArray("[\0{\0}\0]\0", 8) << u"is UTF-16 text; a CarData export is UTF-8 JSON"_s;
    QTest::newRow("NUL byte") << QByteArray("[{\"startTime\":1,\0}]", 19) << u"is not valid JSON: it holds a NUL byte (at byte 16)"_s;
    QTest::newRow("a number") << QByteArray("42\n") << u"is a single JSON value (42), not a list of charging sessions"_s;
    QTest::newRow("a text") << QByteArray("\"sessions\"") << u"is a single JSON value (\"sessions\"), not a list of charging sessions"_s;
    QTest::newRow("control characters") << QByteArray("\x1b]0;title\x07") << u"is not JSON (it starts with \"?]0;title?\")"_s;
    QTest::newRow("a ZIP archive") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << u"is a ZIP archive, not JSON: rename it to .zip to import it"_s;
    QTest::newRow("65 levels") << QByteArray(65, '[') + QByteArray(65, ']') << u"is nested too deeply (more than 64 levels)"_s;
    QTest::newRow("65 levels in an unread field")
        << "[" + record("chargingLocation=" + QByteArray(64, '[') + QByteArray(64, ']')) + "]"
        << u"is nested too deeply (more than 64 levels)"_s;
    QTest::newRow("data twice") << QByteArray(R"({"data": [], "data": []})") << u"has two \"data\" lists"_s;
}

void TestChargingJsonParser::brokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto history = ChargingJsonParser::parse(bytes);
    QVERIFY(!history.has_value());
    QVERIFY2(history.error().startsWith(message), qPrintable(TestSupport::errorText(history)));
}

void TestChargingJsonParser::chargingKindFromPower_data()
{
    QTest::addColumn<QByteArray>("blocks");
    QTest::addColumn<ChargingKind>("kind");
    QTest::addColumn<double>("avg");
    QTest::newRow("household socket") << QByteArray(R"([{"startTime":0,"endTime":3600,"averagePowerGridKw":2.3}])")
                                      << ChargingKind::AcLow << 2.3;
    QTest::newRow("wallbox") << QByteArray(R"([{"startTime":0,"endTime":3600,"averagePowerGridKw":11}])")
                             << ChargingKind::Ac << 11.0;
    // Time-weighted: 1 h at 150 kW then 3 h at 50 kW.
    QTest::newRow("DC taper") << QByteArray(R"([{"startTime":0,"endTime":3600,"averagePowerGridKw":150},{"startTime":3600,"endTime":14400,"averagePowerGridKw":50}])")
                              << ChargingKind::Dc << 75.0;
    QTest::newRow("no blocks") << QByteArray("[]") << ChargingKind::Ac << 10.0;
}

void TestChargingJsonParser::chargingKindFromPower()
{
    QFETCH(QByteArray, blocks);
    QFETCH(ChargingKind, kind);
    QFETCH(double, avg);
    // 40 kWh over 4 h of charging: 10 kW when no blocks say otherwise.
    const QByteArray json = "[" + record("energyConsumedFromPowerGridKwh=40;totalChargingDurationSec=14400;chargingBlocks=" + blocks) + "]";
    const auto history = ChargingJsonParser::parse(json);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->sessions.size(), 1);
    QCOMPARE(history->sessions.first().kind, kind);
    QCOMPARE(*history->sessions.first().avgPowerKw, avg);
}

void TestChargingJsonParser::paddingIsNotRequiredFromCallers()
{
    // A QByteArray with no spare capacity must still parse (the parser
    // copies into a padded buffer).
    QByteArray tight = "[" + record() + "]";
    tight.squeeze();
    const auto history = ChargingJsonParser::parse(tight);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->sessions.size(), 1);
}

void TestChargingJsonParser::singleSessionObject()
{
    // A session saved on its own, without the list around it.
    const auto history = ChargingJsonParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"variants/BMW-CarData-Ladehistorie_WBA21EF0405N61234_03-03-2025.json"_s)));
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->records, 1);
    QCOMPARE(history->sessions.size(), 1);
    QVERIFY(history->rejections.isEmpty());
    const ChargingSession &s = history->sessions.first();
    QCOMPARE(s.startTime, qint64(1740937200)); // 2025-03-02T17:40:00Z
    QCOMPARE(s.endTime, qint64(1740985800));
    QCOMPARE(s.socStart, 22.0);
    QCOMPARE(s.socEnd, 80.0);
    QCOMPARE(*s.energyGridKwh, 40.6);
    QCOMPARE(*s.energyBatteryKwh, 37.5);
    QCOMPARE(*s.mileageKm, 8412.0);

    // Checked like any record, at index 0.
    const auto running = ChargingJsonParser::parse(record({}, "endTime"));
    QVERIFY2(running.has_value(), qPrintable(TestSupport::errorText(running)));
    QCOMPARE(running->records, 1);
    QVERIFY(running->sessions.isEmpty());
    QCOMPARE(running->rejections.size(), 1);
    QCOMPARE(running->rejections.first().index, 0);
    QCOMPARE(running->rejections.first().reason, u"session still running when the export was made (no endTime)"_s);

    // Two sessions glued together are not one session.
    const auto glued = ChargingJsonParser::parse(record() + record());
    QVERIFY(!glued.has_value());
    QCOMPARE(glued.error(), u"is not valid JSON: unexpected content after the charging session"_s);
    // An object that is neither a session nor an API page stays an error.
    const auto other = ChargingJsonParser::parse(R"({"vehicle": "x", "sessions": 3})");
    QVERIFY(!other.has_value());
    QCOMPARE(other.error(), u"is a JSON object without a \"data\" array; expected a list of charging sessions"_s);
}

void TestChargingJsonParser::newerFieldsAreAccepted()
{
    // businessErrors with mixed date formats, the full cost object, and the
    // API's discharge fields: read where useful, never a reason to reject,
    // and the discharge figures are not battery energy charged.
    const QByteArray full = record(
        R"(businessErrors=[{"creationTime":"2025-05-04T06:02:11Z","hint":"CHARGING_INTERRUPTED"},{"creationTime":"29.04.2025 07:44:50","hint":"X"}];)"
        R"(chargingCostInformation={"currency":"EUR","calculatedChargingCost":14.69,"calculatedSavings":null};)"
        R"(energyDecreaseHvbKwh=1.4;energyDischargedKwh=0.0)",
        "energyIncreaseHvbKwh");
    const QByteArray odd = record(R"(businessErrors=null;chargingCostInformation=null;energyDecreaseHvbKwh="n/a";startTime=1717300000;endTime=1717310000)");
    const auto history = ChargingJsonParser::parse("[" + full + "," + odd + "]");
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QVERIFY2(history->rejections.isEmpty(), qPrintable(history->rejections.value(0).reason));
    QCOMPARE(history->sessions.size(), 2);
    const ChargingSession &s = history->sessions[0];
    QCOMPARE(*s.cost, 14.69);
    QCOMPARE(s.currency, u"EUR"_s);
    QCOMPARE(*s.energyGridKwh, 52.5);
    QVERIFY(!s.energyBatteryKwh);
    QVERIFY(!history->sessions[1].cost);
    QVERIFY(history->sessions[1].currency.isEmpty());
    QCOMPARE(*history->sessions[1].energyBatteryKwh, 48.0);
}

void TestChargingJsonParser::millisecondTimes()
{
    // Times and block times in milliseconds become seconds; a record that
    // mixes the two units is read unit by unit.
    const QByteArray blocks = R"([{"startTime":1717230060000,"endTime":1717233660000,"averagePowerGridKw":11},)"
                              R"({"startTime":1717233660000,"endTime":1717240860000,"averagePowerGridKw":5}])";
    const QByteArray json = "[" + record("startTime=1717230000000;endTime=1717266000000;chargingBlocks=" + blocks) + ","
                            + record("endTime=1717266000123") + "]";
    const auto history = ChargingJsonParser::parse(json);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QVERIFY2(history->rejections.isEmpty(), qPrintable(history->rejections.value(0).reason));
    QCOMPARE(history->sessions.size(), 2);
    for (const ChargingSession &s : history->sessions) {
        QCOMPARE(s.startTime, qint64(1717230000)); // 2024-06-01T08:20:00Z
        QCOMPARE(s.endTime, qint64(1717266000));
    }
    // Weighted by the blocks' durations: 1 h at 11 kW, 2 h at 5 kW.
    QCOMPARE(*history->sessions[0].avgPowerKw, 7.0);
    QCOMPARE(*history->sessions[0].maxPowerKw, 11.0);
}

void TestChargingJsonParser::millisecondFixture()
{
    const auto history = ChargingJsonParser::parse(TestSupport::readFile(
        TestSupport::fixture(u"variants/BMW-CarData-Ladehistorie_WBA31DW0205L91357_01-04-2025.json"_s)));
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->records, 3);
    QCOMPARE(history->sessions.size(), 2);
    QCOMPARE(history->sessions[0].startTime, qint64(1743357600)); // 2025-03-30T18:00:00Z
    QCOMPARE(history->sessions[1].kind, ChargingKind::Dc);
    QCOMPARE(history->rejections.size(), 1);
    QCOMPARE(history->rejections.first().index, 1);
    QCOMPARE(history->rejections.first().reason,
             u"startTime 1742751600000000 is not a Unix time in seconds or milliseconds"_s);
}

void TestChargingJsonParser::nestingWithinTheLimit()
{
    // 64 levels are read; brackets inside strings are not nesting.
    const QByteArray deep = "[" + record("chargingLocation=" + QByteArray(62, '[') + QByteArray(62, ']')) + "]";
    const auto history = ChargingJsonParser::parse(deep);
    QVERIFY2(history.has_value(), qPrintable(TestSupport::errorText(history)));
    QCOMPARE(history->sessions.size(), 1);
    const QByteArray quoted = "[" + record("timeZone=\"" + QByteArray(100, '[') + "\\\"" + QByteArray(100, '{') + "\"") + "]";
    const auto fromText = ChargingJsonParser::parse(quoted);
    QVERIFY2(fromText.has_value(), qPrintable(TestSupport::errorText(fromText)));
    QCOMPARE(fromText->sessions.size(), 1);
}

void TestChargingJsonParser::recordLimit()
{
    // One record more than a history may hold: refused with the count, at
    // the limit: read (all rejected, as empty objects are no sessions).
    QByteArray json = "[" + QByteArray("{},").repeated(1'000'000) + "{}]";
    const auto tooMany = ChargingJsonParser::parse(json);
    QVERIFY(!tooMany.has_value());
    QCOMPARE(tooMany.error(), u"holds 1000001 records, more than the 1000000 a charging history may hold (no car "
                              "charges that often); it was not read"_s);
    json.remove(1, 3);
    const auto atLimit = ChargingJsonParser::parse(json);
    QVERIFY2(atLimit.has_value(), qPrintable(TestSupport::errorText(atLimit)));
    QCOMPARE(atLimit->records, 1'000'000);
    QCOMPARE(atLimit->rejections.size(), 1'000'000);
}

QTEST_GUILESS_MAIN(TestChargingJsonParser)
#include "tst_chargingjsonparser.moc"
