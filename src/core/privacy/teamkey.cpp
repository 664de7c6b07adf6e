// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/teamkey.h"

#include "core/privacy/keychain.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr auto prefix = "cdtk1-";
const auto base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QMutex keyFileMutex;
QString processKeyFile;

std::expected<QByteArray, QString> readKeyFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"Cannot read the team key %1 (%2): %3"_s.arg(what, path, file.errorString()));
    const auto key = TeamKey::parse(QString::fromUtf8(file.read(4096)));
    if (!key)
        return std::unexpected(u"The team key %1 (%2) %3"_s.arg(what, path, key.error()));
    return key;
}

QString keychainEntry(const QString &dataDir)
{
    return Keychain::folderEntry(u"team-key"_s, dataDir);
}

QString filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QLatin1StringView(TeamKey::fileName));
}

std::expected<void, QString> saveFile(const QString &path, const QString &text)
{
    // Made readable by its owner only from the start, then put in place.
    const QString partial = path + u".new"_s;
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(text.trimmed().toLatin1() + '\n') < 0 || !file.flush()) {
        const QString error = file.errorString();
        file.remove();
        return std::unexpected(u"Cannot write the team key %1: %2"_s.arg(path, error));
    }
    file.close();
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return std::unexpected(u"Cannot write the team key %1: %2"_s.arg(path, error));
    }
    return {};
}

} // namespace

namespace TeamKey {

QString format(const QByteArray &key)
{
    return QString::fromLatin1(prefix) + QString::fromLatin1(key.toBase64(base64));
}

QString generate()
{
    QByteArray key(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    return format(key);
}

std::expected<QByteArray, QString> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1StringView(prefix)))
        return std::unexpected(u"is not a team key (it starts with %1; make one with 'cardata-health-cli team-key new')"_s
                                   .arg(QLatin1StringView(prefix)));
    const auto decoded = QByteArray::fromBase64Encoding(trimmed.mid(qstrlen(prefix)).toLatin1(),
                                                        base64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != bytes)
        return std::unexpected(u"is damaged (not %1 bytes of base64url after %2)"_s.arg(bytes).arg(QLatin1StringView(prefix)));
    return decoded.decoded;
}

QString checkValue(const QByteArray &key)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash("cardata-health team key check 1", key, QCryptographicHash::Sha256).toHex());
}

void setProcessKeyFile(const QString &path)
{
    QMutexLocker lock(&keyFileMutex);
    processKeyFile = path;
}

std::expected<QByteArray, QString> find(const QString &dataDir)
{
    QString given;
    {
        QMutexLocker lock(&keyFileMutex);
        given = processKeyFile;
    }
    if (!given.isEmpty())
        return readKeyFile(given, u"file given"_s);
    const QString variable = qEnvironmentVariable(environmentVariable);
    if (!variable.trimmed().isEmpty()) {
        const auto key = parse(variable);
        if (!key)
            return std::unexpected(u"The team key in %1 %2"_s.arg(QLatin1StringView(environmentVariable), key.error()));
        return key;
    }
    if (const auto inKeychain = Keychain::read(keychainEntry(dataDir))) {
        const auto key = parse(QString::fromUtf8(*inKeychain));
        if (!key)
            return std::unexpected(u"The team key kept in the desktop keychain %1; save the key again"_s.arg(key.error()));
        return key;
    }
    const QString path = filePath(dataDir);
    if (QFile::exists(path))
        return readKeyFile(path, u"kept in the data folder"_s);
    return QByteArray();
}

std::expected<Where, QString> save(const QString &dataDir, const QString &text)
{
    if (auto key = parse(text); !key)
        return std::unexpected(u"This %1"_s.arg(key.error()));
    if (Keychain::write(keychainEntry(dataDir), text.trimmed().toLatin1())) {
        // One place only: a file from a keychain-less time would be read
        // by nobody and still lie around.
        if (QFile::exists(filePath(dataDir)) && !QFile::remove(filePath(dataDir)))
            return std::unexpected(u"Kept the team key in the desktop keychain, but cannot remove the older copy %1"_s
                                       .arg(filePath(dataDir)));
        return Where::Keychain;
    }
    if (auto saved = saveFile(filePath(dataDir), text); !saved)
        return std::unexpected(saved.error());
    return Where::File;
}

std::optional<Where> kept(const QString &dataDir)
{
    if (Keychain::read(keychainEntry(dataDir)))
        return Where::Keychain;
    if (QFile::exists(filePath(dataDir)))
        return Where::File;
    return std::nullopt;
}

QString describe(const QString &dataDir, Where where)
{
    return where == Where::Keychain ? u"the desktop keychain"_s : filePath(dataDir);
}

std::expected<void, QString> forget(const QString &dataDir)
{
    if (!Keychain::remove(keychainEntry(dataDir)))
        return std::unexpected(u"Cannot remove the team key from the desktop keychain"_s);
    if (QFile::exists(filePath(dataDir)) && !QFile::remove(filePath(dataDir)))
        return std::unexpected(u"Cannot remove the team key %1"_s.arg(filePath(dataDir)));
    return {};
}

} // namespace TeamKey
