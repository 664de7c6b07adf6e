// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/batterycatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBatteryCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void everyEntryIsUsable();
    void modelGroups();
};

void TestBatteryCatalog::find_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("entry"); // empty: unknown
    QTest::addColumn<double>("net");
    QTest::newRow("exact") << u"i4 eDrive40"_s << u"i4 eDrive40"_s << 80.7;
    QTest::newRow("suffix") << u"i4 eDrive40 Gran Coupé"_s << u"i4 eDrive40"_s << 80.7;
    QTest::newRow("brand prefix, sibling") << u"BMW i4 M50"_s << u"i4 eDrive40"_s << 80.7;
    QTest::newRow("eDrive35 is not eDrive40") << u"i4 eDrive35"_s << u"i4 eDrive35"_s << 66.0;
    QTest::newRow("i3 cell size spaced") << u"i3 (60 Ah)"_s << u"i3 60Ah"_s << 18.8;
    QTest::newRow("i3s 120Ah") << u"i3s 120Ah"_s << u"i3 120Ah"_s << 37.9;
    QTest::newRow("iX vs iX1") << u"iX1 xDrive30"_s << u"iX1 xDrive30"_s << 64.7;
    QTest::newRow("iX M60") << u"BMW iX M60"_s << u"iX xDrive50"_s << 105.2;
    QTest::newRow("iX3 G08") << u"iX3 Impressive"_s << u"iX3"_s << 74.0;
    QTest::newRow("iX3 Neue Klasse is more specific") << u"iX3 50 xDrive"_s << u"iX3 50 xDrive"_s << 108.7;
    QTest::newRow("MINI") << u"MINI Cooper SE"_s << u"MINI Cooper SE"_s << 28.9;
    QTest::newRow("PHEV") << u"530e xDrive"_s << u"530e"_s << 10.8;
    QTest::newRow("330e has no net value") << u"330e"_s << u"330e"_s << 0.0;
    QTest::newRow("i3 without cell size is ambiguous") << u"i3"_s << QString() << 0.0;
    QTest::newRow("combustion") << u"320d Touring"_s << QString() << 0.0;
    QTest::newRow("empty") << QString() << QString() << 0.0;
}

void TestBatteryCatalog::find()
{
    QFETCH(QString, model);
    QFETCH(QString, entry);
    QFETCH(double, net);
    const auto found = BatteryCatalog::builtIn().find(model);
    QCOMPARE(found ? found->name : QString(), entry);
    if (found)
        QCOMPARE(found->netKwh.value_or(0.0), net);
}

void TestBatteryCatalog::everyEntryIsUsable()
{
    const BatteryCatalog &catalog = BatteryCatalog::builtIn();
    QVERIFY(catalog.models().size() >= 15);
    for (const BatteryModel &model : catalog.models()) {
        QVERIFY2(!model.match.isEmpty(), qPrintable(model.name));
        QVERIFY2(!model.source.isEmpty(), qPrintable(model.name));
        // Each entry finds itself by its own name.
        const auto found = catalog.find(model.name);
        QVERIFY2(found && found->name == model.name, qPrintable(model.name));
    }
}

void TestBatteryCatalog::modelGroups()
{
    // Spellings of one table entry share a group (a fleet band, an
    // efficiency prior) named after the entry...
    QCOMPARE(BatteryCatalog::modelGroup(u"BMW i4 eDrive40 Gran Coupé"_s), u"i4 eDrive40"_s);
    QCOMPARE(BatteryCatalog::modelGroup(u"i4 eDrive40"_s), u"i4 eDrive40"_s);
    // ...and a group's name leads back to itself, which is how the app's
    // model filter asks for a group's vehicles.
    for (const BatteryModel &m : BatteryCatalog::builtIn().models())
        QCOMPARE(BatteryCatalog::modelGroup(m.name), m.name);
    // Unknown models group by their name as written, case and spacing aside.
    QCOMPARE(BatteryCatalog::modelGroup(u"  Rover   MkII "_s), u"rover mkii"_s);
    QCOMPARE(BatteryCatalog::modelGroup(u"rover mkii"_s), u"rover mkii"_s);
    QCOMPARE(BatteryCatalog::modelGroup(QString()), QString());
}

QTEST_GUILESS_MAIN(TestBatteryCatalog)
#include "tst_batterycatalog.moc"
