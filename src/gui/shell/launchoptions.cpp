// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/launchoptions.h"

#include "core/store/datalocation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The options of Qt's own GUI (Qt 6.4: QGuiApplication, QApplication, the
// xcb plugin). QApplication takes them out of the arguments before the app
// sees them, but --help and --version are answered before there is a
// QApplication (they must work without a display), so the parser has to
// know them too, with their values, to skip them. --help-all lists those
// that Qt's own --help-all lists, in its words: Qt's translations (context
// QGuiApplication) translate them. Plain strings, so that lupdate does not
// copy Qt's messages into ours.
struct QtOption
{
    const char *name;
    const char *valueName; // none: a switch
    const char *description; // none: Qt does not list it either
};

constexpr QtOption qtOptions[] = {
    {"platform", "platformName[:options]",
     "QPA plugin. See QGuiApplication documentation for available options for each plugin."},
    {"platformpluginpath", "path", "Path to the platform plugins."},
    {"platformtheme", "theme", "Platform theme."},
    {"plugin", "plugin", "Additional plugins to load, can be specified multiple times."},
    {"qwindowgeometry", "geometry", "Window geometry for the main window, using the X11-syntax, like 100x100+50+50."},
    {"qwindowicon", "icon", "Default window icon."},
    {"qwindowtitle", "title", "Title of the first window."},
    {"reverse", nullptr, "Sets the application's layout direction to Qt::RightToLeft (debugging helper)."},
    {"session", "session", "Restores the application from an earlier session."},
    {"display", "display", "Display name, overrides $DISPLAY."},
    {"name", "name", "Instance name according to ICCCM 4.1.2.5."},
    {"nograb", nullptr, "Disable mouse grabbing (useful in debuggers)."},
    {"dograb", nullptr, "Force mouse grabbing (even when running in a debugger)."},
    {"visual", "id", "ID of the X11 Visual to use."},
    {"geometry", "geometry", "Alias for --qwindowgeometry."},
    {"icon", "icon", "Alias for --qwindowicon."},
    {"title", "title", "Alias for --qwindowtitle."},
    {"style", "style", nullptr},
    {"stylesheet", "stylesheet", nullptr},
    {"widgetcount", nullptr, nullptr},
    {"testability", nullptr, nullptr},
    {"qdevel", nullptr, nullptr},
    {"qdebug", nullptr, nullptr},
};

// listed: as --help-all shows them; else hidden from the help.
QList<QCommandLineOption> qtCommandLineOptions(bool listed)
{
    QList<QCommandLineOption> options;
    for (const QtOption &o : qtOptions) {
        QCommandLineOption option(QString::fromLatin1(o.name),
                                  o.description ? QCoreApplication::translate("QGuiApplication", o.description)
                                                : QString(),
                                  o.valueName ? QString::fromLatin1(o.valueName) : QString());
        if (!listed || !o.description)
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        options.append(option);
    }
    return options;
}

} // namespace

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    // As Qt's own options are spelled: -platform, -style=fusion.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(tr("Battery health of BMW and MINI electric cars from BMW CarData exports."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     tr("Data folder (database and installation secret). Default: %1")
                                         .arg(QDir::toNativeSeparators(DataLocation::defaultDataDir())),
                                     tr("DIR"));
    const QCommandLineOption demo(u"demo"_s, tr("Start with the demo fleet (a separate database)."));
    const QCommandLineOption engine(u"engine"_s, tr("Chart engine for this run: native or plotly."), tr("ENGINE"));
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        tr("Save a PNG of the window once the start-up import has finished and the "
                                           "chart is drawn, then quit."),
                                        tr("FILE"));
    const QCommandLineOption windowSize(u"window-size"_s, tr("Window size, e.g. 1200x760."), tr("WxH"));
    const QCommandLineOption selectFirst(u"select-first"_s, tr("Highlight the first vehicle of the table."));
    const QCommandLineOption readOnly(u"read-only"_s, tr("Open the database for viewing only: nothing is imported or changed."));
    const QList<QCommandLineOption> ownOptions = {dataDir, demo, engine, screenshot, windowSize, selectFirst, readOnly};
    parser.addOptions(ownOptions);
    parser.addOptions(qtCommandLineOptions(false));
    const QString filesName = u"files"_s;
    const QString filesDescription = tr("CarData exports to import: .zip, .json or folders.");
    const QString filesSyntax = tr("[FILE...]");
    parser.addPositionalArgument(filesName, filesDescription, filesSyntax);

    if (!parser.parse(arguments)) {
        if (error)
            *error = parser.errorText();
        return std::nullopt;
    }
    LaunchOptions o;
    const bool helpAll = parser.isSet(u"help-all"_s);
    o.helpRequested = parser.isSet(help) || helpAll;
    if (helpAll) {
        // The same help with Qt's options listed, as Qt's --help-all would
        // show them (that one needs the QApplication).
        QCommandLineParser all;
        all.setApplicationDescription(parser.applicationDescription());
        all.addHelpOption();
        all.addVersionOption();
        all.addOptions(ownOptions);
        all.addOptions(qtCommandLineOptions(true));
        all.addPositionalArgument(filesName, filesDescription, filesSyntax);
        o.helpText = all.helpText();
    } else {
        o.helpText = parser.helpText();
    }
    o.versionRequested = parser.isSet(version);
    o.dataDir = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath() : DataLocation::defaultDataDir();
    o.demo = parser.isSet(demo);
    o.selectFirst = parser.isSet(selectFirst);
    o.readOnly = parser.isSet(readOnly);
    if (parser.isSet(engine)) {
        const QString name = parser.value(engine).toLower();
        if (name == u"native")
            o.engine = ChartEngine::Kind::Native;
        else if (name == u"plotly")
            o.engine = ChartEngine::Kind::Plotly;
        else {
            if (error)
                *error = tr("Unknown chart engine '%1': use native or plotly.").arg(parser.value(engine));
            return std::nullopt;
        }
    }
    if (parser.isSet(screenshot))
        o.screenshot = QFileInfo(parser.value(screenshot)).absoluteFilePath();
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).toLower().split(u'x');
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000) {
            if (error)
                *error = tr("'%1' is not a window size such as 1200x760.").arg(parser.value(windowSize));
            return std::nullopt;
        }
        o.windowSize = QSize(w, h);
    }
    for (const QString &file : parser.positionalArguments()) {
        // "Open with" may hand over file:// URLs.
        const QUrl url(file);
        o.files.append(url.isLocalFile() ? url.toLocalFile() : QFileInfo(file).absoluteFilePath());
    }
    return o;
}
