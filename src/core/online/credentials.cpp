// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/credentials.h"

#include "core/model/logging.h"
#include "core/privacy/keychain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;


QByteArray Credentials::toJson() const
{
    QJsonArray list;
    for (const MappedVehicle &v : vehicles)
        list.append(QJsonObject{{u"vin"_s, v.vin}, {u"mappingType"_s, v.mappingType},
                                {u"basicDataFetchedAt"_s, v.basicDataFetchedAt}});
    return QJsonDocument(QJsonObject{{u"clientId"_s, clientId},
                                     {u"accessToken"_s, accessToken},
                                     {u"refreshToken"_s, refreshToken},
                                     {u"accessExpiresAt"_s, accessExpiresAt},
                                     {u"connectedAt"_s, connectedAt},
                                     {u"mappingsFetchedAt"_s, mappingsFetchedAt},
                                     {u"vehicles"_s, list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<Credentials> Credentials::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(u"clientId"_s).toString().isEmpty())
        return std::nullopt;
    Credentials c;
    c.clientId = o.value(u"clientId"_s).toString();
    c.accessToken = o.value(u"accessToken"_s).toString();
    c.refreshToken = o.value(u"refreshToken"_s).toString();
    c.accessExpiresAt = o.value(u"accessExpiresAt"_s).toInteger();
    c.connectedAt = o.value(u"connectedAt"_s).toInteger();
    c.mappingsFetchedAt = o.value(u"mappingsFetchedAt"_s).toInteger();
    for (const QJsonValue &v : o.value(u"vehicles"_s).toArray()) {
        const QJsonObject vo = v.toObject();
        c.vehicles.append({vo.value(u"vin"_s).toString(), vo.value(u"mappingType"_s).toString(),
                           vo.value(u"basicDataFetchedAt"_s).toInteger()});
    }
    return c;
}

QList<MappedVehicle> Credentials::primaryVehicles() const
{
    QList<MappedVehicle> primary;
    for (const MappedVehicle &v : vehicles)
        if (v.isPrimary())
            primary.append(v);
    return primary;
}

CredentialStore::CredentialStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString CredentialStore::filePath() const
{
    return QDir(m_dataDir).filePath(QString::fromLatin1(fileName));
}

QString CredentialStore::keychainKey() const
{
    // One account per data folder.
    return Keychain::folderEntry(u"bmw-cardata"_s, m_dataDir);
}

std::expected<std::optional<Credentials>, QString> CredentialStore::load()
{
    if (const auto kept = Keychain::read(keychainKey()))
        return Credentials::fromJson(*kept);
    QFile file(filePath());
    if (!file.exists())
        return std::optional<Credentials>();
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"Cannot read the BMW CarData account %1: %2"_s.arg(filePath(), file.errorString()));
    const auto credentials = Credentials::fromJson(file.readAll());
    if (!credentials)
        return std::unexpected(u"The BMW CarData account %1 is damaged; disconnect and connect again"_s.arg(filePath()));
    return credentials;
}

std::expected<CredentialStore::Where, QString> CredentialStore::save(const Credentials &credentials)
{
    const QByteArray json = credentials.toJson();
    if (Keychain::write(keychainKey(), json)) {
        QFile::remove(filePath()); // nothing left behind from a keychain-less time
        return Where::Keychain;
    }
    QDir().mkpath(m_dataDir);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(u"Cannot store the BMW CarData account in %1: %2"_s.arg(filePath(), file.errorString()));
    // Owner-only before a byte is written (the data folder is 0700 too).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(json) != json.size() || !file.commit())
        return std::unexpected(u"Cannot store the BMW CarData account in %1: %2"_s.arg(filePath(), file.errorString()));
    QFile::setPermissions(filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Where::File;
}

std::expected<void, QString> CredentialStore::clear()
{
    Keychain::remove(keychainKey());
    if (QFile::exists(filePath()) && !QFile::remove(filePath()))
        return std::unexpected(u"Cannot remove the BMW CarData account %1"_s.arg(filePath()));
    return {};
}
