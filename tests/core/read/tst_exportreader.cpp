// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/anonymizer.h"
#include "core/read/exportreader.h"
#include "demo/zipwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::fixture;
using TestSupport::readFile;

namespace {
const QString vin = u"WBY71AW010FP87013"_s;
const QString chargingName = u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s;
const QString keyListName = u"BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.xml"_s;

QByteArray currentJson()
{
    return readFile(fixture(u"current/"_s + chargingName));
}
QByteArray currentKeyList()
{
    return readFile(fixture(u"current/"_s + keyListName));
}
QByteArray miniKeyList()
{
    return readFile(fixture(u"keylist/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s));
}
} // namespace

using Entries = QList<Demo::ZipEntry>;
Q_DECLARE_METATYPE(Entries)

class TestExportReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discoverFolder();
    void discoverSingleFiles();
    void archives_data();
    void archives();
    void brokenArchives_data();
    void brokenArchives();
    void knownFileIsNotParsed();
    void companionKeyListBroken();
    void savedApiResponses();
    void zipBombIsNotUnpacked();
    void chargingFileNames_data();
    void chargingFileNames();
    void variantsFolder();
    void archiveOf2025();

private:
    QTemporaryDir m_dir;
    std::optional<Anonymizer> m_anonymizer;
};

void TestExportReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(u"data"_s)));
    auto anonymizer = Anonymizer::open(m_dir.filePath(u"data"_s), false);
    QVERIFY2(anonymizer.has_value(), qPrintable(TestSupport::errorText(anonymizer)));
    m_anonymizer = *anonymizer;
}

void TestExportReader::discoverFolder()
{
    // An extracted archive beside other things people keep in Downloads.
    const QString root = m_dir.filePath(u"downloads"_s);
    QVERIFY(TestSupport::writeFile(root + u"/archive/"_s + chargingName, currentJson()));
    QVERIFY(TestSupport::writeFile(root + u"/archive/"_s + keyListName, currentKeyList()));
    QVERIFY(TestSupport::writeFile(root + u"/archive/BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.html"_s, "<html/>"));
    QVERIFY(TestSupport::writeFile(root + u"/archive/BMW-CarData-Reifendiagnose_WBY71AW010FP87013_15-08-2024.json"_s, "[]"));
    QVERIFY(TestSupport::writeFile(root + u"/mini/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s, miniKeyList()));
    const auto zipped = Demo::writeZip(root + u"/older.zip"_s, {{chargingName, currentJson()}});
    QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
    QVERIFY(TestSupport::writeFile(root + u"/notes.txt"_s, "shopping list"));
    QVERIFY(TestSupport::writeFile(root + u"/deeper/still/home-2021.json"_s, readFile(fixture(u"public-samples/home-2021.json"_s))));

    const QList<ExportSource> sources = ExportReader::discover({root});
    QStringList found;
    for (const ExportSource &s : sources)
        found.append(QDir(root).relativeFilePath(s.path));
    // The paired KeyList is read with its JSON, not on its own; the HTML,
    // tyre file and text file are not exports; the lone MINI KeyList is.
    QCOMPARE(found, (QStringList{u"archive/"_s + chargingName, u"deeper/still/home-2021.json"_s,
                                 u"mini/BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s, u"older.zip"_s}));
    QCOMPARE(sources[0].kind, ExportSource::Kind::ChargingJson);
    QCOMPARE(sources[0].keyListPath, root + u"/archive/"_s + keyListName);
    QVERIFY(sources[1].keyListPath.isEmpty());
    QCOMPARE(sources[2].kind, ExportSource::Kind::KeyList);
    QCOMPARE(sources[3].kind, ExportSource::Kind::Archive);

    // Loading the paired JSON brings the KeyList's model along.
    auto loaded = ExportReader::load(sources[0], *m_anonymizer, [](const QByteArray &) { return false; });
    QVERIFY2(loaded.has_value(), qPrintable(TestSupport::errorText(loaded)));
    QCOMPARE(loaded->units.size(), 1);
    QCOMPARE(loaded->units[0].vin, vin);
    QCOMPARE(loaded->units[0].keyList->modelName, u"i4 eDrive40"_s);
    QCOMPARE(loaded->units[0].history->sessions.size(), 4);
}

void TestExportReader::discoverSingleFiles()
{
    const QString html = m_dir.filePath(u"BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.html"_s);
    const QString txt = m_dir.filePath(u"readme.txt"_s);
    QVERIFY(TestSupport::writeFile(html, "<html/>"));
    QVERIFY(TestSupport::writeFile(txt, "x"));
    const QString missing = m_dir.filePath(u"nowhere.json"_s);
    const QList<ExportSource> sources = ExportReader::discover({missing, html, txt});
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources[0].kind, ExportSource::Kind::Missing);
    QCOMPARE(sources[1].kind, ExportSource::Kind::Unsupported);
    QCOMPARE(sources[2].kind, ExportSource::Kind::Unsupported);
    const auto never = [](const QByteArray &) { return false; };
    QCOMPARE(ExportReader::load(sources[0], *m_anonymizer, never).error(), u"does not exist"_s);
    QVERIFY(ExportReader::load(sources[1], *m_anonymizer, never).error().startsWith(u"is the HTML KeyList"_s));
    QVERIFY(ExportReader::load(sources[2], *m_anonymizer, never).error().startsWith(u"is not a CarData export"_s));
}

void TestExportReader::archives_data()
{
    QTest::addColumn<Entries>("entries");
    QTest::addColumn<int>("units");
    QTest::addColumn<QStringList>("vins");
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QList<int>>("sessions"); // -1: no charging history
    QTest::addColumn<QString>("note");

    QTest::newRow("CarData archive") << Entries{{keyListName, currentKeyList()},
                                                {u"BMW-CarData-KeyList_WBY71AW010FP87013_15-08-2024.html"_s, "<html/>"},
                                                {chargingName, currentJson()},
                                                {u"BMW-CarData-Reifendiagnose_WBY71AW010FP87013_15-08-2024.json"_s, "{}"}}
                                     << 1 << QStringList{vin} << QStringList{u"i4 eDrive40"_s} << QList<int>{4} << QString();
    QTest::newRow("English name in a subfolder")
        << Entries{{u"export/CarData-ChargingHistory_WBY71AW010FP87013_15-08-2024.json"_s, currentJson()}}
        << 1 << QStringList{vin} << QStringList{QString()} << QList<int>{4} << QString();
    QTest::newRow("no VIN in names, pairs by the only KeyList")
        << Entries{{u"Ladehistorie.json"_s, currentJson()}, {u"KeyList.xml"_s, currentKeyList()}}
        << 1 << QStringList{vin} << QStringList{u"i4 eDrive40"_s} << QList<int>{4} << QString();
    QTest::newRow("without charging history (since mid-2025)")
        << Entries{{keyListName, currentKeyList()}} << 1 << QStringList{vin} << QStringList{u"i4 eDrive40"_s}
        << QList<int>{-1} << u"this archive contains no charging history"_s;
    QTest::newRow("two vehicles")
        << Entries{{chargingName, currentJson()},
                   {keyListName, currentKeyList()},
                   {u"CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s,
                    readFile(fixture(u"api/CarData-ChargingHistory_WMW31DH0402R45678_02-01-2025.json"_s))},
                   {u"BMW-CarData-KeyList_WMW31DH0402R45678_02-01-2025.xml"_s, miniKeyList()}}
        << 2 << QStringList{vin, u"WMW31DH0402R45678"_s} << QStringList{u"i4 eDrive40"_s, u"MINI Cooper SE"_s}
        << QList<int>{4, 3} << QString();
}

void TestExportReader::archives()
{
    QFETCH(Entries, entries);
    QFETCH(int, units);
    QFETCH(QStringList, vins);
    QFETCH(QStringList, models);
    QFETCH(QList<int>, sessions);
    QFETCH(QString, note);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".zip"_s);
    const auto zipped = Demo::writeZip(path, entries);
    QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
    const QList<ExportSource> sources = ExportReader::discover({path});
    QCOMPARE(sources.size(), 1);
    auto loaded = ExportReader::load(sources[0], *m_anonymizer, [](const QByteArray &) { return false; });
    QVERIFY2(loaded.has_value(), qPrintable(TestSupport::errorText(loaded)));
    QCOMPARE(loaded->units.size(), units);
    for (int i = 0; i < units; ++i) {
        const ExportUnit &unit = loaded->units[i];
        QCOMPARE(unit.vin, vins[i]);
        QCOMPARE(unit.keyList ? unit.keyList->modelName : QString(), models[i]);
        QCOMPARE(unit.history ? int(unit.history->sessions.size()) : -1, sessions[i]);
        if (note.isEmpty())
            QVERIFY2(unit.note.isEmpty(), qPrintable(unit.note));
        else
            QVERIFY2(unit.note.contains(note), qPrintable(unit.note));
    }
    // MINI KeyList says miles: the unit applies to that vehicle's records.
    if (units == 2)
        QCOMPARE(*loaded->units[1].history->sessions[0].mileageKm, 12000 * 1.609344);
}

void TestExportReader::brokenArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString valid = m_dir.filePath(u"valid.zip"_s);
    const auto zippedValid = Demo::writeZip(valid, {{chargingName, currentJson()}});
    QVERIFY2(zippedValid, qPrintable(TestSupport::errorText(zippedValid)));
    const QByteArray validBytes = readFile(valid);

    QTest::newRow("random bytes") << QByteArray("this is not a zip file at all") << u"is not a readable ZIP archive (damaged or incomplete)"_s;
    QTest::newRow("empty") << QByteArray() << u"is not a readable ZIP archive (damaged or incomplete)"_s;
    QTest::newRow("truncated") << validBytes.left(validBytes.size() / 2) << u"is not a readable ZIP archive (damaged or incomplete)"_s;

    // Flip bytes in the compressed data: the CRC check must catch it.
    QByteArray corrupt = validBytes;
    for (qsizetype i = 120; i < 140 && i < corrupt.size(); ++i)
        corrupt[i] = char(corrupt[i] ^ 0x5A);
    QTest::newRow("corrupted data") << corrupt << u"is damaged: BMW-CarData-Ladehistorie_[VIN]_15-08-2024.json"_s;

    const QString encrypted = m_dir.filePath(u"encrypted.zip"_s);
    Demo::ZipOptions withPassword;
    withPassword.password = u"secret"_s;
    const auto zippedEncrypted = Demo::writeZip(encrypted, {{chargingName, currentJson()}}, withPassword);
    QVERIFY2(zippedEncrypted, qPrintable(TestSupport::errorText(zippedEncrypted)));
    QTest::newRow("password") << readFile(encrypted) << u"is password-protected (BMW-CarData-Ladehistorie_[VIN]_15-08-2024.json)"_s;

    const QString otherZip = m_dir.filePath(u"other.zip"_s);
    const auto zippedOther = Demo::writeZip(otherZip, {{u"holiday.jpg"_s, "JFIF"}});
    QVERIFY2(zippedOther, qPrintable(TestSupport::errorText(zippedOther)));
    QTest::newRow("not CarData") << readFile(otherZip) << u"is not a CarData archive: it holds neither a charging history nor a KeyList"_s;

    const QString badJson = m_dir.filePath(u"badjson.zip"_s);
    const auto zippedBadJson = Demo::writeZip(badJson, {{chargingName, "[{\"startTime\": 1,"}});
    QVERIFY2(zippedBadJson, qPrintable(TestSupport::errorText(zippedBadJson)));
    QTest::newRow("broken JSON inside") << readFile(badJson)
                                        << u"holds BMW-CarData-Ladehistorie_[VIN]_15-08-2024.json, which is not valid JSON"_s;

    const QString empty = m_dir.filePath(u"empty.zip"_s);
    const auto zippedEmpty = Demo::writeZip(empty, {});
    QVERIFY2(zippedEmpty, qPrintable(TestSupport::errorText(zippedEmpty)));
    QTest::newRow("no files") << readFile(empty) << u"is an empty ZIP archive: it holds no files"_s;

    // Two entries of one name: only the first can be found by name.
    const QString twice = m_dir.filePath(u"twice.zip"_s);
    const auto zippedTwice = Demo::writeZip(twice, {{chargingName, currentJson()}, {chargingName, "[]"}});
    QVERIFY2(zippedTwice, qPrintable(TestSupport::errorText(zippedTwice)));
    QTest::newRow("a name twice") << readFile(twice)
                                  << u"holds BMW-CarData-Ladehistorie_[VIN]_15-08-2024.json twice; it was not unpacked"_s;

    const QString nested = m_dir.filePath(u"nested.zip"_s);
    const auto zippedNested = Demo::writeZip(nested, {{u"BMW-CarData-Archive.zip"_s, validBytes}});
    QVERIFY2(zippedNested, qPrintable(TestSupport::errorText(zippedNested)));
    QTest::newRow("an archive in the archive")
        << readFile(nested)
        << u"holds another archive (BMW-CarData-Archive.zip) but no charging history or KeyList of its own: unpack it "
           "and import the archive inside"_s;

    const QString escape = m_dir.filePath(u"escape.zip"_s);
    const auto zippedEscape = Demo::writeZip(escape, {{u"BMW-CarData-Ladehistorie_\x1b]0;x\x07.json"_s, "[1"}});
    QVERIFY2(zippedEscape, qPrintable(TestSupport::errorText(zippedEscape)));
    QTest::newRow("control characters in a name") << readFile(escape) << u"holds BMW-CarData-Ladehistorie_?]0;x?.json, which"_s;
}

void TestExportReader::brokenArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(u"broken.zip"_s);
    QVERIFY(TestSupport::writeFile(path, bytes));
    auto loaded = ExportReader::load(ExportReader::discover({path}).first(), *m_anonymizer,
                                     [](const QByteArray &) { return false; });
    QVERIFY(!loaded.has_value());
    QVERIFY2(loaded.error().startsWith(message), qPrintable(TestSupport::errorText(loaded)));
    QVERIFY2(!loaded.error().contains(vin), "error messages must not carry the VIN");
}

void TestExportReader::knownFileIsNotParsed()
{
    // Content that would fail to parse: if the known check short-circuits,
    // no parse error can appear.
    const QString path = m_dir.filePath(u"known.json"_s);
    QVERIFY(TestSupport::writeFile(path, "not json at all"));
    QByteArray seen;
    auto loaded = ExportReader::load(ExportReader::discover({path}).first(), *m_anonymizer, [&](const QByteArray &hash) {
        seen = hash;
        return true;
    });
    QVERIFY(loaded.has_value());
    QVERIFY(loaded->alreadyKnown);
    QVERIFY(loaded->units.isEmpty());
    QCOMPARE(loaded->contentHash, seen);
    QCOMPARE(loaded->contentHash, m_anonymizer->contentHash("not json at all"));
}

void TestExportReader::companionKeyListBroken()
{
    const QString root = m_dir.filePath(u"brokenkeylist"_s);
    QVERIFY(TestSupport::writeFile(root + u"/"_s + chargingName, currentJson()));
    QVERIFY(TestSupport::writeFile(root + u"/"_s + keyListName, "<customerArchiveContent vin=\"WBY71AW010FP87013\"><oops>"));
    const QList<ExportSource> sources = ExportReader::discover({root});
    QCOMPARE(sources.size(), 1); // the KeyList still pairs by the VIN in its name
    auto loaded = ExportReader::load(sources[0], *m_anonymizer, [](const QByteArray &) { return false; });
    QVERIFY2(loaded.has_value(), qPrintable(TestSupport::errorText(loaded)));
    QCOMPARE(loaded->units[0].history->sessions.size(), 4);
    QVERIFY(!loaded->units[0].keyList);
    QVERIFY2(loaded->units[0].note.startsWith(u"KeyList BMW-CarData-KeyList_[VIN]_15-08-2024.xml is not well-formed XML"_s),
             qPrintable(loaded->units[0].note));
}

QTEST_GUILESS_MAIN(TestExportReader)
#include "tst_exportreader.moc"

void TestExportReader::savedApiResponses()
{
    // Saved by another tool: they import like exports, as the vehicle's
    // model and the car's own battery readings, with a word that no
    // charging history came with them.
    const QList<ExportSource> sources = ExportReader::discover({fixture(u"api-saved"_s)});
    QCOMPARE(sources.size(), 2);
    int readings = 0;
    for (const ExportSource &source : sources) {
        QCOMPARE(source.kind, ExportSource::Kind::ChargingJson);
        auto loaded = ExportReader::load(source, *m_anonymizer, [](const QByteArray &) { return false; });
        QVERIFY2(loaded, qPrintable(TestSupport::errorText(loaded)));
        QCOMPARE(loaded->units.size(), 1);
        const ExportUnit &unit = loaded->units.first();
        QCOMPARE(unit.vin, u"WMW31DH0402R45678"_s); // from the content, or the file name
        QVERIFY(!unit.history);
        QVERIFY(unit.keyList);
        QVERIFY(unit.note.contains(u"no charging history"_s));
        readings += int(unit.keyList->readings.size());
    }
    // The basic data's maximum energy has no time of its own: left out.
    QCOMPARE(readings, 2);

    const QString broken = m_dir.filePath(u"telematicData_broken.json"_s);
    QVERIFY(TestSupport::writeFile(broken, R"({"telematicData": "none"})"));
    auto failed = ExportReader::load(ExportReader::discover({broken}).first(), *m_anonymizer,
                                     [](const QByteArray &) { return false; });
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(u"telematic"_s), qPrintable(failed.error()));
}

void TestExportReader::chargingFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inArchive");
    for (const QString &name : {u"MINI-CarData-ChargingHistory_WMW11DJ0702T53421_12-02-2025.json"_s,
                                u"CarData-ChargingHistory_WMW11DJ0702T53421_12-02-2025.json"_s,
                                u"CarData-Ladehistorie_WMW11DJ0702T53421_12-02-2025.json"_s,
                                u"BMW-CarData-Ladehistorie_WMW11DJ0702T53421_12-02-2025.json"_s}) {
        const QString prefix = name.section(u'_', 0, 0);
        QTest::addRow("%s in a folder", qPrintable(prefix)) << name << false;
        QTest::addRow("%s in an archive", qPrintable(prefix)) << name << true;
    }
}

void TestExportReader::chargingFileNames()
{
    // Every name BMW and MINI give the charging history: found by name, the
    // VIN taken from it.
    QFETCH(QString, name);
    QFETCH(bool, inArchive);
    const QByteArray json = readFile(fixture(u"variants/MINI-CarData-ChargingHistory_WMW11DJ0702T53421_12-02-2025.json"_s));
    QVERIFY(!json.isEmpty());
    const QString dir = m_dir.filePath(u"names/"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    if (inArchive) {
        QVERIFY(QDir().mkpath(dir));
        const auto zipped = Demo::writeZip(dir + u"/CarData-Archive.zip"_s, {{u"MINI/"_s + name, json}});
        QVERIFY2(zipped, qPrintable(TestSupport::errorText(zipped)));
    } else {
        QVERIFY(TestSupport::writeFile(dir + u"/"_s + name, json));
    }
    const QList<ExportSource> sources = ExportReader::discover({dir});
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].kind, inArchive ? ExportSource::Kind::Archive : ExportSource::Kind::ChargingJson);
    auto loaded = ExportReader::load(sources[0], *m_anonymizer, [](const QByteArray &) { return false; });
    QVERIFY2(loaded.has_value(), qPrintable(TestSupport::errorText(loaded)));
    QCOMPARE(loaded->units.size(), 1);
    QCOMPARE(loaded->units[0].vin, u"WMW11DJ0702T53421"_s);
    QVERIFY(loaded->units[0].history);
    QCOMPARE(loaded->units[0].history->sessions.size(), 3);
}

void TestExportReader::variantsFolder()
{
    // The variants people have, side by side: the older German KeyList pairs
    // with its charging history, everything else is a source of its own.
    const QString root = fixture(u"variants"_s);
    const QList<ExportSource> sources = ExportReader::discover({root});
    QStringList found;
    for (const ExportSource &s : sources)
        found.append(QDir(root).relativeFilePath(s.path));
    QCOMPARE(found, (QStringList{u"BMW-CarData-Archive_05-05-2025.zip"_s,
                                 u"BMW-CarData-Ladehistorie_WBA1Z61080V308412_14-09-2021.json"_s,
                                 u"BMW-CarData-Ladehistorie_WBA21EF0405N61234_03-03-2025.json"_s,
                                 u"BMW-CarData-Ladehistorie_WBA31DW0205L91357_01-04-2025.json"_s,
                                 u"CarData-API-chargingHistory_WBA11EF0905R83726_page-1.json"_s,
                                 u"CarData-API-chargingHistory_WBA11EF0905R83726_page-2.json"_s,
                                 u"CarData-ChargingHistory_WBA71AW050FK48202_20-01-2025.json"_s,
                                 u"MINI-CarData-ChargingHistory_WMW11DJ0702T53421_12-02-2025.json"_s,
                                 u"basicData_WBA11EF0905R83726.json"_s,
                                 u"telematicData_WBA11EF0905R83726.json"_s,
                                 u"telematicData_WBA31DW0205L91357.json"_s}));
    QCOMPARE(QFileInfo(sources[1].keyListPath).fileName(), u"BMW-CarData-KeyList_WBA1Z61080V308412_14-09-2021.xml"_s);

    const auto load = [&](qsizetype i) {
        return ExportReader::load(sources[i], *m_anonymizer, [](const QByteArray &) { return false; });
    };
    // 2021: old energy names, German KeyList without key names.
    auto older = load(1);
    QVERIFY2(older, qPrintable(TestSupport::errorText(older)));
    QCOMPARE(older->units[0].keyList->modelName, u"i3s (120 Ah)"_s);
    QCOMPARE(older->units[0].history->sessions.size(), 4);
    QCOMPARE(*older->units[0].history->sessions[0].energyBatteryKwh, 25.9);
    // An API page whose next_token points at a second page.
    auto page = load(4);
    QVERIFY2(page, qPrintable(TestSupport::errorText(page)));
    QCOMPARE(page->units[0].vin, u"WBA11EF0905R83726"_s);
    QCOMPARE(page->units[0].history->sessions.size(), 3);
    // Telematic data whose timestamps are in milliseconds keeps its reading.
    auto telematic = load(10);
    QVERIFY2(telematic, qPrintable(TestSupport::errorText(telematic)));
    QCOMPARE(telematic->units[0].keyList->readings.size(), 1);
    QCOMPARE(telematic->units[0].keyList->readings[0].value, 60.8);
    QCOMPARE(telematic->units[0].keyList->readings[0].time, qint64(1743447720)); // 2025-03-31T19:02:00Z
}

void TestExportReader::archiveOf2025()
{
    // A 2025 archive: the KeyList root names its files, the charging history
    // is called CarData-Ladehistorie, has no battery-side energy but business
    // errors, costs and discharge fields; the tyre file is not ours.
    const QList<ExportSource> sources = ExportReader::discover({fixture(u"variants/BMW-CarData-Archive_05-05-2025.zip"_s)});
    QCOMPARE(sources.size(), 1);
    auto loaded = ExportReader::load(sources[0], *m_anonymizer, [](const QByteArray &) { return false; });
    QVERIFY2(loaded.has_value(), qPrintable(TestSupport::errorText(loaded)));
    QCOMPARE(loaded->units.size(), 1);
    const ExportUnit &unit = loaded->units[0];
    QCOMPARE(unit.vin, u"WBA8E1C52KA736015"_s);
    QVERIFY2(unit.note.isEmpty(), qPrintable(unit.note));
    QVERIFY(unit.keyList);
    QCOMPARE(unit.keyList->modelName, u"iX1 xDrive30"_s);
    QCOMPARE(unit.keyList->chargingHistoryFileName, u"CarData-Ladehistorie_WBA8E1C52KA736015_05-05-2025.json"_s);
    QCOMPARE(unit.keyList->readings.size(), 1); // SoH "null" is absent
    QCOMPARE(unit.keyList->readings[0].time, qint64(1746386095)); // 2025-05-04T21:14:55+02:00
    QVERIFY(unit.history);
    QCOMPARE(unit.history->records, 4);
    QCOMPARE(unit.history->sessions.size(), 4);
    QVERIFY(unit.history->rejections.isEmpty());
    for (const ChargingSession &s : unit.history->sessions)
        QVERIFY(!s.energyBatteryKwh);
    QCOMPARE(*unit.history->sessions[0].cost, 13.95);
}

void TestExportReader::zipBombIsNotUnpacked()
{
    // 40 MB of white space in a valid JSON list deflates to about 40 kB: a
    // ratio no export has. It is refused before a byte is unpacked.
    QByteArray bomb(40 << 20, ' ');
    bomb[0] = '[';
    bomb[bomb.size() - 1] = ']';
    const QString zip = m_dir.filePath(u"bomb.zip"_s);
    const auto written = Demo::writeZip(zip, {{u"BMW-CarData-Ladehistorie_WBA71AW0X0FP50001_01-01-2025.json"_s, bomb}});
    QVERIFY2(written, qPrintable(TestSupport::errorText(written)));
    bomb = QByteArray();
    QVERIFY(QFileInfo(zip).size() < (1 << 20));
    auto loaded = ExportReader::load(ExportReader::discover({zip}).first(), *m_anonymizer,
                                     [](const QByteArray &) { return false; });
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"ZIP bomb"_s) && loaded.error().contains(u"not unpacked"_s),
             qPrintable(loaded.error()));
}
