// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

// A synthetic fleet of CarData exports with its ground truth: the demo data,
// test input, and the yardstick of the State-of-Health estimator. The
// exports carry only what real ones carry; the truth (true capacity, ageing
// law, charging efficiencies, BMS error) stays in truth.json.
// Where the generator draws each car's hidden truth from. These are the
// yardstick's settings: the estimator never reads them, so a benchmark can
// put the truth where the estimator's priors are wrong (docs/health.md §8).
// The defaults are the published ranges the demo fleet has always used.
struct TruthSettings
{
    // Each car's mean charging efficiency (battery / grid) per kind, drawn
    // uniformly from [min, max]; every session scatters around it.
    double acMin = 0.90, acMax = 0.95;
    double acLowMin = 0.76, acLowMax = 0.86;
    double dcMin = 0.94, dcMax = 0.98;
    // Losses that depend on charging power (off when auxKwMax is 0): on AC,
    // the car's own consumption while it charges (cooling, electronics) is a
    // roughly fixed draw of auxKw, so a session at power P keeps
    // charger x (1 - auxKw / P) of the grid energy. Each car draws its
    // charger's efficiency and its auxKw uniformly from these ranges, and
    // its home wallbox's power (11, 7.4 or 4.6 kW, the car's limit at most);
    // the AC and low-power AC ranges above are then not used.
    double chargerMin = 0, chargerMax = 0;
    double auxKwMin = 0, auxKwMax = 0;
    double sessionScatter = 0.012; // relative sigma per session
    double capacitySpread = 0.008; // a car's true capacity when new vs. the table (relative sigma)
    // The BMS's readings in the KeyList (what the car reports of its own
    // battery): the share of cars whose KeyList has them, a per-car
    // systematic error and a per-reading noise (relative sigmas). With no
    // error the reading is exactly what the BMS believes (recalibration
    // episodes included).
    double readingShare = 0.3;
    double readingBias = 0;
    double readingNoise = 0;
    // The share of cars bought used: their exports begin only after the
    // change of owner, 10-60 % into the car's life.
    double usedShare = 0;
};

struct FleetOptions
{
    enum class Scenario {
        Mixed,           // the demo: every variant below mixed across vehicles
        BatteryEnergy,   // every export carries battery-side energy (energyIncreaseHvbKwh or 2021 energyChargedKwh)
        NoBatteryEnergy, // exports made since mid-2025: no battery-side energy in any session
        Overlapping,     // per vehicle an older export WITH battery energy covering roughly the first 40-70 % of
                         // its history, and a newer export WITHOUT battery energy covering the whole history
    };
    int vehicles = 20;
    quint64 seed = 1;
    Scenario scenario = Scenario::Mixed;
    QDate exportDate = QDate(2025, 9, 1); // the newest export's date; histories end shortly before
    TruthSettings truth;

    static QString scenarioName(Scenario scenario);
    static std::optional<Scenario> scenarioFromName(QStringView name);
};

struct VehicleTruth
{
    QString vin;                // the synthetic VIN used in the file names / KeyList
    QString model;              // as written in the KeyList "Model name"
    QString driveTrain;         // BEV | PHEV
    double capacityNewKwh = 0;  // this car's true usable capacity when new (table net value x N(1, 0.008))
    double tableCapacityNewKwh = 0; // the catalog's net value for the model
    qint64 lastSessionTime = 0; // Unix s: start of the last completed session in the newest export
    double lastMileageKm = 0;   // its odometer as the importer stores it (written value, in km)
    double capacityAtLastKwh = 0; // true physical usable capacity at the last session
    double efficiencyAc = 0;    // this car's mean charging efficiency battery/grid per kind
    double efficiencyAcLow = 0;
    double efficiencyDc = 0;    // 0 for a car that never charges DC (PHEV)
    // With power-dependent losses (TruthSettings::auxKwMax > 0): AC sessions
    // keep chargerEfficiency x (1 - auxKw / kW) of the grid energy, where kW
    // is the session's nominal power (homeAcKw at home, else the car's AC
    // limit, or its low-power socket's); efficiencyAc/AcLow are then those at
    // the car's AC limit and its socket.
    double chargerEfficiency = 0;
    double auxKw = 0;
    double homeAcKw = 0;
    int sessions = 0;           // completed sessions in its history
    QStringList files;          // paths (relative to the output folder) of the export files holding this vehicle:
                                // archives, charging histories and the KeyLists beside them

    // The ageing law, so that the truth is known at every session and not
    // only at the last one:
    // capacity = new x (1 - early x (1 - exp(-km / earlyKm)) - linear x km - calendar x years).
    qint64 startOfUse = 0;       // Unix s; "years" count from here
    double earlyLoss = 0;        // fraction
    double earlyKm = 0;          // km
    double linearPer10kKm = 0;   // fraction per 10,000 km
    double calendarPerYear = 0;  // fraction per year, heavy-DC surcharge included
    // The BMS believes capacity x (1 + bmsOffset) between bmsFrom and bmsTo
    // (a recalibration episode; 0/0/0 when the car had none). Displayed SoC
    // and the KeyList's maxEnergy follow that belief.
    double bmsOffset = 0;
    qint64 bmsFrom = 0;
    qint64 bmsTo = 0;
    double readingBias = 0;      // the relative error of this car's BMS readings (TruthSettings::readingBias)
    double dcShare = 0;          // the car's drawn share of DC sessions
    QString mileageUnit;         // km | mi: what its exports count in
};

struct FleetTruth
{
    FleetOptions options;
    QList<VehicleTruth> vehicles;
    QByteArray toJson() const; // what is written to truth.json
    static std::expected<FleetTruth, QString> fromJson(const QByteArray &json);
};

class FleetGenerator
{
public:
    static constexpr auto version = "cardata-fleetgenerator 1";

    // Creates outDir if needed and writes the export files below
    // outDir/exports (so that the folder can be handed to the importer as it
    // is) and the truth to outDir/truth.json. A previous fleet in outDir
    // (recognized by its truth.json) is replaced; any other non-empty
    // outDir/exports is refused rather than mixed into.
    static std::expected<FleetTruth, QString> write(const QString &outDir, const FleetOptions &options);

    // The true usable capacity (kWh) of a vehicle at a time and odometer
    // reading (km), and what its BMS believes it to be.
    static double trueCapacity(const VehicleTruth &v, qint64 time, double mileageKm);
    static double bmsCapacity(const VehicleTruth &v, qint64 time, double mileageKm);

    // The KeyList "Model name" spellings used for a catalog entry (for tests:
    // each must resolve back to that entry). Empty for entries not generated.
    static QStringList modelNameVariants(const QString &catalogName);
};
