// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The placeholders a translation must keep: %1, %L2, %n, and Qt's %v/%m.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?\\d|n|v|m)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsFileComplete_data();
    void tsFileComplete();
    void germanIsLoaded();
    void englishPlurals();
};

void TestTranslations::tsFileComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral(CARDATA_TRANSLATIONS_DIR "/cardata-health_de.ts");
    QTest::newRow("en") << QStringLiteral(CARDATA_TRANSLATIONS_DIR "/cardata-health_en.ts");
}

// Every message translated, none unfinished or vanished, placeholders kept.
void TestTranslations::tsFileComplete()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QString source;
    QStringList forms;
    QString translation;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            forms.clear();
            translation.clear();
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            QVERIFY2(type.isEmpty(), qPrintable(u"%1 is %2"_s.arg(source, type)));
            inTranslation = true;
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            forms.append(xml.readElementText());
        } else if (xml.isCharacters() && inTranslation) {
            translation += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"translation") {
            inTranslation = false;
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            if (forms.isEmpty())
                forms.append(translation);
            for (const QString &form : std::as_const(forms)) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(u"untranslated: "_s + source));
                QCOMPARE(placeholders(form), placeholders(source));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 200);
}

void TestTranslations::germanIsLoaded()
{
    const Translations de(u"de"_s);
    QCOMPARE(de.language(), u"de"_s);
    QCOMPARE(QCoreApplication::translate("AppActions", "&File"), u"&Datei"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n vehicle(s)", nullptr, 2), u"2 Fahrzeuge"_s);
}

void TestTranslations::englishPlurals()
{
    const Translations en(u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n vehicle(s)", nullptr, 1), u"1 vehicle"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "%n vehicle(s)", nullptr, 3), u"3 vehicles"_s);
    QCOMPARE(QCoreApplication::translate("AppActions", "&File"), u"&File"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
