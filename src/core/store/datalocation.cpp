// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DataLocation {

bool runningFromBuildTree()
{
    // Exactly the folder the build puts programs in: an install staged
    // somewhere below the build folder still behaves as installed.
    const QString binDir = QDir::cleanPath(QStringLiteral(CARDATA_BUILD_BIN_DIR));
    return QDir::cleanPath(QCoreApplication::applicationDirPath()) == binDir;
}

QString defaultDataDir()
{
    if (runningFromBuildTree())
        return QDir::current().absoluteFilePath(u"data"_s);
    // ~/.local/share/cardata-health: AppDataLocation would add the
    // organization name as a second folder level.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::home().absoluteFilePath(u".local/share"_s);
    return QDir(base).absoluteFilePath(u"cardata-health"_s);
}

} // namespace DataLocation
