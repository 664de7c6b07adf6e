// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The anonymizer: the installation secret (created once, 0600, never
// replaced under a database that holds vehicles), keyed vehicle keys and
// keyed file fingerprints.
#include "core/privacy/anonymizer.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

class TestAnonymizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secretIsCreatedOncePrivately();
    void keysAreStablePerInstallation();
    void missingSecretIsRefusedWhenVehiclesExist();
    void damagedSecretIsRefused();
    void loosePermissionsAreTightened();
    void fingerprintsAreKeyed();
    void manyStartingAtOnceShareOneSecret();

private:
    QString secretPath(const QString &dir) const
    {
        return QDir(dir).filePath(QString::fromLatin1(Anonymizer::secretFileName));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnonymizer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAnonymizer::secretIsCreatedOncePrivately()
{
    QVERIFY(!QFile::exists(secretPath(m_dir->path())));
    auto first = Anonymizer::open(m_dir->path(), false);
    QVERIFY2(first, qPrintable(TestSupport::errorText(first)));
    const QFileInfo secret(secretPath(m_dir->path()));
    QCOMPARE(secret.size(), 32);
    QCOMPARE(secret.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = TestSupport::readFile(secret.filePath());
    // Opened again: the same secret, not a new one.
    QVERIFY(Anonymizer::open(m_dir->path(), true));
    QCOMPARE(TestSupport::readFile(secret.filePath()), bytes);
}

void TestAnonymizer::keysAreStablePerInstallation()
{
    const QString vin = u"WBY71AW010FP87013"_s;
    const QString key = Anonymizer::open(m_dir->path(), false)->vehicleKey(vin);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s).match(key).hasMatch());
    QCOMPARE(Anonymizer::open(m_dir->path(), true)->vehicleKey(vin), key);
    QVERIFY(Anonymizer::open(m_dir->path(), true)->vehicleKey(u"WMW31DH0402R45678"_s) != key);
    // Another installation, another secret: the key means nothing there.
    const QString other = m_dir->filePath(u"other"_s);
    QVERIFY(QDir().mkpath(other));
    QVERIFY(Anonymizer::open(other, false)->vehicleKey(vin) != key);
    // Nor is it a plain hash of the VIN.
    QVERIFY(!QCryptographicHash::hash(vin.toUtf8(), QCryptographicHash::Sha256).toHex().startsWith(key.toLatin1()));
}

void TestAnonymizer::missingSecretIsRefusedWhenVehiclesExist()
{
    const auto refused = Anonymizer::open(m_dir->path(), true);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"is missing, but the database already holds vehicles. Restore the secret file"_s),
             qPrintable(refused.error()));
    QVERIFY(!QFile::exists(secretPath(m_dir->path())));
}

void TestAnonymizer::damagedSecretIsRefused()
{
    QVERIFY(TestSupport::writeFile(secretPath(m_dir->path()), QByteArray(20, 'x')));
    const auto refused = Anonymizer::open(m_dir->path(), false);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"The installation secret %1 is damaged (20 bytes, expected 32)"_s.arg(secretPath(m_dir->path())));
    // It is left as it was, for the user to restore.
    QCOMPARE(QFileInfo(secretPath(m_dir->path())).size(), 20);
}

void TestAnonymizer::loosePermissionsAreTightened()
{
    QVERIFY(TestSupport::writeFile(secretPath(m_dir->path()), QByteArray(32, 's')));
    QVERIFY(QFile::setPermissions(secretPath(m_dir->path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(Anonymizer::open(m_dir->path(), true));
    QCOMPARE(QFile::permissions(secretPath(m_dir->path())) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestAnonymizer::fingerprintsAreKeyed()
{
    const QByteArray content = TestSupport::readFile(TestSupport::fixture(u"public-samples/home-2021.json"_s));
    QVERIFY(!content.isEmpty());
    const auto a = Anonymizer::open(m_dir->path(), false);
    const QByteArray hash = a->contentHash(content);
    QCOMPARE(hash.size(), 64); // hex of HMAC-SHA256
    QCOMPARE(a->contentHash(content), hash);
    QVERIFY(a->contentHash(QByteArray(content + ' ')) != hash);
    // Streamed in pieces, the same fingerprint.
    Anonymizer::ContentHasher hasher = a->contentHasher();
    hasher.addData(QByteArrayView(content).first(100));
    hasher.addData(QByteArrayView(content).sliced(100));
    QCOMPARE(hasher.result(), hash);
    // Keyed: another installation cannot confirm the file was imported here.
    const QString other = m_dir->filePath(u"other"_s);
    QVERIFY(QDir().mkpath(other));
    QVERIFY(Anonymizer::open(other, false)->contentHash(content) != hash);
    QVERIFY(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != hash);
}

void TestAnonymizer::manyStartingAtOnceShareOneSecret()
{
    // Several imports start on a new data folder at the same moment: each
    // gets the same secret (so the same vehicle keys), none a half-written one.
    for (int round = 0; round < 10; ++round) {
        QTemporaryDir dir;
        QList<QThread *> threads;
        QList<QString> keys(8);
        QList<QString> errors(8);
        std::atomic_int ready = 0;
        for (int i = 0; i < 8; ++i) {
            threads.append(QThread::create([&, i] {
                ++ready;
                while (ready.load() < 8)
                    QThread::yieldCurrentThread();
                const auto a = Anonymizer::open(dir.path(), false);
                if (a)
                    keys[i] = a->vehicleKey(u"WBY71AW010FP87013"_s);
                else
                    errors[i] = a.error();
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        for (int i = 0; i < 8; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(keys[i], keys[0]);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QString::fromLatin1(Anonymizer::secretFileName)});
    }
}

QTEST_GUILESS_MAIN(TestAnonymizer)
#include "tst_anonymizer.moc"
