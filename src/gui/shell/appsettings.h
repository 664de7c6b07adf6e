// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/chart/chartengine.h"
#include "core/report/chartoptions.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

class QSettings;

// The user's choices that outlive a session, typed. The QSettings is handed
// in, so tests use a file in their temporary folder and never the user's.
class AppSettings
{
public:
    explicit AppSettings(std::unique_ptr<QSettings> settings);
    ~AppSettings();
    // The platform's usual place, in a folder named after the application ID
    // (~/.config/<appId>/cardata-health.conf). Settings of a version before
    // 0.2 (~/.config/cardata-health/cardata-health.conf) are copied there
    // the first time.
    static std::unique_ptr<AppSettings> standard(const QString &appId);
    // Copies every key of the settings file `from` into the file `to`,
    // unless `to` exists already: then it is the newer one and is kept.
    // True when it copied, false when there was nothing to copy.
    static std::expected<bool, QString> migrate(const QString &from, const QString &to);

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    ChartEngine::Kind chartEngine() const;
    void setChartEngine(ChartEngine::Kind kind);
    QString modelFilter() const; // empty: all models
    void setModelFilter(const QString &model);
    ChartOptions::XAxis xAxis() const;
    void setXAxis(ChartOptions::XAxis axis);
    ChartOptions::YUnit yUnit() const;
    void setYUnit(ChartOptions::YUnit unit);
    ChartOptions::Distance distance() const;
    void setDistance(ChartOptions::Distance distance);
    bool showOutliers() const;
    void setShowOutliers(bool show);
    bool includeShared() const;
    void setIncludeShared(bool include);
    // "" follows the system locale; else a language code such as "de" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    // Fetch from BMW CarData once a day when the app starts (default on).
    bool fetchAtStart() const;
    void setFetchAtStart(bool on);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
