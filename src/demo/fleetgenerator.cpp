#include "demo/fleetgenerator.h"

#include "core/health/batterycatalog.h"
#include "core/read/timestamps.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QVarLengthArray>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr double secondsPerYear = 365.25 * 86400.0;
constexpr double kmPerMile = 1.609344;
constexpr qint64 unixEpochJulianDay = 2440588;

// ------------------------------------------------------------ randomness

// Own distributions on top of mt19937_64, whose output the standard fixes:
// std::normal_distribution and friends differ between standard libraries,
// and a seed must give the same fleet wherever it is generated.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hiInclusive) { return lo + int(m_engine() % quint64(hiInclusive - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(integer(0, int(list.size()) - 1)); }
    template <typename T, size_t N>
    const T &pick(const std::array<T, N> &array) { return array[size_t(integer(0, int(N) - 1))]; }
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double u = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (u < w)
                return index;
            u -= w;
            ++index;
        }
        return index - 1;
    }

private:
    std::mt19937_64 m_engine;
};

// SplitMix64: independent streams per vehicle from one seed, so a vehicle's
// data does not depend on how many random numbers the others used.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
double round1(double v) { return std::round(v * 10.0) / 10.0; }

// ------------------------------------------------------------ time

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QDate dateOfUnix(qint64 t) { return QDate::fromJulianDay(floorDiv(t, 86400) + unixEpochJulianDay); }
qint64 unixOf(QDate d) { return (d.toJulianDay() - unixEpochJulianDay) * 86400; }

// EU summer time (the rule since 1996): last Sunday of March to last Sunday
// of October, switching at 01:00 UTC. Computed rather than asked of
// QTimeZone: the fleet must not depend on the machine's tz database, and
// this runs for every session.
qint64 summerTimeEdge(int year, int month)
{
    QDate last(year, month, 31);
    last = last.addDays(-(last.dayOfWeek() % 7));
    return unixOf(last) + 3600;
}

int utcOffset(bool london, qint64 utc)
{
    const int year = dateOfUnix(utc).year();
    const bool summer = utc >= summerTimeEdge(year, 3) && utc < summerTimeEdge(year, 10);
    return (london ? 0 : 3600) + (summer ? 3600 : 0);
}

QDate localDate(bool london, qint64 utc) { return dateOfUnix(utc + utcOffset(london, utc)); }

// A moment whose local time of day lies in [fromHour, toHour), on the local
// day of `around` or a later one, and not before `notBefore`.
qint64 atLocalTime(bool london, Rng &rng, qint64 around, double fromHour, double toHour, qint64 notBefore)
{
    qint64 day = floorDiv(around + utcOffset(london, around), 86400);
    for (int i = 0; i < 400; ++i, ++day) {
        const qint64 local = day * 86400 + qint64(rng.uniform(fromHour, toHour) * 3600.0);
        const qint64 utc = local - utcOffset(london, local - (london ? 0 : 3600));
        if (utc >= notBefore)
            return utc;
    }
    return notBefore;
}

// ------------------------------------------------------------ models

enum class Kind { Ac, AcLow, Dc };

struct ModelSpec
{
    const char16_t *catalogName;
    int weight;         // per cent of a fleet
    double consumption; // kWh/km on electricity
    double acKw;        // home and public AC
    double dcMaxKw;     // 0: cannot charge DC
    bool phev;
    bool small; // i3 and MINI: every fleet of >= 10 gets one
    int soldFrom;  // yyyymm: no car of the model is older
    int soldUntil; // yyyymm, 0: still sold
    const char *wmi;
    const char16_t *brand;
    const char16_t *developmentSeries;
    const char16_t *series;
    const char16_t *bodyType;
    std::array<const char16_t *, 5> names; // KeyList spellings; nullptr = none
};

// Spellings vary like those in real KeyLists, and each must still resolve to
// its catalog entry through BatteryCatalog::find().
constexpr ModelSpec modelSpecs[] = {
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
constexpr int modelCount = int(std::size(modelSpecs));

QString str(const char16_t *s) { return QStringView(s).toString(); }

int nameCount(const ModelSpec &m)
{
    return int(std::count_if(m.names.begin(), m.names.end(), [](const char16_t *n) { return n != nullptr; }));
}

int drawModel(Rng &rng, bool smallOnly, bool phevOnly)
{
    int total = 0;
    for (const ModelSpec &m : modelSpecs) {
        if ((!smallOnly || m.small) && (!phevOnly || m.phev))
            total += m.weight;
    }
    int u = rng.integer(0, total - 1);
    for (int i = 0; i < modelCount; ++i) {
        const ModelSpec &m = modelSpecs[i];
        if ((smallOnly && !m.small) || (phevOnly && !m.phev))
            continue;
        if (u < m.weight)
            return i;
        u -= m.weight;
    }
    return 0;
}

// ------------------------------------------------------------ places

struct Place
{
    QByteArray municipality;
    QByteArray streetAddress;
    QByteArray postalCode;
    QByteArray formattedAddress;
    double lat = 0;
    double lon = 0;
    QByteArray provider;  // empty: private (home, work, family)
    QByteArray provider2; // a second potential match, sometimes
    double price = 0;     // per kWh from the grid at this public point
};

constexpr std::array<const char *, 18> dePrefixes = {"Linden", "Hafen", "Eichen", "Birken", "Sonnen", "Wald",
                                                      "Buchen", "Rosen", "Mühl", "Stein", "Kirch", "Ober",
                                                      "Nieder", "Wiesen", "Fichten", "Erlen", "Tann", "Moos"};
constexpr std::array<const char *, 14> deSuffixes = {"au", "berg", "feld", "hausen", "dorf", "heim", "bach",
                                                      "stadt", "tal", "ingen", "brück", "hofen", "kirchen", "rode"};
constexpr std::array<const char *, 16> deStreets = {"Lindenweg", "Kaiserallee", "Bahnhofstraße", "Am Mühlbach",
                                                     "Gartenstraße", "Schillerstraße", "Ringstraße", "Industriestraße",
                                                     "Hauptstraße", "Talweg", "Goethestraße", "Am Sonnenhang",
                                                     "Birkenallee", "Feldstraße", "Parkstraße", "Gewerbering"};
constexpr std::array<const char *, 14> ukPrefixes = {"Ash", "King", "Mill", "Oak", "Brook", "Elm", "Hazel",
                                                      "Stan", "Wood", "Fair", "Marsh", "Thorn", "Bridge", "Wick"};
constexpr std::array<const char *, 12> ukSuffixes = {"ford", "bridge", "ton", "ham", "field", "by",
                                                      "worth", "stead", "ley", "wick", "bury", "combe"};
constexpr std::array<const char *, 10> ukStreets = {"High Street", "Mill Lane", "Station Road", "Church Lane",
                                                     "Victoria Road", "Park Avenue", "The Green", "Queens Road",
                                                     "London Road", "Manor Way"};
constexpr std::array<const char *, 8> deDcProviders = {"IONITY", "EnBW", "Tesla Supercharger", "Allego",
                                                        "Shell Recharge", "Aral pulse", "Fastned", "EWE Go"};
constexpr std::array<const char *, 6> deAcProviders = {"EnBW", "Allego", "Shell Recharge", "Maingau Energie",
                                                        "Stadtwerke", "Comfortcharge"};
constexpr std::array<const char *, 6> ukDcProviders = {"IONITY", "Tesla Supercharger", "Gridserve", "InstaVolt",
                                                        "Osprey", "Shell Recharge"};
constexpr std::array<const char *, 5> ukAcProviders = {"Pod Point", "bp pulse", "Shell Recharge", "Connected Kerb",
                                                        "char.gy"};
constexpr std::array<const char *, 4> businessErrorHints = {
    "CHARGING_INTERRUPTED_BY_CHARGING_STATION", "CHARGING_STOPPED_BY_VEHICLE", "PLUG_REMOVED_DURING_CHARGING",
    "COMMUNICATION_ERROR"};

Place makePlace(Rng &rng, bool uk, double lat, double lon, double spread)
{
    Place p;
    const char letters[] = "ABCDEFGHJKLMNPRSTUWXYZ";
    const int number = rng.integer(1, 120);
    if (uk) {
        p.municipality = QByteArray(rng.pick(ukPrefixes)) + rng.pick(ukSuffixes);
        const QByteArray street = rng.pick(ukStreets);
        p.postalCode = QByteArray() + letters[rng.integer(0, 21)] + letters[rng.integer(0, 21)]
                       + QByteArray::number(rng.integer(1, 19)) + ' ' + QByteArray::number(rng.integer(1, 9))
                       + letters[rng.integer(0, 21)] + letters[rng.integer(0, 21)];
        p.streetAddress = QByteArray::number(number) + ' ' + street;
        p.formattedAddress = p.streetAddress + ", " + p.municipality + ' ' + p.postalCode;
    } else {
        p.municipality = QByteArray(rng.pick(dePrefixes)) + rng.pick(deSuffixes);
        p.postalCode = QByteArray::number(rng.integer(1067, 99998)).rightJustified(5, '0');
        p.streetAddress = QByteArray(rng.pick(deStreets)) + ' ' + QByteArray::number(number);
        p.formattedAddress = p.streetAddress + ", " + p.postalCode + ' ' + p.municipality;
    }
    p.lat = lat + rng.uniform(-spread, spread);
    p.lon = lon + rng.uniform(-spread, spread) * 1.5;
    return p;
}

// ------------------------------------------------------------ vehicles

struct Block
{
    qint64 start = 0;
    qint64 end = 0;
    double kw = 0; // as written (1 decimal)
};

struct Session
{
    qint64 start = 0; // plug-in
    qint64 end = 0;   // plug-out
    double sStart = 0; // the BMS's continuous SoC (%), shown rounded
    double sEnd = 0;
    int socStart = 0;
    int socEnd = 0;
    double batteryKwh = 0; // as measured, 3 decimals
    double gridKwh = 0;    // unrounded; written with 3 decimals except in 2021 files
    double odometerKm = 0;
    Kind kind = Kind::Ac;
    int place = 0;
    std::array<Block, 6> blocks{};
    int blockCount = 0;
    qint64 durationSec = 0;
    bool preconditioning = false;
    double cost = -1; // < 0: only the currency is known
    double savings = 0;
    int businessError = -1;
};

enum class Container { Archive, Folder, Api };

struct ExportPlan
{
    QDate date;
    qint64 cutoff = 0; // the moment the export was made
    Container container = Container::Archive;
    bool batteryEnergy = false;
    bool newest = false;
    bool shuffled = false; // sessions in random order rather than newest first
    quint64 orderSeed = 0;
    int archive = -1;
    int folder = -1;
};

struct Vehicle
{
    const ModelSpec *spec = nullptr;
    VehicleTruth truth;
    double grossKwh = 0;
    bool uk = false;     // miles, Europe/London, GBP
    bool german = false; // KeyList language
    QByteArray unitsValue;
    double annualKm = 15000;
    double consumptionFactor = 1;
    double shareDc = 0;
    double shareLow = 0;
    double acHome = 0; // within AC sessions: share at home, at work; the rest public
    double acWork = 0;
    double lowKw = 2.3;
    int endHabit = 80;
    int timerMinute = -1; // local minute a home charging timer starts; -1: none
    bool tariffKnown = false;
    double homePrice = 0.3;
    bool keyListReading = false;
    bool runningAtExport = false;
    QList<Place> places; // 0 home, 1 work, 2 family (private); public ones after
    QList<int> publicAc;
    QList<int> publicDc;
    QList<Session> sessions; // in time order; the last may still run at the newest export
    QList<ExportPlan> exports; // oldest first
};

double efficiencyFor(const VehicleTruth &t, Kind kind)
{
    switch (kind) {
    case Kind::Ac:
        return t.efficiencyAc;
    case Kind::AcLow:
        return t.efficiencyAcLow;
    case Kind::Dc:
        return t.efficiencyDc;
    }
    return t.efficiencyAc;
}

double seasonalConsumption(int month)
{
    // Heating and cold cells cost range in winter.
    static constexpr double factor[12] = {1.22, 1.20, 1.12, 1.03, 0.96, 0.95, 0.95, 0.95, 0.97, 1.03, 1.12, 1.20};
    return factor[month - 1];
}

int addPublicPlace(Vehicle &v, Rng &rng, bool dc, double spread)
{
    const Place &home = v.places.first();
    Place p = makePlace(rng, v.uk, home.lat, home.lon, spread);
    if (dc)
        p.provider = v.uk ? rng.pick(ukDcProviders) : rng.pick(deDcProviders);
    else
        p.provider = v.uk ? rng.pick(ukAcProviders) : rng.pick(deAcProviders);
    if (rng.chance(0.15)) {
        p.provider2 = v.uk ? rng.pick(ukAcProviders) : rng.pick(deAcProviders);
        if (p.provider2 == p.provider)
            p.provider2.clear();
    }
    p.price = dc ? rng.uniform(0.49, 0.79) : rng.uniform(0.35, 0.59);
    v.places.append(p);
    return int(v.places.size()) - 1;
}

// Everything that happens while the car is plugged in: energies on both
// sides, blocks, plug-out, cost. x carries kind, place, SoC span and odometer.
void charge(Vehicle &v, Rng &rng, Session &x, qint64 plugIn)
{
    const VehicleTruth &t = v.truth;
    x.start = plugIn;
    const double cBms = FleetGenerator::bmsCapacity(t, plugIn, x.odometerKm);
    // The BMS shows SoC relative to what it believes the capacity to be, so
    // the physical energy behind a displayed span is the belief's share.
    const double energy = (x.sEnd - x.sStart) / 100.0 * cBms;
    const double efficiency = std::clamp(efficiencyFor(t, x.kind) * rng.normal(1.0, 0.012), 0.5, 0.995);
    const double gridCharge = energy / efficiency;
    x.batteryKwh = round3(energy * rng.normal(1.0, 0.004));
    x.socStart = int(std::lround(x.sStart));
    x.socEnd = int(std::lround(x.sEnd));

    const int month = localDate(v.uk, plugIn).month();
    double pre = 0;
    if ((month >= 11 || month <= 3) && rng.chance(0.10)) {
        x.preconditioning = true;
        pre = rng.uniform(0.5, 2.0);
    }
    x.gridKwh = gridCharge + pre;

    struct Segment
    {
        double gridKwh;
        double kw;
        qint64 gapBefore = 0;
    };
    QVarLengthArray<Segment, 6> segments;
    const double span = x.sEnd - x.sStart;
    const bool home = x.place == 0;
    const bool work = x.place == 1;
    double preKw = 0;
    if (x.kind == Kind::Dc) {
        const double station = std::array<double, 3>{50.0, 150.0, 300.0}[size_t(rng.weighted({0.25, 0.35, 0.4}))];
        const double peak = std::min(station, v.spec->dcMaxKw) * rng.uniform(0.85, 0.98);
        // The taper: full power to about half, less to about 75 %, little after.
        const double b1 = rng.uniform(50, 60);
        const double b2 = rng.uniform(72, 80);
        const double edges[4] = {x.sStart, std::clamp(b1, x.sStart, x.sEnd), std::clamp(b2, x.sStart, x.sEnd), x.sEnd};
        const double kw[3] = {peak, std::max(25.0, peak * rng.uniform(0.55, 0.7)), std::max(24.0, peak * rng.uniform(0.3, 0.45))};
        for (int i = 0; i < 3; ++i) {
            const double part = edges[i + 1] - edges[i];
            if (part <= 0)
                continue;
            if (part < 0.8 && !segments.isEmpty()) {
                segments.back().gridKwh += gridCharge * part / span;
                continue;
            }
            segments.append({gridCharge * part / span, kw[i]});
        }
        // Conditioning the battery for the fast charge draws from the charger.
        segments.front().gridKwh += pre;
    } else {
        const double kw = x.kind == Kind::Ac ? v.spec->acKw * rng.uniform(0.955, 1.0) : v.lowKw * rng.uniform(0.93, 1.0);
        double mainSpan = span;
        double taperSpan = 0;
        if (x.sEnd >= 97) {
            const double taperFrom = std::max(x.sStart, rng.uniform(95.0, 96.5));
            taperSpan = x.sEnd - taperFrom;
            mainSpan = taperFrom - x.sStart;
        }
        if (mainSpan > 0.3) {
            if ((home || work) && mainSpan > 10 && rng.chance(0.08)) {
                // Load management or a tariff window paused the charge.
                const double first = rng.uniform(0.3, 0.7);
                segments.append({gridCharge * mainSpan * first / span, kw});
                segments.append({gridCharge * mainSpan * (1 - first) / span, kw * rng.uniform(0.97, 1.0),
                                 qint64(rng.uniform(600, 5400))});
            } else {
                segments.append({gridCharge * mainSpan / span, kw});
            }
        } else {
            taperSpan = span;
        }
        if (taperSpan > 0) {
            // Keeps an AC taper above the low-power class: the car still
            // charges from an 11/7.4 kW supply.
            const double taperKw = x.kind == Kind::Ac ? std::max(4.0, kw * rng.uniform(0.5, 0.6)) : kw * rng.uniform(0.5, 0.7);
            segments.append({gridCharge * taperSpan / span, taperKw});
        }
        if (pre > 0)
            preKw = x.kind == Kind::Ac ? std::min(kw, rng.uniform(4.0, 5.5)) : kw;
    }

    qint64 blockStart = plugIn + qint64(rng.uniform(30, 150));
    if (home && v.timerMinute >= 0 && x.kind != Kind::Dc) {
        const double hour = v.timerMinute / 60.0;
        const qint64 around = hour < 12 ? plugIn + 12 * 3600 : plugIn;
        const qint64 timed = atLocalTime(v.uk, rng, around, hour, hour + 0.02, plugIn + 60);
        if (timed < plugIn + 10 * 3600)
            blockStart = timed;
    }
    x.blockCount = 0;
    x.durationSec = 0;
    qint64 cursor = blockStart;
    for (const Segment &s : segments) {
        cursor += s.gapBefore;
        Block b;
        b.kw = round1(s.kw);
        const qint64 seconds = std::max<qint64>(60, std::llround(s.gridKwh / b.kw * 3600.0));
        b.start = cursor;
        b.end = cursor + seconds;
        cursor = b.end;
        x.durationSec += seconds;
        x.blocks[size_t(x.blockCount++)] = b;
    }
    const qint64 chargedUntil = cursor;

    qint64 departure = 0;
    if (x.kind != Kind::Dc && (home || work)) {
        departure = home ? atLocalTime(v.uk, rng, plugIn + 8 * 3600, 6.0, 8.5, plugIn + 3 * 3600)
                         : atLocalTime(v.uk, rng, plugIn, 16.0, 18.5, plugIn + 2 * 3600);
    }
    if (preKw > 0) {
        // Cabin preconditioning before departure, from the grid while plugged in.
        Block b;
        b.kw = round1(preKw);
        const qint64 seconds = std::max<qint64>(60, std::llround(pre / b.kw * 3600.0));
        b.start = departure > chargedUntil + seconds + 60 ? departure - seconds : chargedUntil + qint64(rng.uniform(60, 600));
        b.end = b.start + seconds;
        x.durationSec += seconds;
        x.blocks[size_t(x.blockCount++)] = b;
    }
    const qint64 lastBlockEnd = x.blocks[size_t(x.blockCount - 1)].end;
    if (x.kind == Kind::Dc)
        x.end = lastBlockEnd + qint64(rng.uniform(60, 480));
    else if (departure > lastBlockEnd + 300)
        x.end = departure + qint64(rng.uniform(0, 240));
    else if (home || work)
        x.end = lastBlockEnd + qint64(rng.uniform(300, 5400));
    else if (x.place == 2)
        x.end = lastBlockEnd + qint64(rng.uniform(600, 14400));
    else
        x.end = lastBlockEnd + qint64(rng.uniform(180, 3600));

    const Place &place = v.places.at(x.place);
    if (!place.provider.isEmpty()) {
        if (rng.chance(0.6))
            x.cost = x.gridKwh * place.price;
    } else if (home) {
        if (v.tariffKnown) {
            x.cost = x.gridKwh * v.homePrice;
            if (v.timerMinute >= 0)
                x.savings = x.gridKwh * rng.uniform(0.02, 0.06);
        }
    } else if (work && rng.chance(0.5)) {
        x.cost = 0.0;
    }
    if (rng.chance(0.005))
        x.businessError = rng.integer(0, int(businessErrorHints.size()) - 1);
}

// The charging history of one car from delivery to the newest export.
void simulate(Vehicle &v, Rng &rng, qint64 cutoff)
{
    const VehicleTruth &t = v.truth;
    const ModelSpec &spec = *v.spec;
    const double dailyKm = v.annualKm / 365.25;
    const qint64 stopAt = cutoff - 600;
    qint64 previousEnd = t.startOfUse;
    double odometer = rng.uniform(3, 40);
    double soc = rng.uniform(40, 90);
    Kind previousKind = Kind::Ac;
    bool first = true;

    for (int guard = 0; guard < 100000; ++guard) {
        Session x;
        const double u = rng.uniform();
        x.kind = u < v.shareDc ? Kind::Dc : u < v.shareDc + v.shareLow ? Kind::AcLow : Kind::Ac;

        double fromHour = 16.5;
        double toHour = 22.5;
        if (x.kind == Kind::Dc) {
            x.place = (!v.publicDc.isEmpty() && rng.chance(0.55)) ? rng.pick(v.publicDc) : addPublicPlace(v, rng, true, 2.0);
            fromHour = 7.5;
            toHour = 21.0;
        } else if (x.kind == Kind::AcLow) {
            x.place = rng.chance(0.85) ? 0 : 2;
            if (x.place == 2) {
                fromHour = 10.0;
                toHour = 20.0;
            }
        } else {
            const double w = rng.uniform();
            if (w < v.acHome) {
                x.place = 0;
            } else if (w < v.acHome + v.acWork) {
                x.place = 1;
                fromHour = 7.0;
                toHour = 9.5;
            } else {
                x.place = rng.chance(0.8) ? rng.pick(v.publicAc) : addPublicPlace(v, rng, false, 0.3);
                fromHour = 8.5;
                toHour = 19.5;
            }
        }

        // Where the displayed SoC starts and where charging stops.
        bool limit = true; // stops at a charge limit (80/90/100) rather than at plug-out
        double target = v.endHabit;
        double sStart = 0;
        double sEnd = 0;
        if (spec.phev) {
            const int r = rng.weighted({0.7, 0.2, 0.1});
            sStart = r == 0 ? rng.uniform(0, 10) : r == 1 ? rng.uniform(10, 45) : rng.uniform(80, 92);
            target = rng.chance(0.85) ? 100 : rng.chance(0.5) ? 90 : 80;
        } else if (x.kind == Kind::Dc) {
            sStart = rng.uniform(5, 35);
            sEnd = rng.uniform(60, 90);
            limit = false;
        } else if (x.kind == Kind::AcLow) {
            if (rng.chance(0.6)) {
                target = v.endHabit;
            } else {
                limit = false;
                sEnd = rng.uniform(80, 100);
                target = sEnd;
            }
            sStart = rng.chance(0.1) ? target - rng.uniform(5, 15) : rng.uniform(30, 70);
        } else if (x.place <= 1) {
            target = rng.chance(0.75) ? v.endHabit : std::array<int, 3>{80, 90, 100}[size_t(rng.integer(0, 2))];
            sStart = rng.chance(0.15) ? target - rng.uniform(5, 15) : rng.uniform(15, 60);
        } else {
            sStart = rng.uniform(20, 60);
            sEnd = std::min(100.0, sStart + rng.uniform(10, 50));
            limit = false;
        }
        const double maxStart = soc - 1.0; // some driving since the last charge
        if (sStart > maxStart)
            sStart = std::max(0.0, maxStart - rng.uniform(0, 8));
        sStart = std::clamp(sStart, 0.0, 95.0);
        // A charge to 100 % stops where the BMS says full: the display is
        // exact there, unlike a charge stopped at a lower limit.
        if (limit)
            sEnd = target >= 100 ? 100.0 : target + rng.uniform(-0.45, 0.45);
        if (sEnd < sStart + 3)
            sEnd = std::min(100.0, sStart + rng.uniform(3, 8));
        x.sStart = sStart;
        x.sEnd = sEnd;

        // Driving from the last plug-out down to sStart.
        const double energy = (soc - sStart) / 100.0 * FleetGenerator::bmsCapacity(t, previousEnd, odometer);
        const double consumption = spec.consumption * v.consumptionFactor
                                   * seasonalConsumption(localDate(v.uk, previousEnd).month());
        double km = energy / consumption;
        qint64 plugIn = 0;
        if (spec.phev) {
            // The battery runs empty within a day or two; the rest is on fuel.
            const double days = std::max(km / dailyKm, rng.uniform(0.5, 1.2)) * rng.uniform(0.9, 2.0);
            km = std::max(km, days * dailyKm * rng.uniform(0.7, 1.3));
            plugIn = atLocalTime(v.uk, rng, previousEnd + qint64(days * 86400), fromHour, toHour, previousEnd + 1200);
        } else if (!first && x.kind == Kind::Dc && previousKind == Kind::Dc && rng.chance(0.6)) {
            // On a trip: the next fast charge is a few motorway hours on.
            plugIn = previousEnd + qint64(km / rng.uniform(85, 120) * 3600 + rng.uniform(600, 2400));
        } else {
            const double days = km / (dailyKm * rng.uniform(0.6, 1.5));
            plugIn = atLocalTime(v.uk, rng, previousEnd + std::max<qint64>(1800, qint64(days * 86400)), fromHour,
                                 toHour, previousEnd + 1200);
        }

        bool running = false;
        if (plugIn >= stopAt - 1800) {
            if (!v.runningAtExport)
                break;
            // The export catches this car on the charger at home.
            plugIn = cutoff - qint64(rng.uniform(2, 8) * 3600);
            if (plugIn < previousEnd + 3 * 3600)
                break;
            x.kind = Kind::Ac;
            x.place = 0;
            x.sStart = std::clamp(soc - rng.uniform(1, 10), 0.0, 95.0);
            x.sEnd = std::max(x.sStart + 3, v.endHabit - 0.2);
            km = (soc - x.sStart) / 100.0 * FleetGenerator::bmsCapacity(t, previousEnd, odometer) / consumption;
            running = true;
        }
        odometer += km;
        x.odometerKm = odometer;
        charge(v, rng, x, plugIn);
        if (x.end >= stopAt) {
            if (!v.runningAtExport)
                break;
            running = true;
        }
        if (running)
            x.end = std::max(x.end, cutoff + qint64(rng.uniform(600, 7200)));
        v.sessions.append(x);
        soc = x.sEnd;
        previousEnd = x.end;
        previousKind = x.kind;
        first = false;
        if (running)
            break;
    }
}

// ------------------------------------------------------------ JSON output

void appendDouble(QByteArray &out, double value, int decimals)
{
    char buffer[64];
    const std::to_chars_result r = decimals < 0
                                       ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                                       : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    out.append(buffer, qsizetype(r.ptr - buffer));
}

// Writes JSON in the layout of the real files (indented or compact) without
// building a document tree: a large fleet is ~100 MB of it.
class JsonWriter
{
public:
    JsonWriter(QByteArray &out, int indent) : m_out(out), m_indent(indent) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name)
    {
        prefix();
        m_out += '"';
        m_out += name;
        m_out += m_indent > 0 ? "\": " : "\":";
        m_afterKey = true;
    }
    void integer(qint64 v)
    {
        prefix();
        m_out += QByteArray::number(v);
    }
    void number(double v, int decimals)
    {
        prefix();
        appendDouble(m_out, v, decimals);
    }
    void boolean(bool v)
    {
        prefix();
        m_out += v ? "true" : "false";
    }
    void null()
    {
        prefix();
        m_out += "null";
    }
    void string(QByteArrayView s)
    {
        prefix();
        m_out += '"';
        for (const char c : s) {
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[(c >> 4) & 0xF];
                m_out += "0123456789abcdef"[c & 0xF];
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }

private:
    void open(char c)
    {
        prefix();
        m_out += c;
        m_first.append(true);
    }
    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.removeLast();
        if (!empty)
            newline();
        m_out += c;
    }
    void prefix()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.isEmpty())
            return;
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        newline();
    }
    void newline()
    {
        if (m_indent > 0) {
            m_out += '\n';
            m_out.append(qsizetype(m_first.size()) * m_indent, ' ');
        }
    }

    QByteArray &m_out;
    int m_indent;
    QVarLengthArray<bool, 8> m_first;
    bool m_afterKey = false;
};

enum class Format { Current, Api, Old2021 };

// What a session looks like in one export: complete, or still running when
// the export was made (no endTime, no energies, blocks cut at that moment).
struct SessionView
{
    const Session *s = nullptr;
    bool running = false;
    int socNow = 0;
    QVarLengthArray<Block, 6> blocks;
    qint64 durationSec = 0;
};

SessionView viewAt(const Session &s, qint64 exportTime)
{
    SessionView view;
    view.s = &s;
    view.running = s.end > exportTime;
    if (!view.running) {
        view.socNow = s.socEnd;
        view.durationSec = s.durationSec;
        for (int i = 0; i < s.blockCount; ++i)
            view.blocks.append(s.blocks[size_t(i)]);
        return view;
    }
    for (int i = 0; i < s.blockCount; ++i) {
        Block b = s.blocks[size_t(i)];
        if (b.start >= exportTime)
            break;
        b.end = std::min(b.end, exportTime);
        view.durationSec += b.end - b.start;
        view.blocks.append(b);
    }
    const double done = s.durationSec > 0 ? double(view.durationSec) / double(s.durationSec) : 0.0;
    view.socNow = std::max(s.socStart, int(std::lround(s.sStart + (s.sEnd - s.sStart) * done)));
    return view;
}

void writeLocation(JsonWriter &w, const Place &p, bool coordinates)
{
    w.key("chargingLocation");
    w.beginObject();
    w.key("municipality");
    w.string(p.municipality);
    w.key("formattedAddress");
    w.string(p.formattedAddress);
    w.key("streetAddress");
    w.string(p.streetAddress);
    if (coordinates) {
        w.key("mapMatchedLatitude");
        w.number(p.lat, 6);
        w.key("mapMatchedLongitude");
        w.number(p.lon, 6);
    }
    w.endObject();
}

void writePublicPoint(JsonWriter &w, const Place &p)
{
    w.key("publicChargingPoint");
    w.beginObject();
    w.key("potentialChargingPointMatches");
    w.beginArray();
    for (const QByteArray &provider : {p.provider, p.provider2}) {
        if (provider.isEmpty())
            continue;
        w.beginObject();
        w.key("providerName");
        w.string(provider);
        w.key("streetAddress");
        w.string(p.streetAddress);
        w.key("postalCode");
        w.string(p.postalCode);
        w.key("city");
        w.string(p.municipality);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeCost(JsonWriter &w, const Vehicle &v, const Session &s, bool running)
{
    w.key("chargingCostInformation");
    w.beginObject();
    w.key("currency");
    w.string(v.uk ? "GBP" : "EUR");
    if (!running && s.cost >= 0) {
        w.key("calculatedChargingCost");
        w.number(std::round(s.cost * 100) / 100, -1);
        w.key("calculatedSavings");
        w.number(std::round(s.savings * 100) / 100, -1);
    }
    w.endObject();
}

void writeBlocks(JsonWriter &w, const SessionView &view)
{
    w.key("chargingBlocks");
    w.beginArray();
    for (const Block &b : view.blocks) {
        w.beginObject();
        w.key("startTime");
        w.integer(b.start);
        w.key("endTime");
        w.integer(b.end);
        w.key("averagePowerGridKw");
        w.number(b.kw, 1);
        w.endObject();
    }
    w.endArray();
}

void writeBusinessErrors(JsonWriter &w, const Session &s)
{
    w.key("businessErrors");
    w.beginArray();
    if (s.businessError >= 0) {
        w.beginObject();
        w.key("creationTime");
        w.string(isoUtc(s.blocks[0].end).toUtf8());
        w.key("hint");
        w.string(businessErrorHints[size_t(s.businessError)]);
        w.endObject();
    }
    w.endArray();
}

void writeMileage(JsonWriter &w, const Vehicle &v, const Session &s, Format format)
{
    w.key("mileage");
    w.integer(std::llround(s.odometerKm / (v.uk ? kmPerMile : 1.0)));
    w.key("mileageUnits");
    if (format == Format::Api)
        w.string(v.uk ? "MileageUnits.MILES" : "MileageUnits.KM");
    else
        w.string(v.unitsValue);
}

void writeSession(JsonWriter &w, const Vehicle &v, const SessionView &view, Format format, bool batteryEnergy)
{
    const Session &s = *view.s;
    const Place &place = v.places.at(s.place);
    const bool isPublic = !place.provider.isEmpty();
    const char *zone = v.uk ? "Europe/London" : "Europe/Berlin";
    w.beginObject();
    switch (format) {
    case Format::Old2021:
        // The 2021 layout (see tests/fixtures/public-samples): no blocks, no
        // mileage, no coordinates, the grid energy unrounded.
        if (isPublic)
            writePublicPoint(w, place);
        w.key("displayedSoc");
        w.integer(view.socNow);
        w.key("displayedStartSoc");
        w.integer(s.socStart);
        w.key("timeZone");
        w.string(zone);
        w.key("startTime");
        w.integer(s.start);
        if (!view.running) {
            w.key("endTime");
            w.integer(s.end);
        }
        w.key("totalChargingDurationSec");
        w.integer(view.durationSec);
        if (!view.running) {
            w.key("calculatedEnergyChargedKwh");
            w.number(s.gridKwh, -1);
            if (batteryEnergy) {
                w.key("energyChargedKwh");
                w.number(s.batteryKwh, -1);
            }
        }
        w.key("isPreconditioningActivated");
        w.boolean(s.preconditioning);
        writeCost(w, v, s, view.running);
        writeLocation(w, place, false);
        break;
    case Format::Current:
        w.key("startTime");
        w.integer(s.start);
        if (!view.running) {
            w.key("endTime");
            w.integer(s.end);
        }
        w.key("displayedStartSoc");
        w.integer(s.socStart);
        w.key("displayedSoc");
        w.integer(view.socNow);
        w.key("timeZone");
        w.string(zone);
        w.key("totalChargingDurationSec");
        w.integer(view.durationSec);
        if (!view.running) {
            w.key("energyConsumedFromPowerGridKwh");
            w.number(round3(s.gridKwh), -1);
            if (batteryEnergy) {
                w.key("energyIncreaseHvbKwh");
                w.number(s.batteryKwh, -1);
            }
        }
        writeMileage(w, v, s, format);
        w.key("isPreconditioningActivated");
        w.boolean(s.preconditioning);
        writeLocation(w, place, true);
        writeBlocks(w, view);
        writeBusinessErrors(w, s);
        writePublicPoint(w, place);
        writeCost(w, v, s, view.running);
        break;
    case Format::Api:
        // The Customer API's schema has no battery-side energy.
        w.key("startTime");
        w.integer(s.start);
        if (!view.running) {
            w.key("endTime");
            w.integer(s.end);
        }
        w.key("displayedStartSoc");
        w.integer(s.socStart);
        w.key("displayedSoc");
        w.integer(view.socNow);
        if (!view.running) {
            w.key("energyConsumedFromPowerGridKwh");
            w.number(round3(s.gridKwh), -1);
        }
        writeMileage(w, v, s, format);
        writeBlocks(w, view);
        writeLocation(w, place, true);
        writeCost(w, v, s, view.running);
        w.key("isPreconditioningActivated");
        w.boolean(s.preconditioning);
        w.key("totalChargingDurationSec");
        w.integer(view.durationSec);
        w.key("timeZone");
        w.string(zone);
        writePublicPoint(w, place);
        writeBusinessErrors(w, s);
        break;
    }
    w.endObject();
}

bool is2021(QDate date) { return date < QDate(2022, 1, 1); }

Format formatOf(const ExportPlan &p)
{
    if (p.container == Container::Api)
        return Format::Api;
    return is2021(p.date) ? Format::Old2021 : Format::Current;
}

// The sessions an export holds: every one that ended before it was made,
// and the one on the charger at that moment (only the newest export's is
// planned; an older export may catch one by chance).
QList<SessionView> sessionsIn(const Vehicle &v, const ExportPlan &p)
{
    QList<SessionView> views;
    for (const Session &s : v.sessions) {
        if (s.start >= p.cutoff - 600)
            break;
        views.append(viewAt(s, p.cutoff - 600));
    }
    return views;
}

QByteArray chargingJson(const Vehicle &v, const ExportPlan &p)
{
    QList<SessionView> views = sessionsIn(v, p);
    if (p.shuffled) {
        Rng rng(p.orderSeed);
        for (qsizetype i = views.size() - 1; i > 0; --i)
            std::swap(views[i], views[rng.integer(0, int(i))]);
    } else {
        std::reverse(views.begin(), views.end());
    }
    const Format format = formatOf(p);
    QByteArray out;
    out.reserve(views.size() * 1400 + 64);
    JsonWriter w(out, format == Format::Api ? 2 : 4);
    if (format == Format::Api) {
        w.beginObject();
        w.key("data");
    }
    w.beginArray();
    for (const SessionView &view : std::as_const(views))
        writeSession(w, v, view, format, p.batteryEnergy && format != Format::Api);
    w.endArray();
    if (format == Format::Api) {
        w.key("next_token");
        w.null();
        w.endObject();
    }
    out += '\n';
    return out;
}

// ------------------------------------------------------------ KeyList

QString dateName(QDate d) { return d.toString(u"dd-MM-yyyy"); }

QString chargingFileName(const Vehicle &v, const ExportPlan &p)
{
    return (p.container == Container::Api ? u"CarData-ChargingHistory_"_s : u"BMW-CarData-Ladehistorie_"_s)
           + v.truth.vin + u'_' + dateName(p.date) + u".json"_s;
}

QString keyListFileName(const Vehicle &v, const ExportPlan &p, const QString &suffix)
{
    return u"BMW-CarData-KeyList_"_s + v.truth.vin + u'_' + dateName(p.date) + suffix;
}

double odometerAt(const Vehicle &v, qint64 time)
{
    double km = 0;
    qint64 since = v.truth.startOfUse;
    for (const Session &s : v.sessions) {
        if (s.start > time)
            break;
        km = s.odometerKm;
        since = s.start;
    }
    return km + double(time - since) / 86400.0 * v.annualKm / 365.25 * 0.9;
}

QString xmlText(const QString &s) { return s.toHtmlEscaped(); }

QString telematicValue(const QString &name, const QString &value)
{
    return u"    <telematicValue><name>"_s + xmlText(name) + u"</name><value>"_s + xmlText(value)
           + u"</value></telematicValue>\n"_s;
}

QString reading(const QString &name, const QString &keyName, const QString &value, const QString &unit,
                const QString &timestamp)
{
    QString x = u"    <telematicValue>\n      <name>"_s + xmlText(name) + u"</name>\n"_s;
    if (!keyName.isEmpty())
        x += u"      <telematicKeyName>"_s + keyName + u"</telematicKeyName>\n"_s;
    x += u"      <value>"_s + value + u"</value><unit>"_s + unit + u"</unit>\n      <fetchTimestamp>"_s + timestamp
         + u"</fetchTimestamp>\n    </telematicValue>\n"_s;
    return x;
}

QByteArray keyListXml(const Vehicle &v, const ExportPlan &p)
{
    const bool de = v.german;
    const ModelSpec &m = *v.spec;
    const qint64 requestTime = p.cutoff;
    // The language-independent key names came with newer archives.
    const bool keyNames = p.date >= QDate(2023, 1, 1);
    QString x = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
    x += u"<customerArchiveContent lang=\"%1\" vin=\"%2\" requestDate=\"%3\" unitOfLength=\"%4\"\n"_s.arg(
        de ? u"de"_s : u"en"_s, v.truth.vin, dateName(p.date), v.uk ? u"mi"_s : u"km"_s);
    x += u"    chargingHistoryFileName=\"%1\"\n    keyListFileName=\"%2\">\n"_s.arg(chargingFileName(v, p),
                                                                                    keyListFileName(v, p, u".xml"_s));
    x += u"  <basicVehicleData>\n"_s;
    x += telematicValue(de ? u"Marke"_s : u"Brand"_s, str(m.brand));
    x += telematicValue(de ? u"Baureihe"_s : u"Development series"_s, str(m.developmentSeries));
    x += telematicValue(de ? u"Serie"_s : u"Series"_s, str(m.series));
    x += telematicValue(de ? u"Modellbezeichnung"_s : u"Model name"_s, v.truth.model);
    x += telematicValue(de ? u"Karosserie"_s : u"Body type"_s, str(m.bodyType));
    x += telematicValue(de ? u"Antriebsart"_s : u"Drive train"_s, v.truth.driveTrain);
    x += telematicValue(de ? u"Antriebstyp"_s : u"Propulsion type"_s,
                        m.phev ? (de ? u"Plug-in-Hybrid"_s : u"Plug-in hybrid"_s) : (de ? u"Elektrisch"_s : u"Electric"_s));
    x += u"  </basicVehicleData>\n"_s;
    const double odometer = odometerAt(v, requestTime);
    const QString fetched = isoUtc(requestTime - 7200);
    if (v.keyListReading) {
        // What the BMS believes, as the car reports it: a real, direct but
        // biased health signal.
        QString energy = QString::number(round1(FleetGenerator::bmsCapacity(v.truth, requestTime, odometer)), 'f', 1);
        QString size = QString::number(v.grossKwh, 'f', 1);
        if (de) {
            energy.replace(u'.', u',');
            size.replace(u'.', u',');
        }
        x += u"  <telematicValueList dataCategory=\"%1\">\n"_s.arg(de ? u"Hochvoltbatterie"_s : u"Battery"_s);
        x += reading(de ? u"Energieinhalt der Hochvoltbatterie"_s : u"Energy content of the high-voltage battery"_s,
                     keyNames ? u"vehicle.drivetrain.batteryManagement.maxEnergy"_s : QString(), energy, u"kWh"_s, fetched);
        x += reading(de ? u"Größe der Hochvoltbatterie"_s : u"High-voltage battery size"_s,
                     keyNames ? u"vehicle.drivetrain.batteryManagement.batterySizeMax"_s : QString(), size, u"kWh"_s,
                     fetched);
        x += u"  </telematicValueList>\n"_s;
    }
    x += u"  <telematicValueList dataCategory=\"%1\">\n"_s.arg(de ? u"Fahrzeugstatus"_s : u"Vehicle status"_s);
    x += reading(de ? u"Kilometerstand"_s : u"Mileage"_s, keyNames ? u"vehicle.vehicle.travelledDistance"_s : QString(),
                 QString::number(std::llround(odometer / (v.uk ? kmPerMile : 1.0))), v.uk ? u"mi"_s : u"km"_s, fetched);
    x += u"  </telematicValueList>\n</customerArchiveContent>\n"_s;
    return x.toUtf8();
}

QByteArray keyListHtml(const Vehicle &v, const ExportPlan &p)
{
    const bool mini = QStringView(v.spec->brand) == u"MINI";
    QString x = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head><meta charset=\"utf-8\">"_s.arg(v.german ? u"de"_s : u"en"_s);
    x += u"<title>BMW CarData - KEY LIST FOR YOUR %1 WITH THE VIN %2</title></head>\n<body>\n"_s.arg(
        mini ? u"MINI"_s : u"BMW"_s, v.truth.vin);
    x += u"<h1>BMW CarData</h1>\n<p>%1</p>\n<table>\n"_s.arg(dateName(p.date));
    x += u"<tr><th>Model name</th><td>%1</td></tr>\n"_s.arg(xmlText(v.truth.model));
    x += u"<tr><th>Drive train</th><td>%1</td></tr>\n"_s.arg(v.truth.driveTrain);
    x += u"<tr><th>Charging history</th><td>%1</td></tr>\n"_s.arg(chargingFileName(v, p));
    x += u"</table>\n</body>\n</html>\n"_s;
    return x.toUtf8();
}

// ------------------------------------------------------------ files

std::expected<void, QString> writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size())
        return std::unexpected(u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

std::expected<void, QString> writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
                                      const QDateTime &stamp)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return std::unexpected(u"Cannot create the archive %1 (error %2)"_s.arg(QDir::toNativeSeparators(path)).arg(zip.getZipError()));
    for (const auto &[name, bytes] : entries) {
        QuaZipNewInfo info(name);
        // A fixed time stamp: the same seed must give byte-identical archives.
        info.dateTime = stamp;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(bytes) != bytes.size())
            return std::unexpected(u"Cannot write %1 into the archive %2"_s.arg(name, QDir::toNativeSeparators(path)));
        file.close();
        if (file.getZipError() != UNZ_OK)
            return std::unexpected(u"Cannot write %1 into the archive %2"_s.arg(name, QDir::toNativeSeparators(path)));
    }
    zip.close();
    if (zip.getZipError() != UNZ_OK)
        return std::unexpected(u"Cannot finish the archive %1"_s.arg(QDir::toNativeSeparators(path)));
    return {};
}

// ------------------------------------------------------------ planning

qint64 exportMoment(QDate date) { return unixOf(date) + 6 * 3600; }

const QDate last2021ExportStart(2021, 7, 1);

// When a car may have started: 1-5 years before the export, and not before
// its model was sold (an i5 with five years of history would give the fleet
// away), nor more than half a year after it left the price list. Models no
// longer sold in that window (i3 60/94 Ah) keep the plain 1-5 years.
std::pair<qint64, qint64> startWindow(const ModelSpec &m, qint64 cutoff)
{
    const auto month = [](int yyyymm) { return unixOf(QDate(yyyymm / 100, yyyymm % 100, 1)); };
    const qint64 earliest = cutoff - qint64(5 * secondsPerYear);
    const qint64 latest = cutoff - qint64(secondsPerYear);
    const qint64 lo = std::max(earliest, month(m.soldFrom));
    const qint64 hi = m.soldUntil ? std::min(latest, month(m.soldUntil) + qint64(0.5 * secondsPerYear)) : latest;
    if (lo >= hi)
        return {earliest, latest};
    return {lo, hi};
}

bool canHave2021Export(const ModelSpec &m, qint64 cutoff)
{
    return startWindow(m, cutoff).first < unixOf(last2021ExportStart);
}

// Which exports a vehicle has, per scenario. Variants cycle over the
// vehicles so that even a small fleet holds each of them.
struct Layout
{
    struct Export
    {
        Container container;
        bool batteryEnergy;
        double fraction; // of the history covered, +-0.15; 1 = the newest export
    };
    QList<Export> exports;
    bool with2021 = false; // Mixed: an additional export from 2021
};

Layout layoutFor(FleetOptions::Scenario scenario, int index)
{
    using C = Container;
    Layout l;
    switch (scenario) {
    case FleetOptions::Scenario::Mixed:
        switch (index % 7) {
        case 0:
            l.exports = {{C::Archive, true, 1}};
            break;
        case 1:
            l.exports = {{C::Folder, false, 1}};
            break;
        case 2:
            l.exports = {{C::Archive, true, 0.55}, {C::Folder, false, 1}};
            break;
        case 3:
            l.exports = {{C::Api, false, 1}};
            break;
        case 4:
            l.exports = {{C::Folder, true, 1}};
            break;
        case 5:
            l.exports = {{C::Archive, true, 0.7}, {C::Api, false, 1}};
            l.with2021 = true;
            break;
        default:
            l.exports = {{C::Archive, false, 1}};
            break;
        }
        break;
    case FleetOptions::Scenario::BatteryEnergy:
        // No Customer API file here: its schema has no battery-side energy.
        switch (index % 4) {
        case 0:
            l.exports = {{C::Archive, true, 1}};
            break;
        case 1:
            l.exports = {{C::Folder, true, 1}};
            break;
        case 2:
            l.exports = {{C::Folder, true, 0.55}, {C::Archive, true, 1}};
            break;
        default:
            l.exports = {{C::Archive, true, 0.55}, {C::Folder, true, 1}};
            break;
        }
        break;
    case FleetOptions::Scenario::NoBatteryEnergy:
        switch (index % 4) {
        case 0:
            l.exports = {{C::Archive, false, 1}};
            break;
        case 1:
            l.exports = {{C::Folder, false, 1}};
            break;
        case 2:
            l.exports = {{C::Api, false, 1}};
            break;
        default:
            l.exports = {{C::Api, false, 0.55}, {C::Folder, false, 1}};
            break;
        }
        break;
    case FleetOptions::Scenario::Overlapping:
        switch (index % 3) {
        case 0:
            l.exports = {{C::Archive, true, 0.55}, {C::Folder, false, 1}};
            break;
        case 1:
            l.exports = {{C::Folder, true, 0.55}, {C::Api, false, 1}};
            break;
        default:
            l.exports = {{C::Archive, true, 0.55}, {C::Archive, false, 1}};
            break;
        }
        break;
    }
    return l;
}

void setUpVehicle(Vehicle &v, Rng &rng, const ModelSpec &spec, const BatteryModel &catalogEntry,
                  const FleetOptions &options, const Layout &layout, const QSet<QString> &vinsTaken)
{
    VehicleTruth &t = v.truth;
    v.spec = &spec;
    v.grossKwh = catalogEntry.grossKwh.value_or(*catalogEntry.netKwh);
    v.uk = rng.chance(0.10);
    v.german = !v.uk && rng.chance(0.5);
    v.unitsValue = v.uk ? (rng.chance(0.5) ? "MI" : "MILES") : "KM";
    t.mileageUnit = v.uk ? u"mi"_s : u"km"_s;

    static constexpr char vinAlphabet[] = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    do {
        QString vin = QString::fromLatin1(spec.wmi);
        for (int i = 0; i < 14; ++i)
            vin += QLatin1Char(vinAlphabet[rng.integer(0, 32)]);
        t.vin = vin;
    } while (vinsTaken.contains(t.vin) || t.vin.count(u'X') >= 10);

    t.model = str(spec.names[size_t(rng.integer(0, nameCount(spec) - 1))]);
    t.driveTrain = spec.phev ? u"PHEV"_s : u"BEV"_s;
    t.tableCapacityNewKwh = *catalogEntry.netKwh;
    t.capacityNewKwh = t.tableCapacityNewKwh * rng.normal(1.0, 0.008);

    const qint64 cutoff = exportMoment(options.exportDate);
    auto [earliestStart, latestStart] = startWindow(spec, cutoff);
    if (layout.with2021 && canHave2021Export(spec, cutoff))
        latestStart = std::min(latestStart, unixOf(last2021ExportStart));
    t.startOfUse = qint64(rng.uniform(double(earliestStart), double(latestStart)));
    v.annualKm = std::clamp(std::exp(std::log(15000.0) + 0.4 * rng.normal(0, 1)), 8000.0, 35000.0);
    v.consumptionFactor = std::clamp(rng.normal(1.0, 0.06), 0.85, 1.2);

    // How this owner charges.
    bool wallbox = true;
    if (spec.phev) {
        v.shareDc = 0;
        v.shareLow = rng.uniform(0.05, 0.4);
        wallbox = rng.chance(0.85);
    } else {
        switch (rng.weighted({0.55, 0.22, 0.13, 0.10})) {
        case 0: // charges at home
            v.shareDc = rng.uniform(0.02, 0.10);
            v.shareLow = rng.uniform(0.0, 0.08);
            wallbox = rng.chance(0.95);
            break;
        case 1: // mixed
            v.shareDc = rng.uniform(0.15, 0.35);
            v.shareLow = rng.uniform(0.0, 0.10);
            wallbox = rng.chance(0.7);
            break;
        case 2: // heavy DC user
            v.shareDc = rng.uniform(0.40, 0.70);
            v.shareLow = rng.uniform(0.0, 0.05);
            wallbox = rng.chance(0.5);
            break;
        default: // household socket
            v.shareDc = rng.uniform(0.03, 0.15);
            v.shareLow = rng.uniform(0.35, 0.70);
            wallbox = rng.chance(0.3);
            break;
        }
    }
    const bool workCharging = rng.chance(0.35);
    if (wallbox) {
        v.acHome = rng.uniform(0.65, 0.95);
        v.acWork = workCharging ? (1 - v.acHome) * rng.uniform(0.3, 0.8) : 0;
    } else {
        v.acHome = 0;
        v.acWork = workCharging ? rng.uniform(0.3, 0.7) : 0;
    }
    v.lowKw = rng.chance(0.6) ? 2.3 : 3.7;
    v.endHabit = spec.phev ? 100 : std::array<int, 3>{80, 90, 100}[size_t(rng.weighted({0.4, 0.2, 0.4}))];
    v.timerMinute = rng.chance(0.3) ? std::array<int, 4>{22 * 60, 23 * 60, 0, 60}[size_t(rng.integer(0, 3))] : -1;
    v.tariffKnown = rng.chance(0.65);
    v.homePrice = v.uk ? rng.uniform(0.22, 0.32) : rng.uniform(0.28, 0.42);
    t.dcShare = v.shareDc;

    t.efficiencyAc = rng.uniform(0.90, 0.95);
    t.efficiencyAcLow = rng.uniform(0.76, 0.86);
    t.efficiencyDc = rng.uniform(0.94, 0.98);
    if (spec.phev)
        t.efficiencyDc = 0;

    t.earlyLoss = rng.uniform(0.02, 0.05);
    t.earlyKm = rng.uniform(5000, 9000);
    t.linearPer10kKm = rng.uniform(0.001, 0.003);
    t.calendarPerYear = rng.uniform(0.003, 0.008);
    if (v.shareDc > 0.4)
        t.calendarPerYear += rng.uniform(0.0, 0.007);

    if (rng.chance(1.0 / 3.0)) {
        const double from = rng.uniform(double(t.startOfUse) + 0.1 * double(cutoff - t.startOfUse), double(cutoff - 30 * 86400));
        t.bmsFrom = qint64(from);
        t.bmsTo = t.bmsFrom + qint64(rng.uniform(30, 90) * 86400);
        t.bmsOffset = (rng.chance(0.5) ? 1 : -1) * rng.uniform(0.02, 0.03);
    }

    // Home, work and family, then the usual public points near home.
    const double lat = v.uk ? rng.uniform(50.6, 54.3) : rng.uniform(47.8, 54.0);
    const double lon = v.uk ? rng.uniform(-3.0, 0.3) : rng.uniform(6.5, 13.8);
    v.places.append(makePlace(rng, v.uk, lat, lon, 0.0));
    v.places.append(makePlace(rng, v.uk, lat, lon, 0.12));
    v.places.append(makePlace(rng, v.uk, lat, lon, 1.2));
    for (int i = 0; i < 5; ++i)
        v.publicAc.append(addPublicPlace(v, rng, false, 0.1));
    if (!spec.phev) {
        for (int i = 0; i < 4; ++i)
            v.publicDc.append(addPublicPlace(v, rng, true, 0.3));
    }
    v.keyListReading = rng.chance(0.3);
    v.runningAtExport = rng.chance(0.2);

    // The exports: dates first, so that their cut-offs are known.
    const qint64 span = cutoff - t.startOfUse;
    for (const Layout::Export &e : layout.exports) {
        ExportPlan p;
        p.container = e.container;
        p.batteryEnergy = e.batteryEnergy;
        p.newest = e.fraction >= 1;
        if (p.newest) {
            p.date = options.exportDate;
        } else {
            const double fraction = rng.uniform(e.fraction - 0.15, e.fraction + 0.15);
            p.date = dateOfUnix(t.startOfUse + qint64(fraction * double(span)));
        }
        p.cutoff = exportMoment(p.date);
        p.shuffled = rng.chance(0.3);
        p.orderSeed = rng.next();
        v.exports.append(p);
    }
    if (layout.with2021) {
        const QDate latest(2021, 12, 20);
        const QDate earliest = dateOfUnix(t.startOfUse + qint64(0.3 * secondsPerYear));
        if (earliest < latest && v.exports.size() > 1 && latest.daysTo(v.exports.first().date) > 30) {
            ExportPlan p;
            p.container = Container::Folder;
            p.batteryEnergy = true;
            p.date = earliest.addDays(rng.integer(0, int(earliest.daysTo(latest))));
            p.cutoff = exportMoment(p.date);
            p.shuffled = rng.chance(0.3);
            p.orderSeed = rng.next();
            v.exports.prepend(p);
        }
    }
}

QString relativePath(const QString &rest) { return u"exports/"_s + rest; }

} // namespace

// ------------------------------------------------------------ public API

QString FleetOptions::scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Mixed:
        return u"mixed"_s;
    case Scenario::BatteryEnergy:
        return u"battery-energy"_s;
    case Scenario::NoBatteryEnergy:
        return u"no-battery-energy"_s;
    case Scenario::Overlapping:
        return u"overlapping"_s;
    }
    return {};
}

std::optional<FleetOptions::Scenario> FleetOptions::scenarioFromName(QStringView name)
{
    for (Scenario s : {Scenario::Mixed, Scenario::BatteryEnergy, Scenario::NoBatteryEnergy, Scenario::Overlapping}) {
        if (name.compare(scenarioName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

double FleetGenerator::trueCapacity(const VehicleTruth &v, qint64 time, double mileageKm)
{
    const double years = std::max(0.0, double(time - v.startOfUse) / secondsPerYear);
    const double km = std::max(0.0, mileageKm);
    const double early = v.earlyKm > 0 ? v.earlyLoss * (1.0 - std::exp(-km / v.earlyKm)) : 0.0;
    return v.capacityNewKwh * (1.0 - early - v.linearPer10kKm * km / 10000.0 - v.calendarPerYear * years);
}

double FleetGenerator::bmsCapacity(const VehicleTruth &v, qint64 time, double mileageKm)
{
    const bool episode = time >= v.bmsFrom && time < v.bmsTo;
    return trueCapacity(v, time, mileageKm) * (1.0 + (episode ? v.bmsOffset : 0.0));
}

QStringList FleetGenerator::modelNameVariants(const QString &catalogName)
{
    for (const ModelSpec &m : modelSpecs) {
        if (QStringView(m.catalogName) != catalogName)
            continue;
        QStringList names;
        for (int i = 0; i < nameCount(m); ++i)
            names.append(str(m.names[size_t(i)]));
        return names;
    }
    return {};
}

std::expected<FleetTruth, QString> FleetGenerator::write(const QString &outDir, const FleetOptions &options)
{
    if (options.vehicles < 0)
        return std::unexpected(u"The number of vehicles cannot be negative (%1)"_s.arg(options.vehicles));
    if (!options.exportDate.isValid())
        return std::unexpected(u"The export date is not a valid date"_s);

    // The catalog's net values are the table the estimator will use too.
    const BatteryCatalog &catalog = BatteryCatalog::builtIn();
    std::array<BatteryModel, modelCount> entries;
    for (int i = 0; i < modelCount; ++i) {
        const auto it = std::find_if(catalog.models().cbegin(), catalog.models().cend(), [&](const BatteryModel &m) {
            return m.name == QStringView(modelSpecs[i].catalogName);
        });
        if (it == catalog.models().cend() || !it->netKwh)
            return std::unexpected(u"The battery catalog has no usable capacity for %1"_s.arg(str(modelSpecs[i].catalogName)));
        entries[size_t(i)] = *it;
    }

    const QDir out(outDir);
    if (!out.mkpath(u"."_s))
        return std::unexpected(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(outDir)));
    QDir exportsDir(out.filePath(u"exports"_s));
    if (exportsDir.exists() && !exportsDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        QFile previous(out.filePath(u"truth.json"_s));
        const bool ours = previous.open(QIODevice::ReadOnly) && FleetTruth::fromJson(previous.readAll()).has_value();
        if (!ours)
            return std::unexpected(u"%1 already holds files that are not a generated fleet; choose an empty folder"_s.arg(
                QDir::toNativeSeparators(exportsDir.path())));
        if (!exportsDir.removeRecursively())
            return std::unexpected(u"Cannot replace the previous fleet in %1"_s.arg(QDir::toNativeSeparators(exportsDir.path())));
    }
    if (!out.mkpath(u"exports"_s))
        return std::unexpected(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(exportsDir.path())));

    // Models first, fleet-wide, so that small batteries and PHEVs can be
    // guaranteed before anything else is drawn.
    Rng fleetRng(mix(options.seed));
    QList<int> models;
    for (int i = 0; i < options.vehicles; ++i)
        models.append(drawModel(fleetRng, false, false));
    if (options.vehicles >= 10) {
        const auto has = [&](bool ModelSpec::*flag) {
            return std::any_of(models.cbegin(), models.cend(), [&](int m) { return modelSpecs[m].*flag; });
        };
        if (!has(&ModelSpec::small)) {
            int i;
            do
                i = fleetRng.integer(0, options.vehicles - 1);
            while (modelSpecs[models[i]].phev);
            models[i] = drawModel(fleetRng, true, false);
        }
        if (!has(&ModelSpec::phev)) {
            int i;
            do
                i = fleetRng.integer(0, options.vehicles - 1);
            while (modelSpecs[models[i]].small);
            models[i] = drawModel(fleetRng, false, true);
        }
    }

    const qint64 cutoff = exportMoment(options.exportDate);
    QList<Layout> layouts;
    for (int i = 0; i < options.vehicles; ++i)
        layouts.append(layoutFor(options.scenario, i));
    // A 2021 export needs a car that was on the road in 2021.
    for (int i = 0; i < options.vehicles; ++i) {
        if (!layouts[i].with2021 || canHave2021Export(modelSpecs[models[i]], cutoff))
            continue;
        for (int j = 0; j < options.vehicles; ++j) {
            if (!layouts[j].with2021 && canHave2021Export(modelSpecs[models[j]], cutoff)) {
                std::swap(layouts[i], layouts[j]);
                break;
            }
        }
    }

    QList<Vehicle> vehicles;
    vehicles.reserve(options.vehicles);
    QSet<QString> vins;
    for (int i = 0; i < options.vehicles; ++i) {
        Rng rng(mix(options.seed ^ mix(quint64(i) + 1)));
        Vehicle v;
        setUpVehicle(v, rng, modelSpecs[models[i]], entries[size_t(models[i])], options, layouts[i], vins);
        vins.insert(v.truth.vin);
        simulate(v, rng, cutoff);
        vehicles.append(std::move(v));
    }

    // Archives: exports of the same date may share one, as a fleet
    // account's archive holds several cars.
    struct Archive
    {
        QDate date;
        int capacity = 1;
        bool inFolder = false;
        QList<std::pair<int, int>> members; // (vehicle, export)
    };
    QList<Archive> archives;
    Rng layoutRng(mix(options.seed ^ 0xA5A5A5A5ull));
    int folders = 0;
    for (int vi = 0; vi < vehicles.size(); ++vi) {
        for (int ei = 0; ei < vehicles[vi].exports.size(); ++ei) {
            ExportPlan &p = vehicles[vi].exports[ei];
            if (p.container == Container::Folder)
                p.folder = ++folders;
            if (p.container != Container::Archive)
                continue;
            auto open = std::find_if(archives.begin(), archives.end(), [&](const Archive &a) {
                return a.date == p.date && a.members.size() < a.capacity;
            });
            if (open == archives.end()) {
                Archive a;
                a.date = p.date;
                a.capacity = 1 + layoutRng.weighted({0.6, 0.25, 0.15});
                a.inFolder = layoutRng.chance(0.25);
                archives.append(a);
                open = archives.end() - 1;
            }
            open->members.append({vi, ei});
            p.archive = int(open - archives.begin()) + 1;
        }
    }

    FleetTruth truth;
    truth.options = options;
    for (Vehicle &v : vehicles) {
        for (const ExportPlan &p : std::as_const(v.exports)) {
            if (p.container == Container::Archive) {
                const QString name = u"BMW-CarData-Archive_%1.zip"_s.arg(p.archive);
                if (!v.truth.files.contains(relativePath(name)))
                    v.truth.files.append(relativePath(name));
                continue;
            }
            const QString dir = p.container == Container::Folder ? u"CarData-Export_%1/"_s.arg(p.folder) : QString();
            if (!dir.isEmpty() && !exportsDir.mkpath(dir))
                return std::unexpected(u"Cannot create the folder %1"_s.arg(QDir::toNativeSeparators(exportsDir.filePath(dir))));
            const QString json = dir + chargingFileName(v, p);
            const QString xml = dir + keyListFileName(v, p, u".xml"_s);
            if (auto written = writeBytes(exportsDir.filePath(json), chargingJson(v, p)); !written)
                return std::unexpected(written.error());
            if (auto written = writeBytes(exportsDir.filePath(xml), keyListXml(v, p)); !written)
                return std::unexpected(written.error());
            v.truth.files.append(relativePath(json));
            v.truth.files.append(relativePath(xml));
        }

        // The truth as of the newest export.
        const ExportPlan &newest = v.exports.last();
        const Session *last = nullptr;
        int completed = 0;
        for (const Session &s : std::as_const(v.sessions)) {
            if (s.start < newest.cutoff - 600 && s.end <= newest.cutoff - 600) {
                last = &s;
                ++completed;
            }
        }
        v.truth.sessions = completed;
        if (last) {
            const double factor = v.uk ? kmPerMile : 1.0;
            v.truth.lastSessionTime = last->start;
            v.truth.lastMileageKm = double(std::llround(last->odometerKm / factor)) * factor;
            v.truth.capacityAtLastKwh = FleetGenerator::trueCapacity(v.truth, last->start, last->odometerKm);
        } else {
            v.truth.capacityAtLastKwh = v.truth.capacityNewKwh;
        }
        truth.vehicles.append(v.truth);
    }

    for (int ai = 0; ai < archives.size(); ++ai) {
        const Archive &a = archives[ai];
        QList<std::pair<QString, QByteArray>> entries;
        const QString prefix = a.inFolder ? u"BMW-CarData/"_s : QString();
        for (const auto &[vi, ei] : a.members) {
            const Vehicle &v = vehicles[vi];
            const ExportPlan &p = v.exports[ei];
            entries.append({prefix + chargingFileName(v, p), chargingJson(v, p)});
            entries.append({prefix + keyListFileName(v, p, u".xml"_s), keyListXml(v, p)});
            entries.append({prefix + keyListFileName(v, p, u".html"_s), keyListHtml(v, p)});
        }
        const QString path = exportsDir.filePath(u"BMW-CarData-Archive_%1.zip"_s.arg(ai + 1));
        if (auto written = writeZip(path, entries, QDateTime(a.date, QTime(6, 0))); !written)
            return std::unexpected(written.error());
    }

    if (auto written = writeBytes(out.filePath(u"truth.json"_s), truth.toJson()); !written)
        return std::unexpected(written.error());
    return truth;
}

// ------------------------------------------------------------ truth JSON

QByteArray FleetTruth::toJson() const
{
    QJsonObject o;
    o.insert(u"generator"_s, QString::fromLatin1(FleetGenerator::version));
    QJsonObject opts;
    opts.insert(u"vehicles"_s, options.vehicles);
    // As text: a 64-bit seed does not survive a JSON double.
    opts.insert(u"seed"_s, QString::number(options.seed));
    opts.insert(u"scenario"_s, FleetOptions::scenarioName(options.scenario));
    opts.insert(u"exportDate"_s, options.exportDate.toString(Qt::ISODate));
    o.insert(u"options"_s, opts);
    QJsonArray list;
    for (const VehicleTruth &v : vehicles) {
        QJsonObject j;
        j.insert(u"vin"_s, v.vin);
        j.insert(u"model"_s, v.model);
        j.insert(u"driveTrain"_s, v.driveTrain);
        j.insert(u"capacityNewKwh"_s, v.capacityNewKwh);
        j.insert(u"tableCapacityNewKwh"_s, v.tableCapacityNewKwh);
        j.insert(u"lastSessionTime"_s, v.lastSessionTime);
        j.insert(u"lastMileageKm"_s, v.lastMileageKm);
        j.insert(u"capacityAtLastKwh"_s, v.capacityAtLastKwh);
        j.insert(u"efficiencyAc"_s, v.efficiencyAc);
        j.insert(u"efficiencyAcLow"_s, v.efficiencyAcLow);
        j.insert(u"efficiencyDc"_s, v.efficiencyDc);
        j.insert(u"sessions"_s, v.sessions);
        j.insert(u"files"_s, QJsonArray::fromStringList(v.files));
        j.insert(u"startOfUse"_s, v.startOfUse);
        j.insert(u"earlyLoss"_s, v.earlyLoss);
        j.insert(u"earlyKm"_s, v.earlyKm);
        j.insert(u"linearPer10kKm"_s, v.linearPer10kKm);
        j.insert(u"calendarPerYear"_s, v.calendarPerYear);
        j.insert(u"bmsOffset"_s, v.bmsOffset);
        j.insert(u"bmsFrom"_s, v.bmsFrom);
        j.insert(u"bmsTo"_s, v.bmsTo);
        j.insert(u"dcShare"_s, v.dcShare);
        j.insert(u"mileageUnit"_s, v.mileageUnit);
        list.append(j);
    }
    o.insert(u"vehicles"_s, list);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::expected<FleetTruth, QString> FleetTruth::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(u"The fleet truth is not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    if (!o.value(u"generator"_s).toString().startsWith(u"cardata-fleetgenerator"_s))
        return std::unexpected(u"The JSON is not a fleet truth written by the fleet generator"_s);

    FleetTruth truth;
    const QJsonObject opts = o.value(u"options"_s).toObject();
    truth.options.vehicles = opts.value(u"vehicles"_s).toInt();
    bool ok = false;
    truth.options.seed = opts.value(u"seed"_s).toString().toULongLong(&ok);
    if (!ok)
        return std::unexpected(u"The fleet truth has no valid seed"_s);
    const auto scenario = FleetOptions::scenarioFromName(opts.value(u"scenario"_s).toString());
    if (!scenario)
        return std::unexpected(u"The fleet truth names an unknown scenario \"%1\""_s.arg(opts.value(u"scenario"_s).toString()));
    truth.options.scenario = *scenario;
    truth.options.exportDate = QDate::fromString(opts.value(u"exportDate"_s).toString(), Qt::ISODate);
    if (!truth.options.exportDate.isValid())
        return std::unexpected(u"The fleet truth has no valid export date"_s);

    const QJsonArray list = o.value(u"vehicles"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject j = list.at(i).toObject();
        VehicleTruth v;
        v.vin = j.value(u"vin"_s).toString();
        if (v.vin.size() != 17)
            return std::unexpected(u"Vehicle %1 of the fleet truth has no valid VIN"_s.arg(i));
        v.model = j.value(u"model"_s).toString();
        v.driveTrain = j.value(u"driveTrain"_s).toString();
        v.capacityNewKwh = j.value(u"capacityNewKwh"_s).toDouble();
        v.tableCapacityNewKwh = j.value(u"tableCapacityNewKwh"_s).toDouble();
        v.lastSessionTime = j.value(u"lastSessionTime"_s).toInteger();
        v.lastMileageKm = j.value(u"lastMileageKm"_s).toDouble();
        v.capacityAtLastKwh = j.value(u"capacityAtLastKwh"_s).toDouble();
        v.efficiencyAc = j.value(u"efficiencyAc"_s).toDouble();
        v.efficiencyAcLow = j.value(u"efficiencyAcLow"_s).toDouble();
        v.efficiencyDc = j.value(u"efficiencyDc"_s).toDouble();
        v.sessions = j.value(u"sessions"_s).toInt();
        for (const QJsonValue &f : j.value(u"files"_s).toArray())
            v.files.append(f.toString());
        v.startOfUse = j.value(u"startOfUse"_s).toInteger();
        v.earlyLoss = j.value(u"earlyLoss"_s).toDouble();
        v.earlyKm = j.value(u"earlyKm"_s).toDouble();
        v.linearPer10kKm = j.value(u"linearPer10kKm"_s).toDouble();
        v.calendarPerYear = j.value(u"calendarPerYear"_s).toDouble();
        v.bmsOffset = j.value(u"bmsOffset"_s).toDouble();
        v.bmsFrom = j.value(u"bmsFrom"_s).toInteger();
        v.bmsTo = j.value(u"bmsTo"_s).toInteger();
        v.dcShare = j.value(u"dcShare"_s).toDouble();
        v.mileageUnit = j.value(u"mileageUnit"_s).toString();
        if (v.capacityNewKwh <= 0)
            return std::unexpected(u"Vehicle %1 of the fleet truth has no capacity when new"_s.arg(i));
        truth.vehicles.append(v);
    }
    return truth;
}
