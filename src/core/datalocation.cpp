#include "datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DataLocation {

bool runningFromBuildTree()
{
    const QString buildDir = QDir::cleanPath(QStringLiteral(CARDATA_BUILD_DIR));
    const QString appDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    return appDir == buildDir || appDir.startsWith(buildDir + u'/');
}

QString defaultDataDir()
{
    if (runningFromBuildTree())
        return QDir::current().absoluteFilePath(u"data"_s);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::home().absoluteFilePath(u".local/share/cardata-health"_s);
    return dir;
}

} // namespace DataLocation
