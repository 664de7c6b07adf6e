// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: the sharing bundle's reader (another owner's .cdshare, as
// hostile as any file). An error says something; what it accepts is within
// the format's limits and reads back the same after writing it again.
#include "core/share/sharebundle.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bundle = ShareBundle::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!bundle) {
        if (bundle.error().isEmpty())
            std::abort();
        return 0;
    }
    for (const SharedVehicle &v : bundle->vehicles) {
        for (const SharedSession &s : v.sessions) {
            if (!s.day.isValid() || s.socStart < 0 || s.socStart > 100 || s.socEnd < 0 || s.socEnd > 100
                || (s.mileageKm && std::fmod(*s.mileageKm, ShareFormat::mileageStepKm) != 0))
                std::abort();
        }
    }
    const auto again = ShareBundle::parse(bundle->toJson());
    if (!again || again->vehicles.size() != bundle->vehicles.size() || again->source != bundle->source
        || again->created != bundle->created)
        std::abort();
    for (qsizetype i = 0; i < bundle->vehicles.size(); ++i) {
        if (again->vehicles[i].id != bundle->vehicles[i].id || again->vehicles[i].readings != bundle->vehicles[i].readings
            || again->vehicles[i].sessions.size() != bundle->vehicles[i].sessions.size())
            std::abort();
    }
    return 0;
}
