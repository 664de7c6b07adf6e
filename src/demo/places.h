// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace Demo::detail {

class Rng;

// Where a car charges. Invented names and addresses that look like German or
// British ones, so that the exports carry personal-looking data (which the
// importer must not keep) without naming anyone's real address.
struct Place
{
    QByteArray municipality;
    QByteArray streetAddress;
    QByteArray postalCode;
    QByteArray formattedAddress;
    double lat = 0;
    double lon = 0;
    QByteArray provider;  // empty: private (home, work, family)
    QByteArray provider2; // a second potential match, sometimes
    double price = 0;     // per kWh from the grid at this public point
};

// A private place within `spread` degrees of (lat, lon).
Place makePlace(Rng &rng, bool uk, double lat, double lon, double spread);

// A public charging point near home, run by a provider of the country.
Place makePublicPlace(Rng &rng, bool uk, const Place &home, bool dc, double spread);

} // namespace Demo::detail
