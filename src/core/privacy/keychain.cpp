// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/keychain.h"

#include "core/model/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto service = "cardata-health";
constexpr int timeoutMs = 10000;

// Runs a job to its end; false when the keychain did not answer in time.
bool run(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

namespace Keychain {

bool enabled()
{
    return qEnvironmentVariable("CARDATA_KEYCHAIN").compare(u"off"_s, Qt::CaseInsensitive) != 0;
}

QString folderEntry(const QString &kind, const QString &dataDir)
{
    QDir dir(dataDir);
    const QString path = dir.exists() ? dir.canonicalPath() : dir.absolutePath();
    return kind + u':'
        + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<QByteArray> read(const QString &entry)
{
    if (!enabled())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(entry);
    if (!run(job)) {
        qCDebug(lcKeychain) << "the keychain did not answer";
        return std::nullopt;
    }
    if (job.error() == QKeychain::NoError)
        return job.binaryData();
    if (job.error() != QKeychain::EntryNotFound)
        qCDebug(lcKeychain) << "keychain not available:" << job.errorString();
    return std::nullopt;
}

bool write(const QString &entry, const QByteArray &data)
{
    if (!enabled())
        return false;
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(entry);
    job.setBinaryData(data);
    if (run(job) && job.error() == QKeychain::NoError)
        return true;
    qCDebug(lcKeychain) << "keychain not available:" << job.errorString();
    return false;
}

bool remove(const QString &entry)
{
    if (!enabled())
        return true;
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setKey(entry);
    return run(job) && (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound);
}

} // namespace Keychain
