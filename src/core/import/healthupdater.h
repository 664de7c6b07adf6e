// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <expected>

class Store;

// Keeps the stored estimates current. After an import only the touched
// vehicles are recomputed, plus those of the same model whose derived points
// lean on the model's efficiency prior (which the new data may have moved),
// now or, with updateLeavingOthersPending, later.
// All of it is one transaction: the stored estimates are either all of the
// new ones or all of the old ones.
class HealthUpdater
{
public:
    explicit HealthUpdater(Store &store);

    // Returns how many vehicles were recomputed.
    std::expected<int, QString> update(const QStringList &vehicleKeys);
    // The same for the touched vehicles, but the others whose model's
    // shared efficiency may have moved are only marked out of date (in the
    // same transaction), for updateStale() to recompute later: an import of
    // one car costs the same in a fleet of ten or of ten thousand.
    struct Outcome
    {
        int recomputed = 0;
        int pending = 0; // marked out of date, not recomputed
    };
    std::expected<Outcome, QString> updateLeavingOthersPending(const QStringList &vehicleKeys);
    std::expected<int, QString> updateAll();
    // Vehicles whose estimate is missing or older than their data (after a
    // schema upgrade, a crash, a failed write, or a vehicle forgotten).
    std::expected<int, QString> updateStale();

    // How many sessions (and first passes' points) are kept in memory
    // between the update's steps instead of read again; beyond it, a
    // vehicle's efficiency is learned from a lighter read. Results never
    // depend on it (tests set 0 to show that).
    void setSessionBudget(qsizetype sessions) { m_sessionBudget = sessions; }

private:
    std::expected<Outcome, QString> run(const QStringList &vehicleKeys, bool all, bool othersPending = false);
    std::expected<Outcome, QString> runOnce(const QStringList &vehicleKeys, bool all, bool othersPending);
    Store &m_store;
    qsizetype m_sessionBudget = qsizetype(1) << 17; // ~12 MB
};
