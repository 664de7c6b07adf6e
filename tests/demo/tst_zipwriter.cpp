// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/zipwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace {

struct ReadEntry
{
    QString name;
    QByteArray bytes;
    bool encrypted = false;
    QDateTime dateTime;
};

// Reads every entry back with QuaZip, as the export reader does, or says
// why the archive or an entry cannot be read.
std::expected<QList<ReadEntry>, QString> readZip(const QString &path, const QString &password = {})
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return std::unexpected(u"cannot open %1 (error %2)"_s.arg(path).arg(zip.getZipError()));
    QList<ReadEntry> entries;
    const QByteArray pw = password.toUtf8();
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return std::unexpected(u"no file info in %1"_s.arg(path));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly, password.isEmpty() ? nullptr : pw.constData()))
            return std::unexpected(u"cannot open %1 in %2 (error %3)"_s.arg(info.name, path).arg(file.getZipError()));
        ReadEntry entry{info.name, file.readAll(), (info.flags & 1) != 0, info.dateTime};
        file.close();
        if (file.getZipError() != UNZ_OK)
            return std::unexpected(u"%1 in %2 is damaged (error %3)"_s.arg(info.name, path).arg(file.getZipError()));
        entries.append(entry);
    }
    return entries;
}

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return bytes;
}

const QList<Demo::ZipEntry> sampleEntries = {
    {u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_15-08-2024.json"_s, QByteArray("[{\"startTime\": 1}]\n").repeated(500)},
    {u"BMW-CarData/KeyList_Größe.xml"_s, "<?xml version=\"1.0\"?>\n<a>Größe</a>\n"},
    {u"empty.txt"_s, QByteArray()},
    {u"binary.bin"_s, everyByte()},
};

} // namespace

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void wrongPasswordDoesNotRevealContent();
    void fixedTimeStampGivesSameBytes();
    void replacesAnExistingFile();
    void errorNamesTheArchive();

private:
    QTemporaryDir m_dir;
};

void TestZipWriter::roundTrips_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QDateTime>("stamp");
    QTest::newRow("plain, time of writing") << QString() << QDateTime();
    QTest::newRow("plain, fixed time stamp") << QString() << QDateTime(QDate(2024, 8, 15), QTime(6, 0));
    QTest::newRow("password") << u"secret"_s << QDateTime(QDate(2021, 12, 20), QTime(6, 0));
    QTest::newRow("non-ASCII password") << u"Schlüssel"_s << QDateTime();
}

void TestZipWriter::roundTrips()
{
    QFETCH(QString, password);
    QFETCH(QDateTime, stamp);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".zip"_s);
    Demo::ZipOptions options;
    options.password = password;
    if (stamp.isValid())
        options.timeStamp = stamp;
    const QDateTime before = QDateTime::currentDateTime().addSecs(-2); // ZIP times have 2 s steps
    const auto written = Demo::writeZip(path, sampleEntries, options);
    QVERIFY2(written, qPrintable(TestSupport::errorText(written)));

    const auto read = readZip(path, password);
    QVERIFY2(read, qPrintable(TestSupport::errorText(read)));
    QCOMPARE(read->size(), sampleEntries.size());
    for (qsizetype i = 0; i < sampleEntries.size(); ++i) {
        const ReadEntry &entry = read->at(i);
        QCOMPARE(entry.name, sampleEntries[i].name);
        QCOMPARE(entry.bytes, sampleEntries[i].bytes);
        QCOMPARE(entry.encrypted, !password.isEmpty());
        if (stamp.isValid()) {
            QCOMPARE(entry.dateTime, stamp);
        } else {
            QVERIFY2(entry.dateTime >= before && entry.dateTime <= QDateTime::currentDateTime().addSecs(2),
                     qPrintable(entry.dateTime.toString(Qt::ISODate)));
        }
    }
    // Deflated: the repetitive history takes far less room than it holds.
    QVERIFY(QFileInfo(path).size() < sampleEntries[0].bytes.size() / 4);
}

void TestZipWriter::wrongPasswordDoesNotRevealContent()
{
    const QString path = m_dir.filePath(u"locked.zip"_s);
    Demo::ZipOptions options;
    options.password = u"secret"_s;
    const auto written = Demo::writeZip(path, {sampleEntries[0]}, options);
    QVERIFY2(written, qPrintable(TestSupport::errorText(written)));

    const auto read = readZip(path, u"guess"_s);
    // Depending on the bytes, minizip fails to inflate or fails the CRC
    // check; either way the content does not come out.
    QVERIFY(!read || read->value(0).bytes != sampleEntries[0].bytes);
}

void TestZipWriter::fixedTimeStampGivesSameBytes()
{
    // What the fleet generator relies on: the same seed, the same archives.
    Demo::ZipOptions options;
    options.timeStamp = QDateTime(QDate(2025, 9, 1), QTime(6, 0));
    const QString first = m_dir.filePath(u"first.zip"_s);
    const QString second = m_dir.filePath(u"second.zip"_s);
    const auto writtenFirst = Demo::writeZip(first, sampleEntries, options);
    QVERIFY2(writtenFirst, qPrintable(TestSupport::errorText(writtenFirst)));
    QTest::qSleep(2100); // into the next step of the ZIP clock
    const auto writtenSecond = Demo::writeZip(second, sampleEntries, options);
    QVERIFY2(writtenSecond, qPrintable(TestSupport::errorText(writtenSecond)));
    QCOMPARE(TestSupport::readFile(second), TestSupport::readFile(first));
}

void TestZipWriter::replacesAnExistingFile()
{
    const QString path = m_dir.filePath(u"again.zip"_s);
    const auto large = Demo::writeZip(path, sampleEntries);
    QVERIFY2(large, qPrintable(TestSupport::errorText(large)));
    const auto small = Demo::writeZip(path, {{u"only.txt"_s, "only"}});
    QVERIFY2(small, qPrintable(TestSupport::errorText(small)));

    const auto read = readZip(path);
    QVERIFY2(read, qPrintable(TestSupport::errorText(read)));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().name, u"only.txt"_s);
    QCOMPARE(read->first().bytes, QByteArray("only"));
}

void TestZipWriter::errorNamesTheArchive()
{
    const QString path = m_dir.filePath(u"no/such/folder/archive.zip"_s);
    const auto written = Demo::writeZip(path, sampleEntries);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QDir::toNativeSeparators(path)), qPrintable(written.error()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
