#include "gui/shell/launchoptions.h"

#include "core/store/datalocation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

std::optional<LaunchOptions> LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
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
    parser.addOptions({dataDir, demo, engine, screenshot, windowSize, selectFirst});
    parser.addPositionalArgument(u"files"_s, tr("CarData exports to import: .zip, .json or folders."), tr("[FILE...]"));

    if (!parser.parse(arguments)) {
        if (error)
            *error = parser.errorText();
        return std::nullopt;
    }
    LaunchOptions o;
    o.helpText = parser.helpText();
    o.helpRequested = parser.isSet(help);
    o.versionRequested = parser.isSet(version);
    o.dataDir = parser.isSet(dataDir) ? QDir(parser.value(dataDir)).absolutePath() : DataLocation::defaultDataDir();
    o.demo = parser.isSet(demo);
    o.selectFirst = parser.isSet(selectFirst);
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
