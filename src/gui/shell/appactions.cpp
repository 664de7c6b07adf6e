// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/appactions.h"

#include "gui/common/icons.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/translations.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

AppActions::AppActions(const AppSettings &settings, QObject *parent) : QObject(parent)
{
    importFiles = make(u"import"_s, tr("&Import files…"), QKeySequence::Open);
    importFiles->setStatusTip(tr("Import CarData archives (.zip), charging histories (.json) or other owners' sharing bundles (.cdshare)"));
    importFolder = make(u"folder"_s, tr("Import a &folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    importFolder->setStatusTip(tr("Import every CarData file in a folder and its subfolders"));
    cancelImport = make(u"cancel"_s, tr("&Cancel import"), QKeySequence(Qt::Key_Escape));
    cancelImport->setShortcutContext(Qt::WindowShortcut);
    demo = make(u"demo"_s, tr("Load &demo fleet"));
    demo->setStatusTip(tr("Synthetic cars in a separate demo database; your own data is not touched"));
    ownData = make(u"mydata"_s, tr("Back to &my data"));
    ownData->setStatusTip(tr("Leave the demo fleet and show your own database"));
    exportPng = make(u"export"_s, tr("&Export chart as PNG…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportPngSize = make({}, tr("Export chart as PNG at a &resolution…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportCsv = make(u"csv"_s, tr("Export chart &data as CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    quit = make(u"quit"_s, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    setModel = make(u"model"_s, tr("Set &model…"), QKeySequence(Qt::Key_F2));
    setCapacity = make(u"capacity"_s, tr("Set &capacity when new…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    forget = make(u"forget"_s, tr("&Forget vehicle…"), QKeySequence::Delete);
    forget->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only in the table: Delete elsewhere edits text

    connectOnline = make(u"online"_s, tr("Connect BMW Car&Data…"));
    connectOnline->setStatusTip(tr("Fetch charging history and battery readings from BMW's CarData service"));
    fetchOnline = make(u"fetch"_s, tr("Fetch from BMW CarData &now"), QKeySequence(Qt::Key_F5));
    fetchOnline->setStatusTip(tr("Fetch new charging sessions and battery readings of the connected cars"));
    disconnectOnline = make({}, tr("&Disconnect BMW CarData…"));
    disconnectOnline->setStatusTip(tr("Remove the BMW CarData login from this computer"));
    fetchAtStart = make({}, tr("&Fetch from BMW CarData once a day at start"));
    fetchAtStart->setCheckable(true);
    database = make({}, tr("&Database…"));
    fetchAtStart->setChecked(settings.fetchAtStart());

    nativeChart = make({}, tr("&Native chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    plotlyChart = make({}, tr("&Plotly chart (web)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    checkableGroup({nativeChart, plotlyChart});
    byMileage = make({}, tr("By &mileage"), QKeySequence(Qt::CTRL | Qt::Key_1));
    byDate = make({}, tr("By &date"), QKeySequence(Qt::CTRL | Qt::Key_2));
    checkableGroup({byMileage, byDate});
    kwh = make({}, tr("Capacity in &kWh"), QKeySequence(Qt::CTRL | Qt::Key_3));
    soh = make({}, tr("&State of health in %"), QKeySequence(Qt::CTRL | Qt::Key_4));
    checkableGroup({kwh, soh});
    km = make({}, tr("Distances in &kilometres"));
    miles = make({}, tr("Distances in m&iles"));
    checkableGroup({km, miles});
    outliers = make({}, tr("Show &outliers"));
    outliers->setCheckable(true);
    includeShared = make({}, tr("Include &shared vehicles"));
    includeShared->setCheckable(true);
    includeShared->setStatusTip(tr("Show the cars other owners shared with you in the chart, the fleet band and the table"));
    share = make({}, tr("S&hare anonymized data…"));
    share->setStatusTip(tr("Write a bundle of your cars' charging data, without VIN, places or times, for other owners"));
    forgetSource = make({}, tr("Forget every vehicle of this &source…"));
    forgetSource->setStatusTip(tr("Remove all the cars that came from the same owner's bundles"));

    about = make(u"about"_s, tr("&About CarData Battery Health"), QKeySequence::HelpContents);
    about->setMenuRole(QAction::AboutRole);

    languages = new QActionGroup(this);
    auto *system = new QAction(tr("&System language"), languages);
    system->setData(QString());
    for (const auto &[code, name] : Translations::available()) {
        auto *a = new QAction(name, languages);
        a->setData(code);
    }
    for (QAction *a : languages->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == settings.language());
    }
}

QAction *AppActions::make(const QString &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *action = icon.isEmpty() ? new QAction(text, this) : new QAction(Icons::get(icon), text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QActionGroup *AppActions::checkableGroup(const QList<QAction *> &actions)
{
    auto *group = new QActionGroup(this);
    for (QAction *a : actions) {
        a->setCheckable(true);
        group->addAction(a);
    }
    return group;
}

QList<QAction *> AppActions::vehicleActions() const
{
    return {setModel, setCapacity, nullptr, forget, forgetSource};
}

void AppActions::showOptions(const ChartOptions &options, ChartEngine::Kind engine)
{
    nativeChart->setChecked(engine == ChartEngine::Kind::Native);
    plotlyChart->setChecked(engine == ChartEngine::Kind::Plotly);
    byMileage->setChecked(options.xAxis == ChartOptions::XAxis::Mileage);
    byDate->setChecked(options.xAxis == ChartOptions::XAxis::Date);
    kwh->setChecked(options.yUnit == ChartOptions::YUnit::Kwh);
    soh->setChecked(options.yUnit == ChartOptions::YUnit::SohPercent);
    km->setChecked(options.distance == ChartOptions::Distance::Km);
    miles->setChecked(options.distance == ChartOptions::Distance::Miles);
    outliers->setChecked(options.showOutliers);
    includeShared->setChecked(options.includeShared);
}

void AppActions::buildMenus(QMenuBar *menuBar, QAction *importDockToggle)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addActions({importFiles, importFolder, cancelImport});
    file->addSeparator();
    file->addActions({demo, ownData});
    file->addSeparator();
    file->addActions({exportPng, exportPngSize, exportCsv});
    file->addSeparator();
    file->addAction(share);
    file->addSeparator();
    file->addAction(quit);

    QMenu *vehicle = menuBar->addMenu(tr("&Vehicle"));
    for (QAction *a : vehicleActions()) {
        if (a)
            vehicle->addAction(a);
        else
            vehicle->addSeparator();
    }
    vehicle->addSection(tr("BMW CarData online"));
    vehicle->addActions({connectOnline, fetchOnline, disconnectOnline});

    QMenu *view = menuBar->addMenu(tr("Vie&w"));
    view->addSection(tr("Chart engine"));
    view->addActions({nativeChart, plotlyChart});
    view->addSection(tr("Chart"));
    view->addActions({byMileage, byDate});
    view->addSeparator();
    view->addActions({kwh, soh});
    view->addSeparator();
    view->addAction(outliers);
    view->addAction(includeShared);
    view->addSection(tr("Units"));
    view->addActions({km, miles});
    view->addSeparator();
    importDockToggle->setText(tr("&Import results"));
    importDockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(importDockToggle);

    QMenu *settings = menuBar->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->addActions(languages->actions());
    settings->addAction(fetchAtStart);
    settings->addAction(database);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(about);
}
