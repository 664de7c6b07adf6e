// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: the Customer API response parser (basicData, telematicData),
// as saved files and fetched responses reach it.
#include "core/privacy/vin.h"
#include "core/read/apiresponseparser.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// When the values were fetched: what a value without a timestamp of its own gets.
constexpr qint64 fetchedAt = 1767225600; // 2026-01-01

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

void checkInfo(const KeyListInfo &info, qint64 fallbackTime)
{
    if (!info.vin.isEmpty() && Vin::normalized(info.vin) != info.vin)
        fail("the VIN is not normalized");
    if (info.requestTime != fallbackTime)
        fail("the request time is not the time of the fetch");
    for (const BatteryReading &r : info.readings) {
        // Absent, zero and non-numeric values are dropped, so are readings
        // that cannot be placed in time.
        if (!(r.value > 0) || !std::isfinite(r.value))
            fail("a reading without a positive finite value");
        if (r.time <= 0)
            fail("a reading without a time");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const ApiResponseParser::Kind kind = ApiResponseParser::kindOf(json);

    const auto saved = ApiResponseParser::telematicData(json, 0);
    const auto fetched = ApiResponseParser::telematicData(json, fetchedAt);
    if (saved.has_value() != fetched.has_value())
        fail("whether telematic data parses depends on the time of the fetch");
    if (!saved) {
        if (saved.error().isEmpty() || fetched.error().isEmpty())
            fail("a telematic-data error says nothing");
        if (kind == ApiResponseParser::Kind::TelematicData && QJsonDocument::fromJson(json).isArray())
            fail("a list of values recognized as telematic data does not parse as such");
    } else {
        checkInfo(*saved, 0);
        checkInfo(*fetched, fetchedAt);
        // A fetch time only places the values that have none: nothing is lost.
        if (fetched->readings.size() < saved->readings.size())
            fail("a time of fetch lost readings");
        for (const BatteryReading &r : saved->readings) {
            bool found = false;
            for (const BatteryReading &f : fetched->readings)
                found |= f.kind == r.kind && f.time == r.time && f.value == r.value;
            if (!found)
                fail("a reading with its own time changed with the time of the fetch");
        }
        if (saved->mileageKm.has_value() != fetched->mileageKm.has_value())
            fail("the mileage depends on the time of the fetch");
    }

    const auto basic = ApiResponseParser::basicData(json, fetchedAt);
    if (!basic) {
        if (basic.error().isEmpty())
            fail("a basic-data error says nothing");
        // Recognized as basic data, it is refused only for a text over the
        // read limits (a model or drive train longer than any real one).
        if (kind == ApiResponseParser::Kind::BasicData && !basic.error().contains(QStringLiteral(" longer than ")))
            fail("a document recognized as basic data does not parse as such");
    } else {
        checkInfo(*basic, fetchedAt);
        const auto undated = ApiResponseParser::basicData(json, 0);
        if (!undated)
            fail("whether basic data parses depends on the time of the fetch");
        if (!undated->readings.isEmpty())
            fail("basic data without a time of fetch has a reading");
        // Several responses of one vehicle become one set of facts.
        if (saved) {
            const KeyListInfo merged = ApiResponseParser::merged(*basic, *fetched);
            if (merged.readings.size() != basic->readings.size() + fetched->readings.size())
                fail("merging lost or invented readings");
            if (merged.vin != (basic->vin.isEmpty() ? fetched->vin : basic->vin))
                fail("merging did not keep the first VIN");
            checkInfo(merged, fetchedAt);
        }
    }
    return 0;
}
