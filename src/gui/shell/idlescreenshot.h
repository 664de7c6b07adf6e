// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

// --screenshot FILE: waits until the window is idle (start-up import done,
// chart drawn), saves a picture of it and quits the application with 0, or
// 1 when saving failed or the window never became idle.
class IdleScreenshot : public QObject
{
    Q_OBJECT
public:
    IdleScreenshot(QWidget *window, std::function<bool()> isIdle, QString path);

private:
    void poll();

    QWidget *m_window;
    std::function<bool()> m_isIdle;
    QString m_path;
    qint64 m_started = 0;
};
