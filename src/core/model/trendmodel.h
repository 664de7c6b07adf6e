// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <array>
#include <optional>

// A fitted capacity trend against mileage or age:
//   constant:   c0
//   linear:     c0 + c1 x
//   early drop: c0 + c1 x + c2 (1 - exp(-x / x0))  (c2 <= 0: a loss early on that levels off)
// with the covariance of its coefficients, so that the uncertainty of the
// fitted mean is known at every x. core/health/trendfit fits it; the store
// keeps it as typed columns; reports sample it.
struct TrendModel
{
    enum class Shape { Constant, Linear, EarlyDrop };
    Shape shape = Shape::Constant;
    double x0 = 1;                       // EarlyDrop only
    std::array<double, 3> coef{0, 0, 0}; // c0, c1, c2
    std::array<double, 9> cov{};         // covariance of coef (row-major 3x3)
    double scale = 1;                    // robust residual scale (1 = as the point errors say)
    int dof = 0;                         // points used minus parameters
    double xMin = 0;
    double xMax = 0;

    int parameters() const { return parameterCount(shape); }
    double value(double x) const;
    double standardError(double x) const; // of the fitted mean at x

    static int parameterCount(Shape shape);
    // The regressors (1, x, early-drop term) at x.
    static std::array<double, 3> basis(Shape shape, double x0, double x);
    static QString shapeName(Shape shape);
    static std::optional<Shape> shapeFromName(QStringView name);
};
