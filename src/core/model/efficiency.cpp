// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/efficiency.h"

using namespace Qt::StringLiterals;

QString Efficiency::sourceName(Source source)
{
    switch (source) {
    case Source::Vehicle:
        return u"vehicle"_s;
    case Source::Model:
        return u"model"_s;
    case Source::Fleet:
        return u"fleet"_s;
    case Source::Literature:
        return u"literature"_s;
    }
    return {};
}

std::optional<Efficiency::Source> Efficiency::sourceFromName(QStringView name)
{
    for (Source source : {Source::Vehicle, Source::Model, Source::Fleet, Source::Literature}) {
        if (name == sourceName(source))
            return source;
    }
    return std::nullopt;
}
