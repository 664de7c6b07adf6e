// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <span>

namespace Demo::detail {

class Rng;

// A model the generator builds cars of: how it drives and charges, when it
// was sold, and how its KeyList names it.
struct ModelSpec
{
    const char16_t *catalogName;
    int weight;         // per cent of a fleet
    double consumption; // kWh/km on electricity
    double acKw;        // home and public AC
    double dcMaxKw;     // 0: cannot charge DC
    bool phev;
    bool small; // i3 and MINI: every fleet of >= 10 gets one
    int soldFrom;  // yyyymm: no car of the model is older
    int soldUntil; // yyyymm, 0: still sold
    const char *wmi;
    const char16_t *brand;
    const char16_t *developmentSeries;
    const char16_t *series;
    const char16_t *bodyType;
    std::array<const char16_t *, 5> names; // KeyList spellings; nullptr = none
};

std::span<const ModelSpec> modelSpecs();
const ModelSpec *findModelSpec(QStringView catalogName);

// The index into modelSpecs() of a model drawn by weight, among the small
// ones or the PHEVs only if asked.
int drawModel(Rng &rng, bool smallOnly, bool phevOnly);

// The KeyList spellings of a model, in table order.
int nameCount(const ModelSpec &m);
QStringList keyListNames(const ModelSpec &m);

inline QString toString(const char16_t *s) { return QStringView(s).toString(); }

} // namespace Demo::detail
