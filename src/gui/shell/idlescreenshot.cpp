// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/idlescreenshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace {
constexpr int pollMs = 100;
constexpr qint64 timeoutMs = 180000;
} // namespace

IdleScreenshot::IdleScreenshot(QWidget *window, std::function<bool()> isIdle, QString path)
    : QObject(window), m_window(window), m_isIdle(std::move(isIdle)), m_path(std::move(path)),
      m_started(QDateTime::currentMSecsSinceEpoch())
{
    QTimer::singleShot(pollMs, this, &IdleScreenshot::poll);
}

void IdleScreenshot::poll()
{
    const bool timedOut = QDateTime::currentMSecsSinceEpoch() - m_started > timeoutMs;
    if (!m_isIdle() && !timedOut) {
        QTimer::singleShot(pollMs, this, &IdleScreenshot::poll);
        return;
    }
    // One more turn of the event loop so that the last paint has landed.
    QTimer::singleShot(300, this, [this, timedOut] {
        const QImage image = m_window->grab().toImage();
        const bool saved = !image.isNull() && image.save(m_path, "PNG");
        if (!saved)
            qWarning("cardata-health: the screenshot could not be saved to %s", qPrintable(m_path));
        if (timedOut)
            qWarning("cardata-health: the window did not become idle in time; screenshot taken anyway");
        QCoreApplication::exit(saved && !timedOut ? 0 : 1);
    });
}
