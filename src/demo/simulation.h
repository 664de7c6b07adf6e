// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace Demo::detail {

class Rng;
struct Vehicle;

// Adds a public charging point near the car's home to its places; returns
// its index there.
int addPublicPlace(Vehicle &v, Rng &rng, bool dc, double spread);

// The charging history of one car from delivery to the newest export (made
// at `cutoff`): drives, plug-ins, energies on both sides of the charger,
// charging blocks, plug-outs and costs, into v.sessions.
void simulate(Vehicle &v, Rng &rng, qint64 cutoff);

} // namespace Demo::detail
