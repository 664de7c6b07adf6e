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

// A sharing bundle (docs/sharing.md): what owners hand each other so that
// their cars join each other's fleet bands. It holds, per vehicle, the
// model, the drive train, the capacity when new, and per charging session
// the day, the mileage to 100 km, the SoC at both ends, the two energies,
// the kind of charge and preconditioning; the battery readings by day.
// Nothing else: no VIN, no vehicle key, no time of day, no place, no cost,
// no file name. Written as one JSON document, `.cdshare`.
namespace ShareFormat {
inline constexpr auto formatName = "cardata-health-share";
inline constexpr int version = 1;
inline constexpr auto fileSuffix = "cdshare";
inline constexpr double mileageStepKm = 100;
// The fields of a session row and of a reading row, in their order.
QStringList sessionFields();
QStringList readingFields();
} // namespace ShareFormat

struct SharedSession
{
    QDate day;
    std::optional<double> mileageKm; // a multiple of 100 km
    double socStart = 0;
    double socEnd = 0;
    std::optional<double> batteryKwh;
    std::optional<double> gridKwh;
    QString kind; // ac_low | ac | dc | empty
    std::optional<bool> preconditioning;
    bool operator==(const SharedSession &) const = default;
};

struct SharedReading
{
    QDate day;
    QString kind; // batteryReadingKindName()
    double value = 0;
    bool operator==(const SharedReading &) const = default;
};

struct SharedVehicle
{
    QString id; // keyed with the sharing installation's secret: not its vehicle key
    QString model;
    QString driveTrain;
    std::optional<double> capacityNewKwh;
    QList<SharedSession> sessions;
    QList<SharedReading> readings;
};

struct ShareBundle
{
    QString source; // the sharing installation's id (keyed like the vehicles')
    QDate created;
    QList<SharedVehicle> vehicles;

    QByteArray toJson() const;
    qsizetype sessionCount() const;
    qsizetype readingCount() const;
    // The first session as the bundle writes it (a JSON row), to show a
    // person what leaves the computer; empty without sessions.
    QString sampleSessionRow() const;
    // Checks everything: a bundle of a newer format version, or one that
    // is damaged, is refused with what is wrong (and where).
    static std::expected<ShareBundle, QString> parse(const QByteArray &json);
};
