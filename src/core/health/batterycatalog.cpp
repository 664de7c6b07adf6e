// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/batterycatalog.h"

#include "core/model/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString BatteryCatalog::modelGroup(const QString &model)
{
    if (const auto entry = builtIn().find(model))
        return entry->name;
    return model.simplified().toLower();
}

QStringList BatteryCatalog::tokens(const QString &modelName)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QStringList parts = modelName.toLower().split(separators, Qt::SkipEmptyParts);
    // "60 Ah" is one token: the cell capacity tells i3 generations apart.
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i] == u"ah" && !parts[i - 1].isEmpty() && parts[i - 1].back().isDigit()) {
            parts[i - 1] += u"ah"_s;
            parts.removeAt(i--);
        }
    }
    return parts;
}

BatteryCatalog BatteryCatalog::fromJson(const QByteArray &json)
{
    BatteryCatalog catalog;
    const QJsonArray models = QJsonDocument::fromJson(json).object().value(u"models"_s).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject o = value.toObject();
        BatteryModel model;
        model.name = o.value(u"name"_s).toString();
        for (const QJsonValue &set : o.value(u"match"_s).toArray()) {
            QStringList tokens;
            for (const QJsonValue &t : set.toArray())
                tokens.append(t.toString().toLower());
            model.match.append(tokens);
        }
        if (o.contains(u"net_kwh"_s))
            model.netKwh = o.value(u"net_kwh"_s).toDouble();
        if (o.contains(u"gross_kwh"_s))
            model.grossKwh = o.value(u"gross_kwh"_s).toDouble();
        model.driveTrain = o.value(u"drive_train"_s).toString();
        model.source = o.value(u"source"_s).toString();
        catalog.m_models.append(model);
    }
    return catalog;
}

const BatteryCatalog &BatteryCatalog::builtIn()
{
    static const BatteryCatalog catalog = [] {
        QFile file(u":/cardata/battery-capacities.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qCCritical(lcStore) << "the built-in battery capacity table is missing";
        return fromJson(file.readAll());
    }();
    return catalog;
}

std::optional<BatteryModel> BatteryCatalog::find(const QString &modelName) const
{
    const QStringList have = tokens(modelName);
    if (have.isEmpty())
        return std::nullopt;
    const BatteryModel *best = nullptr;
    qsizetype bestSize = 0;
    bool tie = false;
    for (const BatteryModel &model : m_models) {
        for (const QStringList &set : model.match) {
            const bool all = std::all_of(set.cbegin(), set.cend(), [&](const QString &t) { return have.contains(t); });
            if (!all)
                continue;
            if (set.size() > bestSize) {
                best = &model;
                bestSize = set.size();
                tie = false;
            } else if (set.size() == bestSize && best != &model) {
                tie = true;
            }
        }
    }
    if (!best || tie)
        return std::nullopt;
    return *best;
}
