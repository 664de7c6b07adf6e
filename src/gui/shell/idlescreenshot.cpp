// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/idlescreenshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <optional>

#include <time.h>
#include <unistd.h>

namespace {
constexpr int pollMs = 20;
constexpr qint64 timeoutMs = 180000;

// Milliseconds since the kernel started this process (Linux; 10 ms
// resolution): a launch measured from here includes loading the libraries.
std::optional<qint64> sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces: fields are counted after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // field 22, counted from field 3
    const long ticks = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (fields.size() <= startTimeField || ticks <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return std::nullopt;
    bool ok = false;
    const qint64 started = fields.at(startTimeField).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - started * 1000 / ticks;
}
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
    // For the launch benchmark (docs/performance.md): when the window
    // first stood drawn and idle, before the wait and the picture below.
    if (const auto ms = sinceProcessStart(); ms && !timedOut)
        std::fprintf(stderr, "cardata-health: drawn and idle %lld ms after the process started\n", *ms);
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
