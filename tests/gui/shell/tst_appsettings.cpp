// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/appsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"io.github.cardata_health.CarDataHealth"_s;

// Where version 0.1 kept the settings, below the user's config folder.
const QString legacyFile = u"cardata-health/cardata-health.conf"_s;

} // namespace

// The settings file moved to a folder named after the application ID; a
// user's window layout and choices must come along, once. Every test points
// QSettings' user folder (~/.config) at its own temporary folder.
class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void olderSettingsAreMigratedOnce();
    void freshStartCreatesNothing();
    void existingNewFileIsKept();
    void migrationErrorIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestAppSettings::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config->path());
}

void TestAppSettings::olderSettingsAreMigratedOnce()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    {
        QSettings old(m_config->filePath(legacyFile), QSettings::NativeFormat);
        old.setValue(u"window/geometry"_s, geometry);
        old.setValue(u"chart/engine"_s, u"plotly"_s);
        old.setValue(u"chart/outliers"_s, false);
        old.setValue(u"ui/language"_s, u"de"_s);
    }

    {
        const std::unique_ptr<AppSettings> settings = AppSettings::standard(appId);
        QCOMPARE(settings->geometry(), geometry);
        QCOMPARE(settings->chartEngine(), ChartEngine::Kind::Plotly);
        QCOMPARE(settings->showOutliers(), false);
        QCOMPARE(settings->language(), u"de"_s);
    }
    const QString moved = m_config->filePath(appId + u"/cardata-health.conf"_s);
    QVERIFY2(QFile::exists(moved), qPrintable(moved));
    QVERIFY2(QFile::exists(m_config->filePath(legacyFile)), "the old file stays for an older version");

    // Once: what the old version writes later does not overwrite the new file.
    {
        QSettings old(m_config->filePath(legacyFile), QSettings::NativeFormat);
        old.setValue(u"ui/language"_s, u"en"_s);
    }
    QCOMPARE(AppSettings::standard(appId)->language(), u"de"_s);
}

void TestAppSettings::freshStartCreatesNothing()
{
    {
        const std::unique_ptr<AppSettings> settings = AppSettings::standard(appId);
        QCOMPARE(settings->chartEngine(), ChartEngine::Kind::Native);
        QCOMPARE(settings->language(), QString());
    }
    QVERIFY(!QFile::exists(m_config->filePath(appId + u"/cardata-health.conf"_s)));
    QVERIFY(!QFile::exists(m_config->filePath(legacyFile)));
}

void TestAppSettings::existingNewFileIsKept()
{
    const QString from = m_config->filePath(legacyFile);
    const QString to = m_config->filePath(u"new/cardata-health.conf"_s);
    {
        QSettings old(from, QSettings::NativeFormat);
        old.setValue(u"chart/engine"_s, u"plotly"_s);
        QSettings current(to, QSettings::NativeFormat);
        current.setValue(u"chart/x"_s, u"date"_s);
    }
    const auto migrated = AppSettings::migrate(from, to);
    QVERIFY(migrated);
    QCOMPARE(*migrated, false);
    const QSettings current(to, QSettings::NativeFormat);
    QCOMPARE(current.allKeys(), QStringList{u"chart/x"_s});
}

void TestAppSettings::migrationErrorIsReported()
{
    const QString from = m_config->filePath(legacyFile);
    {
        QSettings old(from, QSettings::NativeFormat);
        old.setValue(u"chart/engine"_s, u"plotly"_s);
    }
    // A file where the new folder should be: the copy cannot be written
    // (a permission test would not fail for root).
    QFile blocker(m_config->filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString to = m_config->filePath(u"blocked/cardata-health.conf"_s);
    const auto migrated = AppSettings::migrate(from, to);
    QVERIFY(!migrated);
    QVERIFY2(migrated.error().contains(to), qPrintable(migrated.error()));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
