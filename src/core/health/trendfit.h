// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/trendmodel.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// A robust trend that can bend (the shapes of core/model/trendmodel.h),
// fitted by iteratively reweighted least squares (Huber steps, then Tukey's
// biweight) on residuals standardized by each point's own error; the shape
// and the early-drop scale are chosen by AICc (Akaike's criterion with the
// small-sample correction).
struct TrendPoint
{
    double x = 0;
    double y = 0;
    double sigma = 1; // the point's standard error (same unit as y)
};

struct TrendFit
{
    TrendModel model;
    QList<double> robustWeights; // per input point, 0 = rejected as outlier
    QList<double> fitted;        // per input point, model.value(x) (computed once)
    int used = 0;                // points with weight > 0
};

struct TrendOptions
{
    QList<double> x0Candidates; // scales tried for the early-drop shape
    // Prior knowledge of the early loss (c2, same unit as y): when set, the
    // early-drop shape is always used and c2 is pulled towards the prior
    // mean as far as the data do not say otherwise (a ridge term).
    struct Prior
    {
        double mean = 0;
        double sigma = 0;
    };
    std::optional<Prior> earlyDropPrior;
    double tukeyC = 4.685;      // 95 % efficiency under normal errors
    int iterations = 30;
};

// nullopt when there are fewer than 2 points.
std::optional<TrendFit> fitTrend(const QList<TrendPoint> &points, const TrendOptions &options);

// Two-sided Student-t quantile (e.g. 0.95 for a 90 % interval).
double studentQuantile(double p, int dof);
