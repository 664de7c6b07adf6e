// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/health/fleetbands.h"
#include "core/import/importer.h"
#include "core/model/importresult.h"
#include "core/model/vehiclesummary.h"
#include "core/report/healthview.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <expected>
#include <memory>
#include <optional>

class Anonymizer;
class Store;

// Everything a person can do with their data, for both front ends: import,
// set a vehicle's model or capacity when new, forget a vehicle, and read
// what the reports show. Input is checked here (core/operations/validation),
// estimates follow every change, and every failure comes back as a message
// meant for that person. The app and the CLI only parse input and present
// results.
//
// One Operations is one open database connection: use it on the thread that
// opened it (OperationService runs one on a worker thread for the app).
class Operations
{
public:
    // readOnly: for viewing only (see Store::open).
    static std::expected<std::unique_ptr<Operations>, QString> open(const QString &dataDir, bool readOnly = false);
    ~Operations();
    Operations(const Operations &) = delete;
    Operations &operator=(const Operations &) = delete;

    // The database can only be read here: every change fails with a message
    // that says so.
    bool readOnly() const;
    QString dataDir() const;
    // On a team's server (not the data folder's own file), and where.
    bool onServer() const;
    QString databaseShown() const;

    // --- choosing the database (Settings -> Database) -------------------------
    // The server the data folder names, empty for its own file.
    static QString chosenServer(const QString &dataDir);
    // Keeps the folder on its own file whatever the environment says.
    static std::expected<void, QString> keepOnOwnFile(const QString &dataDir);
    // Connects to the server once and says what is there: for a person
    // checking an address (and team key, when given) before using it.
    // An empty password: the one kept in the keychain, or ~/.pgpass.
    static std::expected<QString, QString> checkServer(const QString &dataDir, const QString &url,
                                                       const QString &teamKey, const QString &password = {});
    // Makes the folder use the server (empty url: its own file) and keeps
    // the team key, when one is given, for the folder, and the password,
    // when one is given, in the desktop keychain (no keychain: an error,
    // and nothing is changed).
    static std::expected<void, QString> chooseDatabase(const QString &dataDir, const QString &url,
                                                       const QString &teamKey, const QString &password = {});

    // --- reading -----------------------------------------------------------
    std::expected<QList<VehicleSummary>, QString> vehicles();
    // nullopt: no such vehicle.
    std::expected<std::optional<VehicleSummary>, QString> vehicle(const QString &key);

    // Which vehicles a health report or chart shows.
    struct Selection
    {
        QString model;      // vehicles in this model's group; empty: all
        QString vehicleKey; // only this vehicle (model is then ignored)
    };
    // The selected vehicles with their points, and their battery readings
    // unless withReadings is false.
    std::expected<QList<VehicleHealthView>, QString> healthViews(const Selection &selection, bool withReadings = true);
    // One vehicle of vehicles() with its points (and readings).
    std::expected<VehicleHealthView, QString> loadView(const VehicleSummary &v, bool withReadings);

    // What `health` reports, one vehicle at a time: each selected vehicle
    // goes to onVehicle as soon as it is read (and is then let go); returns
    // the fleet bands of their models (a single vehicle is shown over its
    // model's whole fleet). Memory stays that of one vehicle and the bands'
    // per-vehicle summaries, however large the fleet.
    using VehicleSink = std::function<void(const VehicleHealthView &view)>;
    std::expected<QList<ModelBands>, QString> streamHealth(const Selection &selection, FleetBands::Axis axis,
                                                           const VehicleSink &onVehicle);

    // --- moving between the file and a team's server ------------------------
    struct MoveResult
    {
        QString target;            // where it went, as shown
        bool resumed = false;      // an interrupted copy was completed
        qsizetype tables = 0;      // all of them compared: rows and content equal
        qint64 rows = 0;
        QString teamKeyKept;       // where the folder keeps the team key (to hand on)
        bool switched = false;     // this data folder uses the target from now on
    };
    // Copies this database to a PostgreSQL server (a postgresql:// URL) or
    // to the database file of a data folder (a folder), verified by each
    // table's rows and a checksum of its content; an interrupted copy
    // resumes when run again. The key that made the vehicle keys goes with
    // it: the installation secret becomes the team's key, or the team key
    // the new folder's secret.
    std::expected<MoveResult, QString> moveTo(const QString &target,
                                              const std::function<void(const QString &table, qint64 rows)> &progress);

    // --- changing ----------------------------------------------------------
    // Why import options cannot be used (e.g. --vehicle names no vehicle).
    std::expected<void, QString> checkImportOptions(const ImportOptions &options);
    // Imports files and folders (see Importer); fails as a whole only when
    // the installation secret cannot be read or made.
    std::expected<ImportRun, QString> importPaths(const QStringList &paths, const ImportOptions &options,
                                                  const Importer::ProgressCallback &onProgress = {},
                                                  const Importer::ResultCallback &onResult = {},
                                                  const std::atomic_bool *cancel = nullptr);

    // A model name (empty: unknown again) or a capacity when new (nullopt:
    // the model table's), and the vehicle's estimate with it, all or nothing.
    // Returns how many estimates were recomputed.
    std::expected<int, QString> setModel(const QString &key, const QString &model);
    std::expected<int, QString> setCapacityNew(const QString &key, std::optional<double> kwh);
    // Deletes every trace of the vehicle, then brings the estimates of its
    // model's other vehicles (which may have learned from it) up to date.
    std::expected<void, QString> forget(const QString &key);

    // --- sharing with other owners (docs/sharing.md) -----------------------
    // The bundle of the given own vehicles (all of them when none is
    // given): exactly what would leave the computer. A shared vehicle, or
    // a key that names no vehicle, is refused.
    std::expected<struct ShareBundle, QString> shareBundle(const QStringList &vehicleKeys);
    // Writes a bundle to `path`, whole or not at all.
    static std::expected<qint64, QString> writeBundle(const struct ShareBundle &bundle, const QString &path);
    // Forgets every vehicle shared from one source; returns how many.
    std::expected<int, QString> forgetSource(const QString &source);

    // --- BMW CarData online -----------------------------------------------
    // Fetches every vehicle of the connected account (core/online) and
    // imports what came exactly as a file would be: one result per vehicle,
    // named "BMW CarData online". Fails as a whole when nothing could be
    // fetched (not connected, the quota, the login, the network).
    std::expected<ImportRun, QString> fetchOnline(const Importer::ProgressCallback &onProgress = {},
                                                  const Importer::ResultCallback &onResult = {},
                                                  const std::atomic_bool *cancel = nullptr, int retryDelayMs = 2000);
    // How far back the first fetch of a vehicle reaches.
    static constexpr int firstFetchDays = 730;

    // Recomputes estimates that are missing (after a schema upgrade, or an
    // earlier failure to store them). Returns how many.
    std::expected<int, QString> repairEstimates();
    // How many estimates repairEstimates() would recompute (a cheap look).
    std::expected<int, QString> missingEstimates();

    Store &store() { return *m_store; }

private:
    // Each vehicle of `all` that the selection takes, loaded, in order.
    std::expected<void, QString> visit(const QList<VehicleSummary> &all, const Selection &selection, bool withReadings,
                                       const VehicleSink &onVehicle);

    explicit Operations(std::unique_ptr<Store> store);
    // The installation's secret (made now for a database without vehicles).
    // forWriting: the database must take writes (an import); else only
    // the keys are wanted (sharing), from a database that may be read-only.
    std::expected<Anonymizer, QString> openAnonymizer(bool forWriting = true);
    // On a server: the team key given to this run, checked against the
    // server's (the first writer's key becomes the team's).
    std::expected<QByteArray, QString> serverTeamKey();
    // A change of one vehicle and its refit, all or nothing.
    std::expected<int, QString> changeAndRefit(const QString &key,
                                               const std::function<std::expected<void, QString>()> &change);
    std::unique_ptr<Store> m_store;
};
