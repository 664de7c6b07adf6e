// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <expected>

class Store;

// Keeps the stored estimates current. After an import only the touched
// vehicles are recomputed, plus those of the same model whose derived points
// lean on the model's efficiency prior (which the new data may have moved).
// All of it is one transaction: the stored estimates are either all of the
// new ones or all of the old ones.
class HealthUpdater
{
public:
    explicit HealthUpdater(Store &store);

    // Returns how many vehicles were recomputed.
    std::expected<int, QString> update(const QStringList &vehicleKeys);
    std::expected<int, QString> updateAll();
    // Vehicles with sessions but no stored estimate (after a schema upgrade,
    // or when storing an estimate failed before).
    std::expected<int, QString> updateMissing();
    // The vehicles of a model that lean on its efficiency prior, after a
    // vehicle of that model left the database.
    std::expected<int, QString> updateModel(const QString &model);

private:
    std::expected<int, QString> run(const QStringList &vehicleKeys, bool all, const QStringList &models = {});
    Store &m_store;
};
