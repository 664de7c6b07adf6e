// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "guibench.h"

#include "demo/fleetgenerator.h"

#include <QCoreApplication>
#include <QDir>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace GuiBench {

void prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

std::expected<QString, QString> generateFleet(const QString &folder, int vehicles, quint64 seed)
{
    FleetOptions options;
    options.vehicles = vehicles;
    options.seed = seed;
    if (auto written = FleetGenerator::write(folder, options); !written)
        return std::unexpected(written.error());
    return QDir(folder).filePath(u"exports"_s);
}

} // namespace GuiBench
