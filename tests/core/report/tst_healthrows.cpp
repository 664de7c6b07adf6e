// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The rows of `cardata-health-cli health`: one kind of row per thing shown,
// every field where the columns say, rows streamed in order.
#include "core/report/healthrows.h"
#include "core/report/trendsamples.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

VehicleHealthView view()
{
    VehicleHealthView v;
    v.vehicle.key = u"aaaaaaaaaaaaaaaa"_s;
    v.vehicle.model = u"i4 eDrive40"_s;
    v.vehicle.capacityNewKwh = 80;
    v.vehicle.dateOrigin = 1700000000;
    v.group = u"i4 edrive40"_s;
    v.points = {CapacityPoint{1700000000, 1000.4, 79.12345, 0.5, 60, true, false, ChargingKind::Ac},
                CapacityPoint{1700864000, NAN, 76, 0.4, 40, false, true, ChargingKind::Dc}};
    v.readings = {{BatteryReadingKind::StateOfHealthPercent, 97, 1701000000}};
    TrendModel t;
    t.shape = TrendModel::Shape::Linear;
    t.coef = {80, -0.0001, 0};
    t.dof = 5;
    t.xMin = 0;
    t.xMax = 10;
    v.vehicle.trendDate = t;
    t.xMin = 1000;
    t.xMax = 21000;
    v.vehicle.trendMileage = t;
    return v;
}

QList<QJsonObject> rows(const HealthRows::Options &options, const QList<ModelBands> &bands = {})
{
    QList<QJsonObject> out;
    HealthRows::write({view()}, bands, options, [&](const HealthRows::Row &row) {
        // Every line is one valid JSON object.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(row.json(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), row.json().constData());
        out.append(doc.object());
    });
    return out;
}

} // namespace

class TestHealthRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointsReadingsTrendByMileage();
    void trendByDate();
    void bandRows();
    void everyFieldIsAColumn();
    void jsonIsWhatQJsonDocumentWrites();
    void csvFields();
};

void TestHealthRows::pointsReadingsTrendByMileage()
{
    const QList<QJsonObject> out = rows({});
    QCOMPARE(out.size(), 2 + 1 + TrendSamples::defaultSegments + 1);
    const QJsonObject &p = out[0];
    QCOMPARE(p[u"type"_s].toString(), u"point"_s);
    QCOMPARE(p[u"time"_s].toString(), u"2023-11-14T22:13:20Z"_s);
    QCOMPARE(p[u"mileage_km"_s].toDouble(), 1000.0);
    QCOMPARE(p[u"capacity_kwh"_s].toDouble(), 79.123);
    QCOMPARE(p[u"soh_percent"_s].toDouble(), 98.9);
    QCOMPARE(p[u"derived"_s].toBool(), true);
    QCOMPARE(p[u"kind"_s].toString(), u"ac"_s);
    QCOMPARE(p[u"delta_soc"_s].toDouble(), 60.0);
    QVERIFY(out[1][u"mileage_km"_s].isNull());
    QCOMPARE(out[1][u"outlier"_s].toBool(), true);
    QCOMPARE(out[2][u"type"_s].toString(), u"reading"_s);
    QCOMPARE(out[2][u"reading"_s].toString(), u"soh_percent"_s);
    QCOMPARE(out[2][u"value"_s].toDouble(), 97.0);
    for (int i = 0; i <= TrendSamples::defaultSegments; ++i) {
        const QJsonObject &t = out[3 + i];
        const double km = 1000.0 + i * 20000.0 / TrendSamples::defaultSegments;
        QCOMPARE(t[u"type"_s].toString(), u"trend"_s);
        QCOMPARE(t[u"mileage_km"_s].toDouble(), std::round(km));
        QVERIFY(!t.contains(u"time"_s));
        QCOMPARE(t[u"capacity_kwh"_s].toDouble(), std::round((80 - 0.0001 * km) * 1000) / 1000);
    }
}

void TestHealthRows::trendByDate()
{
    HealthRows::Options options;
    options.byMileage = false;
    const QList<QJsonObject> out = rows(options);
    QCOMPARE(out.size(), 2 + 1 + TrendSamples::defaultSegments + 1);
    // Days since the vehicle's date origin, written as times.
    QCOMPARE(out[3][u"time"_s].toString(), u"2023-11-14T22:13:20Z"_s);
    QCOMPARE(out.last()[u"time"_s].toString(), u"2023-11-24T22:13:20Z"_s);
    QVERIFY(!out.last().contains(u"mileage_km"_s));
}

void TestHealthRows::bandRows()
{
    ModelBands mb;
    mb.group = u"i4 edrive40"_s;
    mb.label = u"i4 eDrive40"_s;
    FleetBand b;
    b.binStart = 0;
    b.binEnd = 5000;
    b.vehicles = 3;
    b.medianKwh = 79.5;
    b.p10Kwh = 78.25;
    b.p90Kwh = 80.75;
    b.medianSoh = 98.5;
    b.p10Soh = 97.0;
    b.p90Soh = 100.0;
    mb.bands = {b};
    const QList<QJsonObject> out = rows({}, {mb});
    const QJsonObject &band = out.last();
    QCOMPARE(band[u"type"_s].toString(), u"band"_s);
    QCOMPARE(band[u"model"_s].toString(), u"i4 eDrive40"_s);
    QCOMPARE(band[u"bin_end"_s].toDouble(), 5000.0);
    QCOMPARE(band[u"vehicles"_s].toInt(), 3);
    QCOMPARE(band[u"p10"_s].toDouble(), 78.25);
    QCOMPARE(band[u"p90_soh_percent"_s].toDouble(), 100.0);
}

void TestHealthRows::everyFieldIsAColumn()
{
    ModelBands mb;
    mb.label = u"x"_s;
    mb.bands = {FleetBand{}};
    HealthRows::write({view()}, {mb}, {}, [](const HealthRows::Row &row) {
        for (const QString &field : QJsonDocument::fromJson(row.json()).object().keys())
            QVERIFY2(HealthRows::columns().contains(field), qPrintable(field));
        // CSV: one field per column.
        QCOMPARE(row.csv().count(',') + 1, HealthRows::columns().size());
    });
    QCOMPARE(HealthRows::columns().first(), u"type"_s);
    QCOMPARE(HealthRows::columns().size(), 26);
}

void TestHealthRows::jsonIsWhatQJsonDocumentWrites()
{
    // The JSON lines were written through QJsonDocument before; scripts
    // and the goldens must not see a byte change. Numbers of every kind and
    // texts with everything JSON escapes.
    using Row = HealthRows::Row;
    QList<double> numbers = {0, -0.0, 1, -1, 0.1, 0.5, 2.675, 1e-7, 1.5e-300, 123456789.123, 17033, 1e15, 1e16,
                             9007199254740991.0, 9007199254740992.0, 1e21, -3.25e22, 79.12345, 98.9, 1.0 / 3};
    QRandomGenerator rng(11);
    for (int i = 0; i < 2000; ++i) {
        numbers.append((rng.generateDouble() - 0.5) * std::pow(10.0, rng.bounded(-8, 12)));
        numbers.append(std::round(rng.generateDouble() * 1e6) / 1000);
    }
    QString control;
    for (char16_t c = 0; c < 0x80; ++c)
        control += QChar(c);
    const QStringList texts = {u"plain"_s, u"quote \" and back\\slash"_s, u"Gran Coupé"_s, u"\u00e4\u20ac\U0001F697"_s,
                               control, u"line\nbreak\ttab\r\b\f"_s};
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        Row row;
        row.setNumber(Row::Value, numbers[i]);
        row.setText(Row::Model, texts[i % texts.size()]);
        row.setBool(Row::Derived, i % 2);
        row.setNull(Row::Time);
        const QJsonObject expected{{u"value"_s, numbers[i]},
                                   {u"model"_s, texts[i % texts.size()]},
                                   {u"derived"_s, bool(i % 2)},
                                   {u"time"_s, QJsonValue::Null}};
        QCOMPARE(row.json(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
}

void TestHealthRows::csvFields()
{
    using Row = HealthRows::Row;
    Row row;
    row.setText(Row::Type, u"point"_s);
    row.setText(Row::Model, u"i4, \"M50\""_s); // quoted, quotes doubled
    row.setNumber(Row::CapacityKwh, 79.12345, 3);
    row.setBool(Row::Outlier, true);
    row.setNull(Row::SohPercent);
    row.setNumber(Row::Value, 1.0 / 3); // ten significant digits, as before
    const QList<QByteArray> fields = row.csv().split(',');
    QCOMPARE(row.csv(), QByteArray("point,,\"i4, \"\"M50\"\"\",,,,,,79.123,,,,,,,,,,1,,,,0.3333333333,,,"));
    QVERIFY(!fields.isEmpty());
    // Numbers as QByteArray::number(x, 'g', 10) writes them, as before.
    QRandomGenerator rng(3);
    QList<double> numbers = {0, -0.0, 1, 1e10, 9999999999.0, 12345678901.0, 1e-4, 1e-5, 0.00012345678912, 2.5, 79.123,
                             1e300, -1e-300, 123456.789};
    for (int i = 0; i < 5000; ++i) {
        numbers.append((rng.generateDouble() - 0.5) * std::pow(10.0, rng.bounded(-9, 14)));
        numbers.append(std::round(rng.generateDouble() * 1e7) / 1000);
    }
    for (const double x : std::as_const(numbers)) {
        QByteArray mine;
        Row::appendCsvNumber(mine, x);
        QCOMPARE(mine, QByteArray::number(x, 'g', 10));
    }
}

QTEST_GUILESS_MAIN(TestHealthRows)
#include "tst_healthrows.moc"
