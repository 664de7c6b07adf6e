// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/chargingsession.h"

using namespace Qt::StringLiterals;

QString chargingKindName(ChargingKind kind)
{
    switch (kind) {
    case ChargingKind::AcLow:
        return u"ac_low"_s;
    case ChargingKind::Ac:
        return u"ac"_s;
    case ChargingKind::Dc:
        return u"dc"_s;
    case ChargingKind::Unknown:
        break;
    }
    return {};
}

ChargingKind chargingKindFromName(QStringView name)
{
    if (name == u"ac_low")
        return ChargingKind::AcLow;
    if (name == u"ac")
        return ChargingKind::Ac;
    if (name == u"dc")
        return ChargingKind::Dc;
    return ChargingKind::Unknown;
}

ChargingKind chargingKindForPower(std::optional<double> maxPowerKw)
{
    // BMW on-board AC chargers top out at 11 kW (22 kW on a few models);
    // anything clearly above that came from a DC charger. A 2.3 kW socket
    // and 3.7 kW single-phase charging have much higher losses, so they are
    // their own class for the efficiency model.
    if (!maxPowerKw || *maxPowerKw <= 0)
        return ChargingKind::Unknown;
    if (*maxPowerKw > 23.0)
        return ChargingKind::Dc;
    if (*maxPowerKw <= 3.7)
        return ChargingKind::AcLow;
    return ChargingKind::Ac;
}
