// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/appsettings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

AppSettings::AppSettings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings)) {}

AppSettings::~AppSettings() = default;

std::unique_ptr<AppSettings> AppSettings::standard(const QString &appId)
{
    // The format and place QSettings() chose before, only the folder is new;
    // QSettings places both files (XDG_CONFIG_HOME, QSettings::setPath).
    const auto fileFor = [](const QString &folder) {
        return QSettings(QSettings::NativeFormat, QSettings::UserScope, folder, u"cardata-health"_s).fileName();
    };
    const QString file = fileFor(appId);
    // A failed copy costs the user the window layout, not the start: say
    // why and go on with the defaults.
    if (const auto migrated = migrate(fileFor(u"cardata-health"_s), file); !migrated)
        qWarning("%s", qUtf8Printable(migrated.error()));
    return std::make_unique<AppSettings>(
        std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, appId, u"cardata-health"_s));
}

std::expected<bool, QString> AppSettings::migrate(const QString &from, const QString &to)
{
    // The old file stays: an older version, started again, still finds it.
    if (QFileInfo::exists(to) || !QFileInfo::exists(from))
        return false;
    const QSettings old(from, QSettings::NativeFormat);
    if (old.status() != QSettings::NoError)
        return std::unexpected(u"cannot read the settings of an older version in %1"_s.arg(from));
    QSettings moved(to, QSettings::NativeFormat);
    for (const QString &key : old.allKeys())
        moved.setValue(key, old.value(key));
    moved.sync();
    if (moved.status() != QSettings::NoError)
        return std::unexpected(u"cannot copy the settings of %1 to %2"_s.arg(from, to));
    return true;
}

QByteArray AppSettings::geometry() const
{
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    m_settings->setValue(u"window/geometry"_s, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(u"window/state"_s, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(u"window/splitter"_s).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(u"window/splitter"_s, state);
}

ChartEngine::Kind AppSettings::chartEngine() const
{
    return m_settings->value(u"chart/engine"_s).toString() == u"plotly" ? ChartEngine::Kind::Plotly
                                                                       : ChartEngine::Kind::Native;
}

void AppSettings::setChartEngine(ChartEngine::Kind kind)
{
    m_settings->setValue(u"chart/engine"_s, ChartEngine::kindName(kind));
}

QString AppSettings::modelFilter() const
{
    return m_settings->value(u"chart/model"_s).toString();
}

void AppSettings::setModelFilter(const QString &model)
{
    m_settings->setValue(u"chart/model"_s, model);
}

ChartOptions::XAxis AppSettings::xAxis() const
{
    return m_settings->value(u"chart/x"_s).toString() == u"date" ? ChartOptions::XAxis::Date
                                                                 : ChartOptions::XAxis::Mileage;
}

void AppSettings::setXAxis(ChartOptions::XAxis axis)
{
    m_settings->setValue(u"chart/x"_s, axis == ChartOptions::XAxis::Date ? u"date"_s : u"mileage"_s);
}

ChartOptions::YUnit AppSettings::yUnit() const
{
    // SoH by default: it puts cars of different battery sizes on one scale.
    return m_settings->value(u"chart/y"_s, u"soh"_s).toString() == u"soh" ? ChartOptions::YUnit::SohPercent
                                                                         : ChartOptions::YUnit::Kwh;
}

void AppSettings::setYUnit(ChartOptions::YUnit unit)
{
    m_settings->setValue(u"chart/y"_s, unit == ChartOptions::YUnit::SohPercent ? u"soh"_s : u"kwh"_s);
}

ChartOptions::Distance AppSettings::distance() const
{
    return m_settings->value(u"units/distance"_s).toString() == u"mi" ? ChartOptions::Distance::Miles
                                                                      : ChartOptions::Distance::Km;
}

void AppSettings::setDistance(ChartOptions::Distance distance)
{
    m_settings->setValue(u"units/distance"_s, distance == ChartOptions::Distance::Miles ? u"mi"_s : u"km"_s);
}

bool AppSettings::showOutliers() const
{
    return m_settings->value(u"chart/outliers"_s, true).toBool();
}

void AppSettings::setShowOutliers(bool show)
{
    m_settings->setValue(u"chart/outliers"_s, show);
}

bool AppSettings::includeShared() const
{
    return m_settings->value(u"chart/shared"_s, true).toBool();
}

void AppSettings::setIncludeShared(bool include)
{
    m_settings->setValue(u"chart/shared"_s, include);
}

QString AppSettings::language() const
{
    return m_settings->value(u"ui/language"_s).toString();
}

bool AppSettings::fetchAtStart() const
{
    return m_settings->value(u"online/fetchAtStart"_s, true).toBool();
}

void AppSettings::setFetchAtStart(bool on)
{
    m_settings->setValue(u"online/fetchAtStart"_s, on);
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(u"ui/language"_s, language);
}

void AppSettings::sync()
{
    m_settings->sync();
}
