#pragma once

#include "core/health/healthestimator.h"

#include <QStringList>

#include <expected>

class Store;

// Keeps the stored estimates current. After an import only the touched
// vehicles are recomputed, plus those of the same model whose derived points
// lean on the model's efficiency prior (which the new data may have moved).
class HealthUpdater
{
public:
    explicit HealthUpdater(Store &store);

    // Returns how many vehicles were recomputed.
    std::expected<int, QString> update(const QStringList &vehicleKeys);
    std::expected<int, QString> updateAll();

    // The group whose vehicles share an efficiency prior: the capacity
    // table's entry for the model, else the model text, else none.
    static QString modelGroup(const QString &model);

    // A vehicle's sessions as the estimator reads them, oldest first.
    static std::expected<QList<SessionForHealth>, QString> sessions(Store &store, const QString &vehicleKey);

    static QByteArray trendToJson(const TrendModel &model);
    static std::optional<TrendModel> trendFromJson(const QByteArray &json);

private:
    std::expected<int, QString> run(const QStringList &vehicleKeys, bool all);
    Store &m_store;
};
