// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/keylistinfo.h"

#include <QByteArray>
#include <QString>

#include <expected>

// Responses of BMW's CarData Customer API about a vehicle, as the app
// fetches them or as someone saved them with another tool:
//   basicData      GET /customers/vehicles/{vin}/basicData (model, drive
//                  train, the battery's maximum usable energy)
//   telematicData  GET /customers/vehicles/{vin}/telematicData (the latest
//                  value per key: the car's own battery readings, mileage)
// Both become KeyListInfo, the same facts a KeyList gives. Charging-history
// pages ({"data": [...], "next_token": ...}) are ChargingJsonParser's.
class ApiResponseParser
{
public:
    enum class Kind { ChargingHistory, TelematicData, BasicData };

    // A cheap look at what a JSON document is; anything that is not a
    // vehicle response counts as a charging history (whose parser then
    // says what is wrong with it).
    static Kind kindOf(const QByteArray &json);

    // Values without a timestamp of their own are placed at fallbackTime
    // (when they were fetched); with fallbackTime 0 they are left out, as a
    // reading that cannot be placed in time says nothing about ageing.
    // Errors are messages without the file name.
    static std::expected<KeyListInfo, QString> telematicData(const QByteArray &json, qint64 fallbackTime);
    static std::expected<KeyListInfo, QString> basicData(const QByteArray &json, qint64 fallbackTime);

    // Facts of the same vehicle from several responses, the later ones
    // filling what the earlier ones left open.
    static KeyListInfo merged(const KeyListInfo &first, const KeyListInfo &second);

private:
    // kindOf() from the top level's keys alone, without validating the rest.
    static Kind topLevelKind(const QByteArray &json);
};
