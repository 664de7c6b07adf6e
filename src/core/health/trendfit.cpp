// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/health/trendfit.h"

#include "core/health/median.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr double madToSigma = 1.4826;

// Inverts a symmetric positive-definite k x k matrix (k <= 3) in place by
// Gauss-Jordan with partial pivoting; false when (near) singular.
bool invert(std::array<double, 9> &m, int k)
{
    std::array<double, 9> inv{};
    std::array<double, 3> diagonal{};
    for (int i = 0; i < k; ++i) {
        inv[i * 3 + i] = 1;
        diagonal[i] = std::fabs(m[i * 3 + i]);
    }
    for (int col = 0; col < k; ++col) {
        int pivot = col;
        for (int r = col + 1; r < k; ++r) {
            if (std::fabs(m[r * 3 + col]) > std::fabs(m[pivot * 3 + col]))
                pivot = r;
        }
        // Singular when elimination left (almost) nothing of the column's own
        // diagonal: relative to that column, since x, x and exp(-x) differ in
        // scale by many orders of magnitude.
        if (std::fabs(m[pivot * 3 + col]) <= 1e-10 * std::max(diagonal[col], 1e-300))
            return false;
        if (pivot != col) {
            for (int c = 0; c < 3; ++c) {
                std::swap(m[col * 3 + c], m[pivot * 3 + c]);
                std::swap(inv[col * 3 + c], inv[pivot * 3 + c]);
            }
        }
        const double d = m[col * 3 + col];
        for (int c = 0; c < k; ++c) {
            m[col * 3 + c] /= d;
            inv[col * 3 + c] /= d;
        }
        for (int r = 0; r < k; ++r) {
            if (r == col)
                continue;
            const double f = m[r * 3 + col];
            for (int c = 0; c < k; ++c) {
                m[r * 3 + c] -= f * m[col * 3 + c];
                inv[r * 3 + c] -= f * inv[col * 3 + c];
            }
        }
    }
    m = inv;
    return true;
}

struct Solution
{
    std::array<double, 3> coef{0, 0, 0};
    std::array<double, 9> inverse{}; // (X' W X)^-1
    double chi2 = 0;                 // sum of weight * (r / sigma)^2
    bool ok = false;
};

// Weighted least squares with weights w_i / sigma_i^2 (plus the prior's
// ridge term on the early-drop amplitude, when given).
// The design matrix of one candidate, computed once: the IRLS loop reuses it.
using Rows = QList<std::array<double, 3>>;

Rows designRows(const QList<TrendPoint> &points, TrendModel::Shape shape, double x0)
{
    Rows rows;
    rows.reserve(points.size());
    for (const TrendPoint &p : points)
        rows.append(TrendModel::basis(shape, x0, p.x));
    return rows;
}

Solution solve(const QList<TrendPoint> &points, const Rows &rows, const QList<double> &weights, TrendModel::Shape shape,
               const std::optional<TrendOptions::Prior> &prior = std::nullopt)
{
    const int k = TrendModel::parameterCount(shape);
    std::array<double, 9> xtwx{};
    std::array<double, 3> xtwy{0, 0, 0};
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double w = weights[i] / (points[i].sigma * points[i].sigma);
        if (w <= 0)
            continue;
        const auto &b = rows[i];
        for (int r = 0; r < k; ++r) {
            xtwy[r] += w * b[r] * points[i].y;
            for (int c = 0; c < k; ++c)
                xtwx[r * 3 + c] += w * b[r] * b[c];
        }
    }
    const bool usePrior = prior && shape == TrendModel::Shape::EarlyDrop && prior->sigma > 0;
    if (usePrior) {
        const double precision = 1.0 / (prior->sigma * prior->sigma);
        xtwx[2 * 3 + 2] += precision;
        xtwy[2] += precision * prior->mean;
    }
    Solution s;
    if (!invert(xtwx, k))
        return s;
    for (int r = 0; r < k; ++r) {
        for (int c = 0; c < k; ++c)
            s.coef[r] += xtwx[r * 3 + c] * xtwy[c];
    }
    s.inverse = xtwx;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (weights[i] <= 0)
            continue;
        const auto &b = rows[i];
        const double fitted = s.coef[0] * b[0] + s.coef[1] * b[1] + s.coef[2] * b[2];
        const double u = (points[i].y - fitted) / points[i].sigma;
        s.chi2 += weights[i] * u * u;
    }
    if (usePrior) {
        const double u = (s.coef[2] - prior->mean) / prior->sigma;
        s.chi2 += u * u;
    }
    s.ok = true;
    return s;
}

QList<double> standardizedResiduals(const QList<TrendPoint> &points, const Rows &rows, const Solution &s)
{
    QList<double> u;
    u.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto &b = rows[i];
        u.append((points[i].y - (s.coef[0] * b[0] + s.coef[1] * b[1] + s.coef[2] * b[2])) / points[i].sigma);
    }
    return u;
}

// IRLS: Huber steps from the least-squares start (a stable start that is
// not yet blind to gross outliers), then Tukey's biweight, which gives
// gross outliers (a BMS recalibration, a bad record) no weight at all. The
// scale comes from the data (MAD) but never drops below 1: a point within
// its known measurement error is never an outlier.
struct Robust
{
    Solution solution;
    QList<double> weights;
    double scale = 1;
};

Robust robustFit(const QList<TrendPoint> &points, const Rows &rows, TrendModel::Shape shape, const TrendOptions &options)
{
    Robust r;
    r.weights = QList<double>(points.size(), 1.0);
    r.solution = solve(points, rows, r.weights, shape, options.earlyDropPrior);
    if (!r.solution.ok)
        return r;
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        const QList<double> u = standardizedResiduals(points, rows, r.solution);
        QList<double> absU;
        absU.reserve(u.size());
        for (qsizetype i = 0; i < u.size(); ++i) {
            if (r.weights[i] > 0 || iteration < 5)
                absU.append(std::fabs(u[i]));
        }
        r.scale = std::max(1.0, madToSigma * median(absU));
        const bool huber = iteration < 5;
        QList<double> next(points.size());
        double change = 0;
        for (qsizetype i = 0; i < u.size(); ++i) {
            const double a = std::fabs(u[i]) / r.scale;
            double w;
            if (huber) {
                w = a <= 1.345 ? 1.0 : 1.345 / a;
            } else {
                const double t = a / options.tukeyC;
                w = t < 1 ? (1 - t * t) * (1 - t * t) : 0.0;
            }
            change = std::max(change, std::fabs(w - r.weights[i]));
            next[i] = w;
        }
        const Solution s = solve(points, rows, next, shape, options.earlyDropPrior);
        if (!s.ok)
            break;
        r.weights = next;
        r.solution = s;
        if (!huber && change < 1e-4)
            break;
    }
    return r;
}

} // namespace

std::optional<TrendFit> fitTrend(const QList<TrendPoint> &points, const TrendOptions &options)
{
    if (points.size() < 2)
        return std::nullopt;
    double xMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    for (const TrendPoint &p : points) {
        xMin = std::min(xMin, p.x);
        xMax = std::max(xMax, p.x);
    }

    // Outliers are decided once, by the most flexible candidate that can be
    // fitted, so that all shapes are compared on the same points.
    struct Candidate
    {
        TrendModel::Shape shape;
        double x0;
    };
    QList<Candidate> candidates{{TrendModel::Shape::Constant, 1}};
    if (options.earlyDropPrior && xMax > xMin && points.size() >= 3) {
        // The shape is known from physics; only its scale is chosen.
        candidates.clear();
        for (double x0 : options.x0Candidates)
            candidates.append({TrendModel::Shape::EarlyDrop, x0});
    } else if (xMax > xMin) {
        candidates.append({TrendModel::Shape::Linear, 1});
        if (points.size() >= 6) {
            for (double x0 : options.x0Candidates)
                candidates.append({TrendModel::Shape::EarlyDrop, x0});
        }
    }
    // Each candidate's design matrix once: the reference fit and the
    // comparison below share them.
    QList<Rows> rows;
    rows.reserve(candidates.size());
    for (const Candidate &c : std::as_const(candidates))
        rows.append(designRows(points, c.shape, c.x0));
    Robust reference;
    for (qsizetype i = candidates.size() - 1; i >= 0; --i) {
        reference = robustFit(points, rows[i], candidates[i].shape, options);
        if (reference.solution.ok)
            break;
    }
    if (!reference.solution.ok)
        return std::nullopt;

    double used = 0;
    for (double w : reference.weights)
        used += w > 0 ? 1 : 0;
    if (used < 2)
        return std::nullopt;

    TrendModel best;
    Solution bestSolution;
    double bestAicc = std::numeric_limits<double>::max();
    qsizetype bestIndex = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        const Solution s = solve(points, rows[i], reference.weights, c.shape, options.earlyDropPrior);
        const int k = TrendModel::parameterCount(c.shape);
        if (!s.ok || used <= (options.earlyDropPrior ? k - 1 : k))
            continue;
        // An "early drop" that rises is not ageing: a recalibration or noise.
        if (c.shape == TrendModel::Shape::EarlyDrop && s.coef[2] > 0 && !options.earlyDropPrior)
            continue;
        // AICc: Gaussian -2 log-likelihood with the robust scale, plus 2k and
        // the small-sample correction; x0 counts as a parameter of the
        // early-drop shape.
        const int kk = k + (c.shape == TrendModel::Shape::EarlyDrop ? 1 : 0);
        const double penalty = used > kk + 1 ? 2.0 * kk + 2.0 * kk * (kk + 1) / (used - kk - 1) : 1e300;
        const double aicc = s.chi2 / (reference.scale * reference.scale) + penalty;
        if (aicc < bestAicc) {
            bestAicc = aicc;
            bestSolution = s;
            bestIndex = i;
            best.shape = c.shape;
            best.x0 = c.x0;
        }
    }
    if (!bestSolution.ok)
        return std::nullopt;

    best.coef = bestSolution.coef;
    // With a prior, c2 is not a free parameter of its own.
    best.dof = int(used) - best.parameters() + (options.earlyDropPrior && best.shape == TrendModel::Shape::EarlyDrop ? 1 : 0);
    // Scale the covariance by the residual scatter when it exceeds what the
    // point errors promise (never shrink it below them).
    const double chi2PerDof = best.dof > 0 ? bestSolution.chi2 / best.dof : 1.0;
    const double inflation = std::max(1.0, chi2PerDof);
    best.scale = std::sqrt(inflation);
    for (int i = 0; i < 9; ++i)
        best.cov[i] = bestSolution.inverse[i] * inflation;
    best.xMin = xMin;
    best.xMax = xMax;

    TrendFit fit;
    fit.model = best;
    fit.robustWeights = reference.weights;
    // The model at each point from its design rows: the same products as
    // TrendModel::value, without an exp per point again.
    fit.fitted.reserve(points.size());
    for (const auto &b : std::as_const(rows[bestIndex]))
        fit.fitted.append(best.coef[0] * b[0] + best.coef[1] * b[1] + best.coef[2] * b[2]);
    fit.used = int(used);
    return fit;
}

double studentQuantile(double p, int dof)
{
    // Acklam-style normal quantile, then the Cornish-Fisher expansion for t.
    const double q = p - 0.5;
    double z;
    if (std::fabs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        z = q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                     + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                  + 133.14166789178437745) * r + 3.387132872796366608)
            / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                   + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                + 42.313330701600911252) * r + 1.0);
    } else {
        double r = q < 0 ? p : 1 - p;
        r = std::sqrt(-std::log(r));
        if (r <= 5) {
            r -= 1.6;
            z = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                     + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                  + 4.6303378461565452959) * r + 1.42343711074968357734)
                / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                       + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                    + 2.05319162663775882187) * r + 1.0);
        } else {
            r -= 5;
            z = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                     + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                  + 5.4637849111641143699) * r + 6.6579046435011037772)
                / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                       + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                    + 0.59983220655588793769) * r + 1.0);
        }
        if (q < 0)
            z = -z;
    }
    if (dof <= 0)
        return z;
    const double v = dof;
    const double z3 = z * z * z;
    const double z5 = z3 * z * z;
    const double z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
           + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}
