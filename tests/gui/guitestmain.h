// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QApplication>
#include <QtTest>

#include <unistd.h>

// A QTEST_MAIN for widget tests that may create the Plotly engine:
// QtWebEngine needs shared OpenGL contexts before the application exists,
// and refuses to run as root with its sandbox on (CI runs as root).
#define CARDATA_GUI_TEST_MAIN(TestObject)                                                                              \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                                    \
        if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))                            \
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");                                                               \
        QApplication app(argc, argv);                                                                                  \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
