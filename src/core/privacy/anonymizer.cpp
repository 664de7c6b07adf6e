// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/anonymizer.h"

#include "core/model/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <xxhash.h>

#include <cerrno>
#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype secretBytes = 32;
}

std::expected<Anonymizer, QString> Anonymizer::open(const QString &dataDir, bool databaseHasVehicles)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(secretFileName));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(u"Cannot read the installation secret %1: %2"_s.arg(path, file.errorString()));
        QByteArray secret = file.readAll();
        if (secret.size() != secretBytes)
            return std::unexpected(u"The installation secret %1 is damaged (%2 bytes, expected %3)"_s
                                       .arg(path)
                                       .arg(secret.size())
                                       .arg(secretBytes));
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
            // Tighten rather than refuse: the user may have copied the folder.
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return Anonymizer(std::move(secret));
    }
    if (databaseHasVehicles) {
        return std::unexpected(
            u"The installation secret %1 is missing, but the database already holds vehicles. "
            "Restore the secret file from the backup of this data folder; a new secret would "
            "make every re-imported vehicle appear twice."_s.arg(path));
    }
    QByteArray secret(secretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    // Written whole under a name of its own, then renamed to the secret's
    // name, which never replaces a file: two processes starting on a new
    // data folder at once (two imports, the CLI beside the app) never read
    // a half-written secret, and the second uses the first one's.
    // NewOnly + permissions at creation: never readable by others, not even
    // for a moment.
    QFile partial(path + u".new-%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    if (!partial.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return std::unexpected(u"Cannot create the installation secret %1: %2"_s.arg(path, partial.errorString()));
    if (partial.write(secret) != secret.size() || !partial.flush()) {
        const QString error = partial.errorString();
        partial.remove();
        return std::unexpected(u"Cannot write the installation secret %1: %2"_s.arg(path, error));
    }
    partial.close();
    // Not QFile::rename: where the name is taken it falls back to copying
    // over it, which would replace the other process's secret.
    const bool linked = ::link(QFile::encodeName(partial.fileName()).constData(), QFile::encodeName(path).constData()) == 0;
    const int linkError = errno;
    partial.remove();
    if (!linked) {
        if (linkError == EEXIST)
            return open(dataDir, databaseHasVehicles); // another process made it first: use theirs
        return std::unexpected(u"Cannot create the installation secret %1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(linkError))));
    }
    qCInfo(lcStore) << "created a new installation secret in" << dataDir;
    return Anonymizer(std::move(secret));
}

std::expected<QByteArray, QString> Anonymizer::secretOf(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(secretFileName));
    if (!QFile::exists(path))
        return QByteArray();
    auto opened = open(dataDir, true);
    if (!opened)
        return std::unexpected(opened.error());
    return opened->m_secret;
}

std::expected<void, QString> Anonymizer::adoptSecret(const QString &dataDir, const QByteArray &secret)
{
    auto existing = secretOf(dataDir);
    if (!existing)
        return std::unexpected(existing.error());
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(secretFileName));
    if (!existing->isEmpty()) {
        if (*existing == secret)
            return {};
        return std::unexpected(u"%1 already has an installation secret of its own: the vehicles would not match. "
                               "Use a new data folder"_s.arg(QDir::toNativeSeparators(dataDir)));
    }
    if (secret.size() != secretBytes)
        return std::unexpected(u"a secret of %1 bytes cannot be an installation secret"_s.arg(secret.size()));
    if (!QDir(dataDir).mkpath(u"."_s))
        return std::unexpected(u"Cannot create the data folder %1"_s.arg(QDir::toNativeSeparators(dataDir)));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(secret) != secret.size() || !file.flush()) {
        const QString error = file.errorString();
        file.remove();
        return std::unexpected(u"Cannot write the installation secret %1: %2"_s.arg(path, error));
    }
    return {};
}

QString Anonymizer::vehicleKey(const QString &normalizedVin) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(normalizedVin.toUtf8(), m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(8).toHex());
}

namespace {

QByteArray purposeMac(const char *purpose, const QString &text, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(QByteArray(purpose) + '\0' + text.toUtf8(), secret, QCryptographicHash::Sha256);
}

} // namespace

QString Anonymizer::shareId(const QString &vehicleKey) const
{
    return QString::fromLatin1(purposeMac("cardata-health share vehicle 1", vehicleKey, m_secret).left(16).toHex());
}

QString Anonymizer::shareSource() const
{
    return QString::fromLatin1(purposeMac("cardata-health share source 1", QString(), m_secret).left(16).toHex());
}

QString Anonymizer::sharedVehicleKey(const QString &shareId) const
{
    return QString::fromLatin1(purposeMac("cardata-health shared vehicle key 1", shareId, m_secret).left(8).toHex());
}

QByteArray Anonymizer::contentHash(QByteArrayView bytes) const
{
    ContentHasher hasher = contentHasher();
    hasher.addData(bytes);
    return hasher.result();
}

// The fingerprint is HMAC-SHA256(secret, XXH3-128(bytes)). XXH3 runs at
// memory speed, where Qt 6.4's SHA-256 manages ~160 MB/s and would dominate a
// large import; 128 bits make an accidental collision between one user's files
// practically impossible. The keyed HMAC over the digest means the database
// alone cannot confirm that a given file was imported.
struct Anonymizer::ContentHasher::State
{
    explicit State(QByteArray k) : key(std::move(k)), xxh(XXH3_createState()) { XXH3_128bits_reset(xxh); }
    ~State() { XXH3_freeState(xxh); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    QByteArray key;
    XXH3_state_t *xxh;
};

Anonymizer::ContentHasher::ContentHasher(const QByteArray &secret)
    : m_state(std::make_shared<State>(secret + QByteArrayLiteral("/content")))
{
}

void Anonymizer::ContentHasher::addData(QByteArrayView chunk)
{
    XXH3_128bits_update(m_state->xxh, chunk.data(), size_t(chunk.size()));
}

QByteArray Anonymizer::ContentHasher::result()
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_state->xxh));
    const QByteArray digest(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
    return QMessageAuthenticationCode::hash(digest, m_state->key, QCryptographicHash::Sha256).toHex();
}

Anonymizer::ContentHasher Anonymizer::contentHasher() const
{
    return ContentHasher(m_secret);
}
