#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

// A robust trend that can bend: capacity against mileage or age as
//   constant:   c0
//   linear:     c0 + c1 x
//   early drop: c0 + c1 x + c2 (1 - exp(-x / x0))  (c2 <= 0: a loss early on that levels off)
// fitted by iteratively reweighted least squares with Tukey's biweight on
// residuals standardized by each point's own error, and chosen by BIC.
struct TrendPoint
{
    double x = 0;
    double y = 0;
    double sigma = 1; // the point's standard error (same unit as y)
};

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

    int parameters() const;
    double value(double x) const;
    double standardError(double x) const; // of the fitted mean at x
    static QString shapeName(Shape shape);
};

struct TrendFit
{
    TrendModel model;
    QList<double> robustWeights; // per input point, 0 = rejected as outlier
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
