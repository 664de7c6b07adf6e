// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/chart/chartengine.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of cardata-health, parsed into values. --help (and
// --help-all, which adds Qt's own options) and --version are answered by
// the caller (they print and exit).
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QString dataDir;       // --data-dir, else DataLocation::defaultDataDir()
    QStringList files;     // imported at start ("Open with")
    bool demo = false;     // --demo: start on the demo fleet
    std::optional<ChartEngine::Kind> engine; // --engine: this run only, not remembered
    QString screenshot;    // --screenshot FILE: save the window once idle, then quit
    QSize windowSize;      // --window-size WxH
    bool selectFirst = false; // --select-first: highlight the first vehicle (for screenshots)
    bool readOnly = false;    // --read-only: view the database, change nothing
    bool helpRequested = false;
    bool versionRequested = false;
    QString helpText;

    // arguments include the program name, as QCoreApplication::arguments().
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);
};
