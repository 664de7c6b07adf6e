// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/trendmodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

int TrendModel::parameterCount(Shape shape)
{
    switch (shape) {
    case Shape::Constant:
        return 1;
    case Shape::Linear:
        return 2;
    case Shape::EarlyDrop:
        return 3;
    }
    return 1;
}

std::array<double, 3> TrendModel::basis(Shape shape, double x0, double x)
{
    switch (shape) {
    case Shape::Constant:
        return {1, 0, 0};
    case Shape::Linear:
        return {1, x, 0};
    case Shape::EarlyDrop:
        return {1, x, -std::expm1(-std::max(x, 0.0) / x0)};
    }
    return {1, 0, 0};
}

double TrendModel::value(double x) const
{
    const auto b = basis(shape, x0, x);
    return coef[0] * b[0] + coef[1] * b[1] + coef[2] * b[2];
}

double TrendModel::standardError(double x) const
{
    const auto b = basis(shape, x0, x);
    double v = 0;
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c)
            v += b[r] * cov[r * 3 + c] * b[c];
    }
    return std::sqrt(std::max(v, 0.0));
}

QString TrendModel::shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Constant:
        return u"constant"_s;
    case Shape::Linear:
        return u"linear"_s;
    case Shape::EarlyDrop:
        return u"early-drop"_s;
    }
    return {};
}

std::optional<TrendModel::Shape> TrendModel::shapeFromName(QStringView name)
{
    for (Shape shape : {Shape::Constant, Shape::Linear, Shape::EarlyDrop}) {
        if (name == shapeName(shape))
            return shape;
    }
    return std::nullopt;
}
