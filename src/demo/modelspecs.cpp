// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/modelspecs.h"

#include "demo/random.h"

#include <algorithm>

namespace Demo::detail {

namespace {

// Spellings vary like those in real KeyLists, and each must still resolve to
// its catalog entry through BatteryCatalog::find().
constexpr ModelSpec modelTable[] = {
    {u"i4 eDrive40", 20, 0.17, 11.0, 205, false, false, 202111, 0, "WBY", u"BMW", u"G26", u"4", u"Gran Coupe",
     {u"i4 eDrive40", u"i4 eDrive40 Gran Coupé", u"BMW i4 M50", u"BMW i4 eDrive40", u"i4 xDrive40"}},
    {u"iX xDrive40", 10, 0.21, 11.0, 150, false, false, 202111, 0, "WBY", u"BMW", u"I20", u"iX", u"SAV",
     {u"iX xDrive40", u"BMW iX xDrive40", u"iX xDrive40 Sport", nullptr, nullptr}},
    {u"iX1 xDrive30", 10, 0.17, 11.0, 130, false, false, 202210, 0, "WBA", u"BMW", u"U11", u"X1", u"SAV",
     {u"iX1 xDrive30", u"iX1 eDrive20", u"BMW iX1 xDrive30 M Sport", nullptr, nullptr}},
    {u"i4 eDrive35", 8, 0.17, 11.0, 180, false, false, 202210, 0, "WBY", u"BMW", u"G26", u"4", u"Gran Coupe",
     {u"i4 eDrive35", u"i4 eDrive35 Gran Coupé", u"BMW i4 eDrive35", nullptr, nullptr}},
    {u"iX3", 10, 0.17, 11.0, 150, false, false, 202011, 0, "WBY", u"BMW", u"G08", u"X3", u"SAV",
     {u"iX3", u"BMW iX3", u"iX3 Impressive", u"iX3 M Sport", nullptr}},
    {u"i5 eDrive40", 6, 0.17, 11.0, 205, false, false, 202310, 0, "WBA", u"BMW", u"G60", u"5", u"Limousine",
     {u"i5 eDrive40", u"i5 eDrive40 Limousine", u"i5 M60 xDrive", u"i5 eDrive40 Touring", nullptr}},
    {u"iX xDrive50", 5, 0.21, 11.0, 195, false, false, 202111, 0, "WBY", u"BMW", u"I20", u"iX", u"SAV",
     {u"iX xDrive50", u"iX M60", u"BMW iX xDrive50", nullptr, nullptr}},
    {u"i7 xDrive60", 3, 0.21, 11.0, 195, false, false, 202211, 0, "WBA", u"BMW", u"G70", u"7", u"Limousine",
     {u"i7 xDrive60", u"BMW i7 xDrive60", u"i7 eDrive50", nullptr, nullptr}},
    {u"MINI Cooper SE", 10, 0.15, 11.0, 50, false, true, 202003, 202403, "WMW", u"MINI", u"F56", u"MINI", u"3-door",
     {u"MINI Cooper SE", u"Cooper SE", u"MINI Electric", u"MINI Cooper SE 3-Türer", nullptr}},
    {u"i3 60Ah", 3, 0.15, 7.4, 50, false, true, 201311, 201607, "WBY", u"BMW", u"I01", u"i3", u"Hatchback",
     {u"i3 (60 Ah)", u"i3 60Ah", u"BMW i3 (60 Ah)", nullptr, nullptr}},
    {u"i3 94Ah", 4, 0.15, 7.4, 50, false, true, 201607, 201811, "WBY", u"BMW", u"I01", u"i3", u"Hatchback",
     {u"i3 (94 Ah)", u"i3s (94 Ah)", u"i3 94Ah", nullptr, nullptr}},
    {u"i3 120Ah", 5, 0.15, 7.4, 50, false, true, 201811, 202207, "WBY", u"BMW", u"I01", u"i3", u"Hatchback",
     {u"i3 (120 Ah)", u"i3s 120Ah", u"i3 120 Ah", nullptr, nullptr}},
    {u"530e", 3, 0.20, 7.4, 0, true, false, 202007, 0, "WBA", u"BMW", u"G30", u"5", u"Limousine",
     {u"530e", u"530e xDrive Limousine", u"530e iPerformance", u"530e Touring", nullptr}},
    {u"X5 xDrive45e", 3, 0.20, 7.4, 0, true, false, 201911, 0, "WBA", u"BMW", u"G05", u"X5", u"SAV",
     {u"X5 xDrive45e", u"X5 xDrive45e iPerformance", nullptr, nullptr, nullptr}},
};
constexpr int modelCount = int(std::size(modelTable));

} // namespace

std::span<const ModelSpec> modelSpecs() { return modelTable; }

const ModelSpec *findModelSpec(QStringView catalogName)
{
    for (const ModelSpec &m : modelTable) {
        if (QStringView(m.catalogName) == catalogName)
            return &m;
    }
    return nullptr;
}

int drawModel(Rng &rng, bool smallOnly, bool phevOnly)
{
    int total = 0;
    for (const ModelSpec &m : modelTable) {
        if ((!smallOnly || m.small) && (!phevOnly || m.phev))
            total += m.weight;
    }
    int u = rng.integer(0, total - 1);
    for (int i = 0; i < modelCount; ++i) {
        const ModelSpec &m = modelTable[i];
        if ((smallOnly && !m.small) || (phevOnly && !m.phev))
            continue;
        if (u < m.weight)
            return i;
        u -= m.weight;
    }
    return 0;
}

int nameCount(const ModelSpec &m)
{
    return int(std::count_if(m.names.begin(), m.names.end(), [](const char16_t *n) { return n != nullptr; }));
}

QStringList keyListNames(const ModelSpec &m)
{
    QStringList names;
    for (int i = 0; i < nameCount(m); ++i)
        names.append(toString(m.names[size_t(i)]));
    return names;
}

} // namespace Demo::detail
