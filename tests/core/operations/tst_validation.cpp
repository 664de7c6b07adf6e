// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What a person may type, checked once for the app and the CLI.
#include "core/operations/limits.h"
#include "core/operations/validation.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capacityNew_data();
    void capacityNew();
    void capacityFromText_data();
    void capacityFromText();
    void modelName();
};

void TestValidation::capacityNew_data()
{
    QTest::addColumn<double>("kwh");
    QTest::addColumn<bool>("ok");
    QTest::newRow("i3 60 Ah") << 18.8 << true;
    QTest::newRow("iX xDrive60") << 105.2 << true;
    QTest::newRow("the limit") << Limits::capacityNewMaxKwh << true;
    QTest::newRow("above") << Limits::capacityNewMaxKwh + 0.1 << false;
    QTest::newRow("Wh typed for kWh") << 80700.0 << false;
    QTest::newRow("zero") << 0.0 << false;
    QTest::newRow("negative") << -3.0 << false;
    QTest::newRow("NaN") << double(NAN) << false;
    QTest::newRow("infinite") << double(INFINITY) << false;
}

void TestValidation::capacityNew()
{
    QFETCH(double, kwh);
    QFETCH(bool, ok);
    const auto checked = Validation::capacityNew(kwh);
    QCOMPARE(checked.has_value(), ok);
    if (!ok)
        QVERIFY2(checked.error().endsWith(u"kWh is not a plausible capacity when new: it must be more than 0 and at "
                                          "most 250 kWh"_s),
                 qPrintable(checked.error()));
}

void TestValidation::capacityFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("kwh"); // -1: the model table's
    QTest::newRow("number") << u"80.7"_s << true << 80.7;
    QTest::newRow("spaces") << u" 42 "_s << true << 42.0;
    QTest::newRow("auto") << u"auto"_s << true << -1.0;
    QTest::newRow("AUTO") << u"AUTO"_s << true << -1.0;
    QTest::newRow("empty") << QString() << true << -1.0;
    QTest::newRow("decimal comma") << u"80,7"_s << false << 0.0;
    QTest::newRow("words") << u"lots"_s << false << 0.0;
    // The form is right; plausibility is capacityNew()'s call.
    QTest::newRow("huge") << u"2000"_s << true << 2000.0;
}

void TestValidation::capacityFromText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, kwh);
    const auto parsed = Validation::capacityNewFromText(text);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok) {
        QCOMPARE(parsed.error(), u"'%1' is not a capacity in kWh (a number such as 80.7, or 'auto')"_s.arg(text));
        return;
    }
    if (kwh < 0)
        QVERIFY(!parsed->has_value());
    else
        QCOMPARE(**parsed, kwh);
}

void TestValidation::modelName()
{
    QCOMPARE(*Validation::modelName(u"  i4   eDrive40\tGran Coupé "_s), u"i4 eDrive40 Gran Coupé"_s);
    QCOMPARE(*Validation::modelName(QString()), QString());
    QVERIFY(Validation::modelName(QString(Limits::modelNameMaxLength, u'x')));
    QCOMPARE(Validation::modelName(QString(Limits::modelNameMaxLength + 1, u'x')).error(),
             u"a model name has at most 80 characters"_s);
    QCOMPARE(Validation::modelName(u"i4\u200b"_s).error(), u"a model name cannot contain control characters"_s);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
