// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Capacity when new per model, shipped as data (data/battery-capacities.json)
// rather than code. Model names in exports vary ("i4 eDrive40 Gran Coupé",
// "BMW i4 M50"), so matching is on normalized tokens; when nothing matches,
// the answer is "unknown", never a guess.
struct BatteryModel
{
    QString name;
    QList<QStringList> match;
    std::optional<double> netKwh; // usable capacity when new
    std::optional<double> grossKwh;
    QString driveTrain; // BEV | PHEV
    QString source;
};

class BatteryCatalog
{
public:
    // The catalog compiled into the program.
    static const BatteryCatalog &builtIn();
    static BatteryCatalog fromJson(const QByteArray &json);

    const QList<BatteryModel> &models() const { return m_models; }

    // The most specific entry whose token set the model name contains; none
    // when nothing matches or two entries match equally well.
    std::optional<BatteryModel> find(const QString &modelName) const;

    // The group of vehicles that share an efficiency prior and a fleet band:
    // the built-in table's entry for the model, else the model name as
    // written (simplified, lower case); empty for an unknown model.
    static QString modelGroup(const QString &model);

    // "i4 eDrive40 Gran Coupé" -> {"i4", "edrive40", "gran", "coupé"};
    // "i3 (60 Ah)" -> {"i3", "60ah"}.
    static QStringList tokens(const QString &modelName);

private:
    QList<BatteryModel> m_models;
};
