#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;

namespace TestSupport {

QString fixture(const QString &relativePath)
{
    return QDir(QStringLiteral(CARDATA_FIXTURES_DIR)).filePath(relativePath);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries, const QString &password)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        const QByteArray pw = password.toUtf8();
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), password.isEmpty() ? nullptr : pw.constData()))
            return false;
        if (file.write(bytes) != bytes.size())
            return false;
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray all;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        all += readFile(QDir(dataDir).filePath(u"cardata-health.sqlite"_s + suffix));
    return all;
}

QString cliPath()
{
    return QDir(QStringLiteral(CARDATA_BIN_DIR)).filePath(u"cardata-health-cli"_s);
}

} // namespace TestSupport
