// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/chargingsession.h"
#include "core/model/keylistinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <memory>
#include <optional>

class Anonymizer;

// What BMW's CarData API gave for one vehicle in one fetch, held in memory
// (it never touches the disk: the responses carry addresses).
struct FetchedVehicle
{
    QString vin;
    QByteArray chargingHistory; // {"data": [...]}, the pages' sessions together; may be empty
    QByteArray basicData;       // may be empty
    QByteArray telematicData;   // may be empty
    qint64 fetchedAt = 0;       // Unix s: the time of values that carry none
};

// One thing the importer treats as a unit of work and reports on: a
// charging-history JSON (or a saved API response), an archive, a KeyList
// XML on its own, or a vehicle fetched from BMW's CarData API.
struct ExportSource
{
    // Bundle: another owner's shared vehicles (.cdshare, docs/sharing.md).
    enum class Kind { ChargingJson, Archive, KeyList, Unsupported, Missing, Fetched, Bundle };
    QString path; // Fetched: a name to show, without the VIN
    Kind kind = Kind::Unsupported;
    qint64 size = 0;
    QString keyListPath; // ChargingJson: the KeyList XML of the same vehicle found beside it
    std::shared_ptr<const FetchedVehicle> fetched; // Fetched only
    QString problem; // Missing / Unsupported: why, when it is more than the kind says

    static ExportSource fromFetch(FetchedVehicle vehicle);
};

// One vehicle's data out of a source.
struct ExportUnit
{
    QString vin;                           // normalized; empty when the source names none
    std::optional<ChargingHistory> history; // nullopt: the source had no charging history
    std::optional<KeyListInfo> keyList;
    QString note; // something the user should know that did not stop the import
};

// A source read from disk: its fingerprint and what it holds.
struct LoadedExport
{
    QByteArray contentHash;
    bool alreadyKnown = false; // the KnownCheck said so: nothing was parsed
    QList<ExportUnit> units;
    QByteArray bundle; // Bundle: its bytes, for the importer's reader of bundles
};

// Finds charging histories and KeyLists in what the user handed over and
// reads them. Files are recognized by name, never by position in an archive.
class ExportReader
{
public:
    // Expands folders (recursively), classifies files and pairs each
    // charging JSON with the KeyList of the same vehicle found among the
    // inputs. Sources come back in a stable order.
    static QList<ExportSource> discover(const QStringList &paths);

    // Hashes the source's bytes (before parsing, so that a known file is
    // recognized cheaply); `isKnown` decides whether to stop there (or says
    // why it cannot tell). Errors are messages without the file name; what
    // goes beyond a limit of readlimits.h is one, and so is running out of
    // memory.
    using KnownCheck = std::function<std::expected<bool, QString>(const QByteArray &contentHash)>;
    static std::expected<LoadedExport, QString> load(const ExportSource &source, const Anonymizer &anonymizer,
                                                     const KnownCheck &isKnown);

    // "BMW-CarData-Ladehistorie_[VIN]_01-02-2025.json": the name to show
    // and log, with any VIN masked.
    static QString displayName(const QString &path);

    static bool isChargingHistoryName(const QString &fileName);
    static bool isKeyListName(const QString &fileName);

private:
    static std::expected<LoadedExport, QString> loadSource(const ExportSource &source, const Anonymizer &anonymizer,
                                                           const KnownCheck &isKnown);
};
