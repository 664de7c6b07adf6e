#include "anonymizer.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

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
    // NewOnly + permissions at creation: the secret is never readable by
    // others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return std::unexpected(u"Cannot create the installation secret %1: %2"_s.arg(path, file.errorString()));
    if (file.write(secret) != secret.size() || !file.flush()) {
        file.remove();
        return std::unexpected(u"Cannot write the installation secret %1: %2"_s.arg(path, file.errorString()));
    }
    qCInfo(lcStore) << "created a new installation secret in" << dataDir;
    return Anonymizer(std::move(secret));
}

QString Anonymizer::vehicleKey(const QString &normalizedVin) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(normalizedVin.toUtf8(), m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(8).toHex());
}

QByteArray Anonymizer::contentHash(QByteArrayView bytes) const
{
    ContentHasher hasher = contentHasher();
    hasher.addData(bytes);
    return hasher.result();
}

struct Anonymizer::ContentHasher::State
{
    explicit State(const QByteArray &key) : mac(QCryptographicHash::Sha256, key) {}
    QMessageAuthenticationCode mac;
};

Anonymizer::ContentHasher::ContentHasher(const QByteArray &secret)
    : m_state(std::make_shared<State>(secret + QByteArrayLiteral("/content")))
{
}

void Anonymizer::ContentHasher::addData(QByteArrayView chunk)
{
    m_state->mac.addData(chunk.data(), chunk.size());
}

QByteArray Anonymizer::ContentHasher::result()
{
    return m_state->mac.result().toHex();
}

Anonymizer::ContentHasher Anonymizer::contentHasher() const
{
    return ContentHasher(m_secret);
}
