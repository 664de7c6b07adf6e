// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "demo/fleetgenerator.h"
#include "demo/places.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <array>
#include <cmath>

// What the simulation produces and the writers read: a car, its habits, its
// charging sessions and the exports it appears in.
namespace Demo::detail {

struct ModelSpec;

inline constexpr double kmPerMile = 1.609344;

inline double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
inline double round1(double v) { return std::round(v * 10.0) / 10.0; }

enum class Kind { Ac, AcLow, Dc };

struct Block
{
    qint64 start = 0;
    qint64 end = 0;
    double kw = 0; // as written (1 decimal)
};

// The hints a session's businessError indexes.
inline constexpr std::array<const char *, 4> businessErrorHints = {
    "CHARGING_INTERRUPTED_BY_CHARGING_STATION", "CHARGING_STOPPED_BY_VEHICLE", "PLUG_REMOVED_DURING_CHARGING",
    "COMMUNICATION_ERROR"};

struct Session
{
    qint64 start = 0; // plug-in
    qint64 end = 0;   // plug-out
    double sStart = 0; // the BMS's continuous SoC (%), shown rounded
    double sEnd = 0;
    int socStart = 0;
    int socEnd = 0;
    double batteryKwh = 0; // as measured, 3 decimals
    double gridKwh = 0;    // unrounded; written with 3 decimals except in 2021 files
    double odometerKm = 0;
    Kind kind = Kind::Ac;
    int place = 0;
    std::array<Block, 6> blocks{};
    int blockCount = 0;
    qint64 durationSec = 0;
    bool preconditioning = false;
    double cost = -1; // < 0: only the currency is known
    double savings = 0;
    int businessError = -1;
};

enum class Container { Archive, Folder, Api };

struct ExportPlan
{
    QDate date;
    qint64 cutoff = 0; // the moment the export was made
    Container container = Container::Archive;
    bool batteryEnergy = false;
    bool newest = false;
    bool shuffled = false; // sessions in random order rather than newest first
    quint64 orderSeed = 0;
    int archive = -1;
    int folder = -1;
};

struct Vehicle
{
    const ModelSpec *spec = nullptr;
    VehicleTruth truth;
    double grossKwh = 0;
    bool uk = false;     // miles, Europe/London, GBP
    bool german = false; // KeyList language
    QByteArray unitsValue;
    double annualKm = 15000;
    double consumptionFactor = 1;
    double shareDc = 0;
    double shareLow = 0;
    double acHome = 0; // within AC sessions: share at home, at work; the rest public
    double acWork = 0;
    double lowKw = 2.3;
    int endHabit = 80;
    int timerMinute = -1; // local minute a home charging timer starts; -1: none
    bool tariffKnown = false;
    double homePrice = 0.3;
    bool keyListReading = false;
    double readingNoise = 0;   // relative sigma of each KeyList reading around the BMS's belief x (1 + bias)
    double sessionScatter = 0.012;
    qint64 historyFrom = 0; // exports hold sessions from here on (a car bought used)
    bool runningAtExport = false;
    QList<Place> places; // 0 home, 1 work, 2 family (private); public ones after
    QList<int> publicAc;
    QList<int> publicDc;
    QList<Session> sessions; // in time order; the last may still run at the newest export
    QList<ExportPlan> exports; // oldest first
};

} // namespace Demo::detail
