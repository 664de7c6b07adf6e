// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Demo::detail::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesStrings_data();
    void escapesStrings();
    void indentedLayout();
    void compactLayout();
    void numbers_data();
    void numbers();
};

void TestJsonWriter::escapesStrings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QByteArray("Lindenweg 12") << QByteArray(R"("Lindenweg 12")");
    QTest::newRow("quote and backslash") << QByteArray(R"(a "b" \c)") << QByteArray(R"("a \"b\" \\c")");
    QTest::newRow("control characters") << QByteArray("a\nb\tc\x01\x1f") << QByteArray(R"("a\u000ab\u0009c\u0001\u001f")");
    // UTF-8 passes as it is: the real files carry umlauts unescaped.
    QTest::newRow("UTF-8") << QByteArray("Mühlbach, Größe") << QByteArray("\"Mühlbach, Größe\"");
    QTest::newRow("slash and DEL") << QByteArray("a/b\x7f") << QByteArray("\"a/b\x7f\"");
    QTest::newRow("empty") << QByteArray() << QByteArray(R"("")");
}

void TestJsonWriter::escapesStrings()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, written);
    QByteArray out;
    JsonWriter w(out, 4);
    w.beginArray();
    w.string(text);
    w.endArray();
    QCOMPARE(out, QByteArray("[\n    " + written + "\n]"));

    // And a JSON parser reads back the text that went in.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.array().at(0).toString(), QString::fromUtf8(text));
}

void TestJsonWriter::indentedLayout()
{
    // The layout of the archives' charging histories: four spaces, "key": value.
    QByteArray out;
    JsonWriter w(out, 4);
    w.beginArray();
    w.beginObject();
    w.key("startTime");
    w.integer(1723700000);
    w.key("chargingBlocks");
    w.beginArray();
    w.endArray();
    w.key("chargingLocation");
    w.beginObject();
    w.key("municipality");
    w.string("Hafenau");
    w.endObject();
    w.key("isPreconditioningActivated");
    w.boolean(false);
    w.endObject();
    w.beginObject();
    w.endObject();
    w.endArray();
    QCOMPARE(out, QByteArray(R"([
    {
        "startTime": 1723700000,
        "chargingBlocks": [],
        "chargingLocation": {
            "municipality": "Hafenau"
        },
        "isPreconditioningActivated": false
    },
    {}
])"));
}

void TestJsonWriter::compactLayout()
{
    QByteArray out;
    JsonWriter w(out, 0);
    w.beginObject();
    w.key("data");
    w.beginArray();
    w.integer(-1);
    w.boolean(true);
    w.endArray();
    w.key("next_token");
    w.null();
    w.endObject();
    QCOMPARE(out, QByteArray(R"({"data":[-1,true],"next_token":null})"));
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QByteArray>("written");
    // Shortest text that reads back as the same double, never an exponent
    // (the real files have none).
    QTest::newRow("shortest") << 12.345 << -1 << QByteArray("12.345");
    QTest::newRow("shortest, binary fraction") << 0.1 + 0.2 << -1 << QByteArray("0.30000000000000004");
    QTest::newRow("shortest, whole") << 3.0 << -1 << QByteArray("3");
    QTest::newRow("shortest, small") << 0.0001 << -1 << QByteArray("0.0001");
    QTest::newRow("shortest, large") << 1.5e7 << -1 << QByteArray("15000000");
    QTest::newRow("shortest, negative") << -0.25 << -1 << QByteArray("-0.25");
    QTest::newRow("fixed 1") << 11.0 << 1 << QByteArray("11.0");
    QTest::newRow("fixed 1, rounded") << 7.36 << 1 << QByteArray("7.4");
    QTest::newRow("fixed 6") << 52.123456789 << 6 << QByteArray("52.123457");
    QTest::newRow("fixed 6, negative") << -2.5 << 6 << QByteArray("-2.500000");
}

void TestJsonWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QByteArray, written);
    QByteArray out;
    JsonWriter w(out, 0);
    w.beginArray();
    w.number(value, decimals);
    w.endArray();
    QCOMPARE(out, QByteArray("[" + written + "]"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
