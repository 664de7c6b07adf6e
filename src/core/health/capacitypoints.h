#pragma once

#include "core/model/chargingsession.h"
#include "core/health/efficiencymodel.h"

#include <QList>

#include <cmath>
#include <functional>
#include <optional>

// One session turned into a usable-capacity estimate:
//   capacity = battery energy x 100 / delta SoC.
// Battery energy is measured, or derived from grid energy x efficiency.
struct CapacityPoint
{
    qint64 time = 0;
    double mileageKm = NAN; // NaN when the export has no mileage
    double capacityKwh = 0;
    double sigmaKwh = 0; // standard error of this point
    double deltaSoc = 0;
    bool derived = false;
    bool outlier = false; // set by the trend fit
    ChargingKind kind = ChargingKind::Unknown;
};

struct SessionForHealth
{
    qint64 startTime = 0;
    double mileageKm = NAN;
    double socStart = 0;
    double socEnd = 0;
    std::optional<double> gridKwh;
    std::optional<double> batteryKwh;
    ChargingKind kind = ChargingKind::Unknown;
    bool preconditioning = false;
};

struct PointFilter
{
    // Displayed SoC is an integer: each end is off by up to half a point,
    // so delta SoC carries sqrt(2/12) = 0.41 points of error. Below 10
    // points that alone is > 4 % per session: such sessions say little.
    double minDeltaSoc = 10;
    double socSigma = 0.408;
    // Battery-side energy as BMW measures it: ~0.5 % per session.
    double batteryEnergySigma = 0.005;
    // Plausible capacity relative to the reference (capacity when new, or
    // the vehicle's own median): wider than any real ageing or calibration
    // error, narrower than unit mix-ups and broken records.
    double plausibleLow = 0.55;
    double plausibleHigh = 1.25;
};

struct PointCounts
{
    int sessions = 0;
    int tooSmall = 0;      // delta SoC below the minimum
    int noEnergy = 0;      // neither usable energy
    int implausible = 0;   // outside the plausible band
    int preconditioned = 0; // grid-only with preconditioning (heating in the grid energy)
};

class CapacityPoints
{
public:
    // efficiency(kind) gives the efficiency for grid-only sessions.
    // referenceKwh: capacity when new if known; otherwise the median of the
    // vehicle's own points is used for the plausibility band.
    static QList<CapacityPoint> compute(const QList<SessionForHealth> &sessions,
                                        const std::function<Efficiency(ChargingKind)> &efficiency,
                                        std::optional<double> referenceKwh, const PointFilter &filter,
                                        PointCounts *counts = nullptr);
};
