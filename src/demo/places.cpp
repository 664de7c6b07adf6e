// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/places.h"

#include "demo/random.h"

#include <array>

namespace Demo::detail {

namespace {

constexpr std::array<const char *, 18> dePrefixes = {"Linden", "Hafen", "Eichen", "Birken", "Sonnen", "Wald",
                                                      "Buchen", "Rosen", "Mühl", "Stein", "Kirch", "Ober",
                                                      "Nieder", "Wiesen", "Fichten", "Erlen", "Tann", "Moos"};
constexpr std::array<const char *, 14> deSuffixes = {"au", "berg", "feld", "hausen", "dorf", "heim", "bach",
                                                      "stadt", "tal", "ingen", "brück", "hofen", "kirchen", "rode"};
constexpr std::array<const char *, 16> deStreets = {"Lindenweg", "Kaiserallee", "Bahnhofstraße", "Am Mühlbach",
                                                     "Gartenstraße", "Schillerstraße", "Ringstraße", "Industriestraße",
                                                     "Hauptstraße", "Talweg", "Goethestraße", "Am Sonnenhang",
                                                     "Birkenallee", "Feldstraße", "Parkstraße", "Gewerbering"};
constexpr std::array<const char *, 14> ukPrefixes = {"Ash", "King", "Mill", "Oak", "Brook", "Elm", "Hazel",
                                                      "Stan", "Wood", "Fair", "Marsh", "Thorn", "Bridge", "Wick"};
constexpr std::array<const char *, 12> ukSuffixes = {"ford", "bridge", "ton", "ham", "field", "by",
                                                      "worth", "stead", "ley", "wick", "bury", "combe"};
constexpr std::array<const char *, 10> ukStreets = {"High Street", "Mill Lane", "Station Road", "Church Lane",
                                                     "Victoria Road", "Park Avenue", "The Green", "Queens Road",
                                                     "London Road", "Manor Way"};
constexpr std::array<const char *, 8> deDcProviders = {"IONITY", "EnBW", "Tesla Supercharger", "Allego",
                                                        "Shell Recharge", "Aral pulse", "Fastned", "EWE Go"};
constexpr std::array<const char *, 6> deAcProviders = {"EnBW", "Allego", "Shell Recharge", "Maingau Energie",
                                                        "Stadtwerke", "Comfortcharge"};
constexpr std::array<const char *, 6> ukDcProviders = {"IONITY", "Tesla Supercharger", "Gridserve", "InstaVolt",
                                                        "Osprey", "Shell Recharge"};
constexpr std::array<const char *, 5> ukAcProviders = {"Pod Point", "bp pulse", "Shell Recharge", "Connected Kerb",
                                                        "char.gy"};

} // namespace

Place makePlace(Rng &rng, bool uk, double lat, double lon, double spread)
{
    Place p;
    const char letters[] = "ABCDEFGHJKLMNPRSTUWXYZ";
    const int number = rng.integer(1, 120);
    if (uk) {
        p.municipality = QByteArray(rng.pick(ukPrefixes)) + rng.pick(ukSuffixes);
        const QByteArray street = rng.pick(ukStreets);
        p.postalCode = QByteArray() + letters[rng.integer(0, 21)] + letters[rng.integer(0, 21)]
                       + QByteArray::number(rng.integer(1, 19)) + ' ' + QByteArray::number(rng.integer(1, 9))
                       + letters[rng.integer(0, 21)] + letters[rng.integer(0, 21)];
        p.streetAddress = QByteArray::number(number) + ' ' + street;
        p.formattedAddress = p.streetAddress + ", " + p.municipality + ' ' + p.postalCode;
    } else {
        p.municipality = QByteArray(rng.pick(dePrefixes)) + rng.pick(deSuffixes);
        p.postalCode = QByteArray::number(rng.integer(1067, 99998)).rightJustified(5, '0');
        p.streetAddress = QByteArray(rng.pick(deStreets)) + ' ' + QByteArray::number(number);
        p.formattedAddress = p.streetAddress + ", " + p.postalCode + ' ' + p.municipality;
    }
    p.lat = lat + rng.uniform(-spread, spread);
    p.lon = lon + rng.uniform(-spread, spread) * 1.5;
    return p;
}

Place makePublicPlace(Rng &rng, bool uk, const Place &home, bool dc, double spread)
{
    Place p = makePlace(rng, uk, home.lat, home.lon, spread);
    if (dc)
        p.provider = uk ? rng.pick(ukDcProviders) : rng.pick(deDcProviders);
    else
        p.provider = uk ? rng.pick(ukAcProviders) : rng.pick(deAcProviders);
    if (rng.chance(0.15)) {
        p.provider2 = uk ? rng.pick(ukAcProviders) : rng.pick(deAcProviders);
        if (p.provider2 == p.provider)
            p.provider2.clear();
    }
    p.price = dc ? rng.uniform(0.49, 0.79) : rng.uniform(0.35, 0.59);
    return p;
}

} // namespace Demo::detail
