// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QtGlobal>

#include <array>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <numbers>
#include <random>

namespace Demo::detail {

// Own distributions on top of mt19937_64, whose output the standard fixes:
// std::normal_distribution and friends differ between standard libraries,
// and a seed must give the same fleet wherever it is generated.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hiInclusive) { return lo + int(m_engine() % quint64(hiInclusive - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(integer(0, int(list.size()) - 1)); }
    template <typename T, size_t N>
    const T &pick(const std::array<T, N> &array) { return array[size_t(integer(0, int(N) - 1))]; }
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (u < w)
                return index;
            u -= w;
            ++index;
        }
        return index - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// SplitMix64: independent streams per vehicle from one seed, so a vehicle's
// data does not depend on how many random numbers the others used.
constexpr quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace Demo::detail
