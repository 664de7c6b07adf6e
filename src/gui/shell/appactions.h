// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/chartoptions.h"
#include "gui/chart/chartengine.h"

#include <QKeySequence>
#include <QObject>

class AppSettings;
class QAction;
class QActionGroup;
class QMenuBar;

// Every action of the window's menus, with its text, icon and shortcut, and
// the menus made of them. The window connects them to what they do.
class AppActions : public QObject
{
    Q_OBJECT
public:
    AppActions(const AppSettings &settings, QObject *parent);

    void buildMenus(QMenuBar *menuBar, QAction *importDockToggle);
    // Check marks that follow the chart's state.
    void showOptions(const ChartOptions &options, ChartEngine::Kind engine);
    // The actions on the selected vehicle, in menu order (null: a separator).
    QList<QAction *> vehicleActions() const;

    QAction *importFiles = nullptr;
    QAction *importFolder = nullptr;
    QAction *cancelImport = nullptr;
    QAction *demo = nullptr;
    QAction *ownData = nullptr;
    QAction *exportPng = nullptr;
    QAction *exportPngSize = nullptr;
    QAction *exportCsv = nullptr;
    QAction *quit = nullptr;
    QAction *setModel = nullptr;
    QAction *setCapacity = nullptr;
    QAction *forget = nullptr;
    QAction *connectOnline = nullptr;
    QAction *fetchOnline = nullptr;
    QAction *disconnectOnline = nullptr;
    QAction *fetchAtStart = nullptr;
    QAction *database = nullptr;
    QAction *nativeChart = nullptr;
    QAction *plotlyChart = nullptr;
    QAction *byMileage = nullptr;
    QAction *byDate = nullptr;
    QAction *kwh = nullptr;
    QAction *soh = nullptr;
    QAction *km = nullptr;
    QAction *miles = nullptr;
    QAction *outliers = nullptr;
    QAction *includeShared = nullptr;
    QAction *share = nullptr;
    QAction *forgetSource = nullptr;
    QAction *about = nullptr;
    QActionGroup *languages = nullptr;

private:
    QAction *make(const QString &icon, const QString &text, const QKeySequence &shortcut = {});
    QActionGroup *checkableGroup(const QList<QAction *> &actions);
};
