// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/trendmodel.h"
#include "core/model/vehiclehealth.h"

#include <QString>

#include <optional>

// A vehicle as the lists show it: what is known about the car, its
// sessions in short, and its stored estimate.
struct VehicleSummary
{
    QString key;
    // Shared by another owner (a bundle, docs/sharing.md): the id of the
    // installation that shared it; empty for the user's own cars.
    QString sharedSource;
    bool shared() const { return !sharedSource.isEmpty(); }
    QString model;
    QString modelSource; // keylist | user | empty
    QString driveTrain;
    std::optional<double> capacityNewOverrideKwh;
    qint64 sessions = 0;
    std::optional<qint64> firstSession;
    std::optional<qint64> lastSession;
    std::optional<double> mileageKm;

    // Battery health (the estimator's, as stored).
    std::optional<double> capacityKwh;
    std::optional<double> capacityLowKwh;
    std::optional<double> capacityHighKwh;
    std::optional<double> capacityNewKwh;
    QString capacityNewSource; // override | table | empty
    QString catalogModel;
    std::optional<double> sohPercent;
    std::optional<double> sohLowPercent;
    std::optional<double> sohHighPercent;
    int estimates = 0;
    int derivedEstimates = 0;
    std::optional<TrendModel> trendDate;    // x: days since dateOrigin
    std::optional<TrendModel> trendMileage; // x: km
    std::optional<qint64> dateOrigin;
    std::optional<EfficiencyCalibration> calibration; // of its derived points
    std::optional<double> overheadKw; // its fixed draw while AC charging, where its points show it
    double overheadSigmaKw = 0;
};
