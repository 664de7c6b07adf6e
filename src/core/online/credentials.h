// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <optional>

// A vehicle the account may read, as BMW maps it.
struct MappedVehicle
{
    QString vin;
    QString mappingType; // PRIMARY | SECONDARY: only PRIMARY returns data
    qint64 basicDataFetchedAt = 0; // basic data changes rarely: fetched again after a month
    bool isPrimary() const { return mappingType.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) == 0; }
    // "…P10001": enough for a person to tell their cars apart on their own
    // screen; never the whole VIN.
    QString maskedVin() const { return QStringLiteral("…") + vin.right(6); }
};

// What the app must keep secret to use an account: the client ID, the
// tokens (a new refresh token with every refresh) and the VINs the API's
// paths need. Never in the database, the settings or a log.
struct Credentials
{
    QString clientId;
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresAt = 0; // Unix s
    qint64 connectedAt = 0;
    qint64 mappingsFetchedAt = 0; // the list of vehicles is asked for again after a week
    QList<MappedVehicle> vehicles;

    QList<MappedVehicle> primaryVehicles() const;

    QByteArray toJson() const;
    static std::optional<Credentials> fromJson(const QByteArray &json);
};

// Keeps Credentials in the desktop's keychain (QtKeychain: the Secret
// Service, KWallet), one entry per data folder; where no keychain answers
// (a headless machine, CI) in a file of the data folder that only its owner
// may read. CARDATA_KEYCHAIN=off uses the file only.
class CredentialStore
{
public:
    enum class Where { Keychain, File };

    explicit CredentialStore(QString dataDir);

    std::expected<std::optional<Credentials>, QString> load();
    // Where the credentials went.
    std::expected<Where, QString> save(const Credentials &credentials);
    // Removes them from the keychain and the file alike.
    std::expected<void, QString> clear();

    QString filePath() const;
    static constexpr auto fileName = "cardata-account.json";

private:
    QString keychainKey() const;
    QString m_dataDir;
};
