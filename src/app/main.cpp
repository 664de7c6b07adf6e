// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health: the desktop app. Everything but start-up lives in
// src/gui, so that the tests drive the same window.
#include "gui/shell/appsettings.h"
#include "gui/common/icons.h"
#include "gui/shell/launchoptions.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/translations.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Help, the version or a usage error, printed; the exit code. Nullopt:
// start the app.
std::optional<int> answer(const std::optional<LaunchOptions> &options, const QString &error)
{
    if (!options) {
        std::fprintf(stderr, "cardata-health: %s\nTry 'cardata-health --help'.\n", qPrintable(error));
        return 2;
    }
    if (options->helpRequested) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    if (options->versionRequested) {
        std::printf("cardata-health %s\n", CARDATA_VERSION);
        return 0;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    // What needs no window is answered before there is one: a QApplication
    // aborts without a display, and --help must work over ssh, in scripts,
    // and for help2man, which makes the man page from it at build time.
    {
        const QCoreApplication app(argc, argv);
        // The help in the language the app would use.
        const std::unique_ptr<AppSettings> settings = AppSettings::standard(QStringLiteral(CARDATA_APP_ID));
        const Translations translations(settings->language());
        QString error;
        const std::optional<LaunchOptions> options = LaunchOptions::parse(QCoreApplication::arguments(), &error);
        if (const std::optional<int> code = answer(options, error))
            return *code;
    }

    // Chromium's sandbox refuses to run as root, and the README's commands
    // run as root on a fresh machine: the Plotly engine would not start.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // QtWebEngine (the Plotly engine) shares OpenGL contexts with widgets;
    // this must be set before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"cardata-health"_s);
    QApplication::setApplicationName(u"cardata-health"_s);
    QApplication::setApplicationDisplayName(u"CarData Battery Health"_s);
    QApplication::setApplicationVersion(QStringLiteral(CARDATA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CARDATA_APP_ID));
    QApplication::setWindowIcon(Icons::application());

    std::unique_ptr<AppSettings> settings = AppSettings::standard(QStringLiteral(CARDATA_APP_ID));
    const Translations translations(settings->language());

    QString error;
    const std::optional<LaunchOptions> options = LaunchOptions::parse(QApplication::arguments(), &error);
    if (const std::optional<int> code = answer(options, error))
        return *code;

    MainWindow window(*options, *settings);
    if (!options->screenshot.isEmpty()) {
        // Unattended: no question may wait for a click.
        window.setModelPrompt([](const MainWindow::ModelQuestion &) { return std::optional<QString>(); });
        window.screenshotWhenIdle(options->screenshot);
    }
    window.show();
    window.start();
    return app.exec();
}
