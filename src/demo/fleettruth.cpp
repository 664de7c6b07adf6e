// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/fleetgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

// truth.json: the yardstick the benchmarks and tests compare the estimator
// against, and how the generator recognizes a fleet it may replace.

namespace {

QJsonObject vehicleToJson(const VehicleTruth &v)
{
    QJsonObject j;
    j.insert(u"vin"_s, v.vin);
    j.insert(u"model"_s, v.model);
    j.insert(u"driveTrain"_s, v.driveTrain);
    j.insert(u"capacityNewKwh"_s, v.capacityNewKwh);
    j.insert(u"tableCapacityNewKwh"_s, v.tableCapacityNewKwh);
    j.insert(u"lastSessionTime"_s, v.lastSessionTime);
    j.insert(u"lastMileageKm"_s, v.lastMileageKm);
    j.insert(u"capacityAtLastKwh"_s, v.capacityAtLastKwh);
    j.insert(u"efficiencyAc"_s, v.efficiencyAc);
    j.insert(u"efficiencyAcLow"_s, v.efficiencyAcLow);
    j.insert(u"efficiencyDc"_s, v.efficiencyDc);
    if (v.readingBias != 0)
        j.insert(u"readingBias"_s, v.readingBias);
    if (v.auxKw > 0) {
        j.insert(u"chargerEfficiency"_s, v.chargerEfficiency);
        j.insert(u"auxKw"_s, v.auxKw);
        j.insert(u"homeAcKw"_s, v.homeAcKw);
    }
    j.insert(u"sessions"_s, v.sessions);
    j.insert(u"files"_s, QJsonArray::fromStringList(v.files));
    j.insert(u"startOfUse"_s, v.startOfUse);
    j.insert(u"earlyLoss"_s, v.earlyLoss);
    j.insert(u"earlyKm"_s, v.earlyKm);
    j.insert(u"linearPer10kKm"_s, v.linearPer10kKm);
    j.insert(u"calendarPerYear"_s, v.calendarPerYear);
    j.insert(u"bmsOffset"_s, v.bmsOffset);
    j.insert(u"bmsFrom"_s, v.bmsFrom);
    j.insert(u"bmsTo"_s, v.bmsTo);
    j.insert(u"dcShare"_s, v.dcShare);
    j.insert(u"mileageUnit"_s, v.mileageUnit);
    return j;
}

std::expected<FleetOptions, QString> optionsFromJson(const QJsonObject &opts)
{
    FleetOptions options;
    options.vehicles = opts.value(u"vehicles"_s).toInt();
    bool ok = false;
    options.seed = opts.value(u"seed"_s).toString().toULongLong(&ok);
    if (!ok)
        return std::unexpected(u"The fleet truth has no valid seed"_s);
    const auto scenario = FleetOptions::scenarioFromName(opts.value(u"scenario"_s).toString());
    if (!scenario)
        return std::unexpected(u"The fleet truth names an unknown scenario \"%1\""_s.arg(opts.value(u"scenario"_s).toString()));
    options.scenario = *scenario;
    options.exportDate = QDate::fromString(opts.value(u"exportDate"_s).toString(), Qt::ISODate);
    if (!options.exportDate.isValid())
        return std::unexpected(u"The fleet truth has no valid export date"_s);
    return options;
}

std::expected<VehicleTruth, QString> vehicleFromJson(const QJsonObject &j, qsizetype i)
{
    VehicleTruth v;
    v.vin = j.value(u"vin"_s).toString();
    if (v.vin.size() != 17)
        return std::unexpected(u"Vehicle %1 of the fleet truth has no valid VIN"_s.arg(i));
    v.model = j.value(u"model"_s).toString();
    v.driveTrain = j.value(u"driveTrain"_s).toString();
    v.capacityNewKwh = j.value(u"capacityNewKwh"_s).toDouble();
    v.tableCapacityNewKwh = j.value(u"tableCapacityNewKwh"_s).toDouble();
    v.lastSessionTime = j.value(u"lastSessionTime"_s).toInteger();
    v.lastMileageKm = j.value(u"lastMileageKm"_s).toDouble();
    v.capacityAtLastKwh = j.value(u"capacityAtLastKwh"_s).toDouble();
    v.efficiencyAc = j.value(u"efficiencyAc"_s).toDouble();
    v.efficiencyAcLow = j.value(u"efficiencyAcLow"_s).toDouble();
    v.efficiencyDc = j.value(u"efficiencyDc"_s).toDouble();
    v.readingBias = j.value(u"readingBias"_s).toDouble();
    v.chargerEfficiency = j.value(u"chargerEfficiency"_s).toDouble();
    v.auxKw = j.value(u"auxKw"_s).toDouble();
    v.homeAcKw = j.value(u"homeAcKw"_s).toDouble();
    v.sessions = j.value(u"sessions"_s).toInt();
    for (const QJsonValue &f : j.value(u"files"_s).toArray())
        v.files.append(f.toString());
    v.startOfUse = j.value(u"startOfUse"_s).toInteger();
    v.earlyLoss = j.value(u"earlyLoss"_s).toDouble();
    v.earlyKm = j.value(u"earlyKm"_s).toDouble();
    v.linearPer10kKm = j.value(u"linearPer10kKm"_s).toDouble();
    v.calendarPerYear = j.value(u"calendarPerYear"_s).toDouble();
    v.bmsOffset = j.value(u"bmsOffset"_s).toDouble();
    v.bmsFrom = j.value(u"bmsFrom"_s).toInteger();
    v.bmsTo = j.value(u"bmsTo"_s).toInteger();
    v.dcShare = j.value(u"dcShare"_s).toDouble();
    v.mileageUnit = j.value(u"mileageUnit"_s).toString();
    if (v.capacityNewKwh <= 0)
        return std::unexpected(u"Vehicle %1 of the fleet truth has no capacity when new"_s.arg(i));
    return v;
}

} // namespace

QByteArray FleetTruth::toJson() const
{
    QJsonObject o;
    o.insert(u"generator"_s, QString::fromLatin1(FleetGenerator::version));
    QJsonObject opts;
    opts.insert(u"vehicles"_s, options.vehicles);
    // As text: a 64-bit seed does not survive a JSON double.
    opts.insert(u"seed"_s, QString::number(options.seed));
    opts.insert(u"scenario"_s, FleetOptions::scenarioName(options.scenario));
    opts.insert(u"exportDate"_s, options.exportDate.toString(Qt::ISODate));
    o.insert(u"options"_s, opts);
    QJsonArray list;
    for (const VehicleTruth &v : vehicles)
        list.append(vehicleToJson(v));
    o.insert(u"vehicles"_s, list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::expected<FleetTruth, QString> FleetTruth::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(u"The fleet truth is not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    if (!o.value(u"generator"_s).toString().startsWith(u"cardata-fleetgenerator"_s))
        return std::unexpected(u"The JSON is not a fleet truth written by the fleet generator"_s);

    FleetTruth truth;
    auto options = optionsFromJson(o.value(u"options"_s).toObject());
    if (!options)
        return std::unexpected(options.error());
    truth.options = *options;

    const QJsonArray list = o.value(u"vehicles"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto v = vehicleFromJson(list.at(i).toObject(), i);
        if (!v)
            return std::unexpected(v.error());
        truth.vehicles.append(*v);
    }
    return truth;
}
