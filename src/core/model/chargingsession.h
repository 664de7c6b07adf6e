// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

// How a session was charged, told apart by power. Stored as text so the
// database stays readable: see chargingKindName().
enum class ChargingKind {
    Unknown,
    AcLow, // household socket and other slow AC (<= 3.7 kW)
    Ac,    // wallbox / public AC
    Dc,    // DC fast charging
};

QString chargingKindName(ChargingKind kind);
ChargingKind chargingKindFromName(QStringView name);
// Classifies by the highest grid power seen in the session (kW).
ChargingKind chargingKindForPower(std::optional<double> maxPowerKw);

// One charging session as kept by the project. Everything personal
// (addresses, coordinates, time zone) is deliberately absent: the parser never
// copies it, so nothing downstream can leak it.
struct ChargingSession
{
    qint64 startTime = 0; // Unix seconds, UTC
    qint64 endTime = 0;
    double socStart = 0; // displayed SoC, %
    double socEnd = 0;
    std::optional<double> energyGridKwh;    // charger side
    std::optional<double> energyBatteryKwh; // battery side (absent since mid-2025)
    std::optional<double> mileageKm;
    std::optional<qint64> chargingDurationSec;
    std::optional<double> avgPowerKw;
    std::optional<double> maxPowerKw;
    ChargingKind kind = ChargingKind::Unknown;
    QString provider;
    std::optional<double> cost;
    QString currency;
    std::optional<bool> preconditioning;
};

// A record that was skipped, with its position in the source array (0-based)
// and a reason meant for a person.
struct RecordRejection
{
    qsizetype index = 0;
    QString reason;
};

// What the charging-history parser produced from one file.
struct ChargingHistory
{
    QList<ChargingSession> sessions;
    QList<RecordRejection> rejections;
    qsizetype records = 0; // elements in the source array
};
