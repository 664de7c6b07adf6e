// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <expected>
#include <memory>

// Turns identities into keys that mean nothing outside this installation.
// The secret lives in its own file (mode 0600) beside the database, never in
// it: a copied database alone cannot be linked back to a VIN or a file.
class Anonymizer
{
public:
    static constexpr auto secretFileName = "installation-secret";

    // Loads the secret from dataDir, creating it when this is a new
    // installation. Refuses to invent a new secret for a database that
    // already holds vehicles, since every vehicle would then split in two.
    static std::expected<Anonymizer, QString> open(const QString &dataDir, bool databaseHasVehicles);
    // Keyed with a team's shared key instead (a database on a server, see
    // TeamKey): every member's keys for the same car and file agree.
    static Anonymizer withTeamKey(const QByteArray &teamKey) { return Anonymizer(teamKey); }
    // The installation's secret itself (empty when it has none yet), and a
    // secret given to a new installation: a database moved between the file
    // and a team's server keeps its keys only when the key that made them
    // goes with it (the team key is the secret it was made with).
    static std::expected<QByteArray, QString> secretOf(const QString &dataDir);
    static std::expected<void, QString> adoptSecret(const QString &dataDir, const QByteArray &secret);

    // 16 hex digits (64 bits) of HMAC-SHA256 over the normalized VIN.
    QString vehicleKey(const QString &normalizedVin) const;

    // Sharing (docs/sharing.md): a vehicle's id in a bundle (32 hex digits
    // of an HMAC over its vehicle key, with a purpose of its own), the same
    // each time this installation shares the car and unrelated to its
    // vehicle key; the installation's id as a source of bundles; and the
    // local vehicle key a received shared vehicle is kept under.
    QString shareId(const QString &vehicleKey) const;
    QString shareSource() const;
    QString sharedVehicleKey(const QString &shareId) const;

    // A keyed fingerprint of a file's bytes, used to recognize a file
    // imported before without keeping a plain hash of personal content.
    QByteArray contentHash(QByteArrayView bytes) const;

    // For streams (archives): feed chunks, then take the result.
    class ContentHasher;
    ContentHasher contentHasher() const;

private:
    explicit Anonymizer(QByteArray secret) : m_secret(std::move(secret)) {}
    QByteArray m_secret;
};

class Anonymizer::ContentHasher
{
public:
    void addData(QByteArrayView chunk);
    QByteArray result();

private:
    friend class Anonymizer;
    explicit ContentHasher(const QByteArray &secret);
    struct State;
    std::shared_ptr<State> m_state;
};
