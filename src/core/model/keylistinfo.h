// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/batteryreading.h"

#include <QList>
#include <QString>

#include <optional>

// Vehicle metadata read from a KeyList XML.
struct KeyListInfo
{
    QString vin; // normalized, or empty
    QString modelName;
    QString driveTrain; // BEV, PHEV, CONV, ...
    QString unitOfLength;
    QString chargingHistoryFileName;
    std::optional<double> mileageKm;
    qint64 requestTime = 0;
    QList<BatteryReading> readings;
    int readingsWithoutTime = 0; // left out of readings: no time a car could have sent them at
};
