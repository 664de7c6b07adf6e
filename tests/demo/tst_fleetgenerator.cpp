// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/privacy/anonymizer.h"
#include "core/health/batterycatalog.h"
#include "demo/fleetgenerator.h"
#include "core/import/importer.h"
#include "core/store/store.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FleetOptions::Scenario)

namespace {

// One database in its own folder, opened like the CLI does.
struct Installation
{
    std::unique_ptr<Store> store;
    std::optional<Anonymizer> anonymizer;

    explicit Installation(const QString &dir)
    {
        auto s = Store::open(dir);
        if (!s)
            qFatal("cannot open store: %s", qPrintable(s.error()));
        store = std::move(*s);
        auto a = Anonymizer::open(dir, store->hasVehicles().value_or(true));
        if (!a)
            qFatal("cannot open anonymizer: %s", qPrintable(a.error()));
        anonymizer = *a;
    }

    QList<FileImportResult> import(const QStringList &paths)
    {
        Importer importer(*store, *anonymizer);
        return importer.importPaths(paths, {}).files;
    }
};

struct StoredSession
{
    qint64 start = 0;
    qint64 end = 0;
    double socStart = 0;
    double socEnd = 0;
    std::optional<double> grid;
    std::optional<double> battery;
    std::optional<double> mileageKm;
    QString kind;
    bool preconditioning = false;
    std::optional<double> avgPowerKw;
};

QList<StoredSession> sessionsOf(Store &store, const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(store.connectionName()));
    q.prepare(u"SELECT s.start_time, s.end_time, s.soc_start, s.soc_end, s.energy_grid_wh / 1000.0, "
              "s.energy_battery_wh / 1000.0, s.mileage_km, s.charging_kind, s.preconditioning, s.avg_power_w / 1000.0 FROM sessions s JOIN vehicles v ON v.id = s.vehicle_id "
              "WHERE v.key = ? ORDER BY s.start_time"_s);
    q.addBindValue(key);
    QList<StoredSession> list;
    if (!q.exec())
        return list;
    const auto opt = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); };
    while (q.next()) {
        StoredSession s;
        s.start = q.value(0).toLongLong();
        s.end = q.value(1).toLongLong();
        s.socStart = q.value(2).toDouble();
        s.socEnd = q.value(3).toDouble();
        s.grid = opt(q.value(4));
        s.battery = opt(q.value(5));
        s.mileageKm = opt(q.value(6));
        s.kind = q.value(7).toString();
        s.preconditioning = q.value(8).toInt() == 1;
        s.avgPowerKw = opt(q.value(9));
        list.append(s);
    }
    return list;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Every file below dir, by path relative to it.
QMap<QString, QByteArray> readTree(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), TestSupport::readFile(path));
    }
    return files;
}

// QVERIFY2 evaluates its message even when the check passes.
template <typename T>
QByteArray failure(const std::expected<T, QString> &result)
{
    return result ? QByteArray() : result.error().toLocal8Bit();
}

FleetOptions options(FleetOptions::Scenario scenario, int vehicles, quint64 seed)
{
    FleetOptions o;
    o.scenario = scenario;
    o.vehicles = vehicles;
    o.seed = seed;
    return o;
}

} // namespace

class TestFleetGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void differentSeedDifferentFleet();
    void importsCompletely_data();
    void importsCompletely();
    void physicsMatchesTruth();
    void lossesFollowPowerWhenAsked();
    void modelNamesResolve();
    void vinsAndFleetMix();
    void truthRoundTrips();
    void replacesOnlyItsOwnFleet();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestFleetGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFleetGenerator::sameSeedSameBytes_data()
{
    QTest::addColumn<FleetOptions::Scenario>("scenario");
    QTest::addColumn<int>("vehicles");
    QTest::newRow("mixed") << FleetOptions::Scenario::Mixed << 7;
    QTest::newRow("overlapping") << FleetOptions::Scenario::Overlapping << 4;
}

void TestFleetGenerator::sameSeedSameBytes()
{
    QFETCH(FleetOptions::Scenario, scenario);
    QFETCH(int, vehicles);
    const FleetOptions o = options(scenario, vehicles, 42);
    QVERIFY(FleetGenerator::write(path(u"a"_s), o).has_value());
    QVERIFY(FleetGenerator::write(path(u"b"_s), o).has_value());
    const QMap<QString, QByteArray> a = readTree(path(u"a"_s));
    const QMap<QString, QByteArray> b = readTree(path(u"b"_s));
    QVERIFY(a.contains(u"truth.json"_s));
    QVERIFY(a.size() > vehicles);
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
}

void TestFleetGenerator::differentSeedDifferentFleet()
{
    const auto one = FleetGenerator::write(path(u"a"_s), options(FleetOptions::Scenario::Mixed, 5, 1));
    const auto two = FleetGenerator::write(path(u"b"_s), options(FleetOptions::Scenario::Mixed, 5, 2));
    QVERIFY(one && two);
    QVERIFY(one->toJson() != two->toJson());
    for (qsizetype i = 0; i < one->vehicles.size(); ++i)
        QVERIFY(one->vehicles[i].vin != two->vehicles[i].vin);
    const QMap<QString, QByteArray> a = readTree(path(u"a"_s));
    const QMap<QString, QByteArray> b = readTree(path(u"b"_s));
    // The layout (archive numbers, folders) may coincide; the contents must not.
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QVERIFY2(it.value() != b.value(it.key()), qPrintable(it.key()));
}

void TestFleetGenerator::importsCompletely_data()
{
    QTest::addColumn<FleetOptions::Scenario>("scenario");
    QTest::addColumn<int>("vehicles");
    QTest::newRow("mixed") << FleetOptions::Scenario::Mixed << 8;
    QTest::newRow("battery energy") << FleetOptions::Scenario::BatteryEnergy << 6;
    QTest::newRow("no battery energy") << FleetOptions::Scenario::NoBatteryEnergy << 6;
    QTest::newRow("overlapping") << FleetOptions::Scenario::Overlapping << 6;
}

void TestFleetGenerator::importsCompletely()
{
    QFETCH(FleetOptions::Scenario, scenario);
    QFETCH(int, vehicles);
    const QString out = path(u"fleet"_s);
    const auto truth = FleetGenerator::write(out, options(scenario, vehicles, 12));
    QVERIFY2(truth, failure(truth).constData());
    QCOMPARE(truth->vehicles.size(), vehicles);

    // The truth names exactly the files written.
    QSet<QString> named;
    for (const VehicleTruth &v : truth->vehicles) {
        QVERIFY(!v.files.isEmpty());
        for (const QString &f : v.files)
            named.insert(f);
    }
    QMap<QString, QByteArray> tree = readTree(out);
    tree.remove(u"truth.json"_s);
    QCOMPARE(QSet<QString>(tree.keyBegin(), tree.keyEnd()), named);

    Installation inst(path(u"data"_s));
    const QList<FileImportResult> results = inst.import({QDir(out).filePath(u"exports"_s)});
    QVERIFY(!results.isEmpty());
    for (const FileImportResult &r : results) {
        QVERIFY2(r.status == FileImportResult::Status::Imported, qPrintable(QString(r.file + u": "_s + r.error)));
        for (const VehicleImport &v : r.vehicles) {
            QVERIFY2(v.note.isEmpty(), qPrintable(QString(r.file + u": "_s + v.note)));
            for (const RecordRejection &rejection : v.rejections)
                QVERIFY2(rejection.reason.contains(u"still running"_s), qPrintable(QString(r.file + u": "_s + rejection.reason)));
        }
    }

    QCOMPARE(inst.store->vehicles()->size(), vehicles);
    int withAll = 0;
    int withNone = 0;
    int partial = 0;
    for (const VehicleTruth &v : truth->vehicles) {
        const QString key = inst.anonymizer->vehicleKey(v.vin);
        const auto found = inst.store->vehicle(key);
        QVERIFY2(found && *found, qPrintable(v.vin));
        const VehicleSummary *summary = &**found;
        QCOMPARE(summary->sessions, qint64(v.sessions));
        QCOMPARE(summary->model, v.model);
        QCOMPARE(summary->modelSource, u"keylist"_s);
        QCOMPARE(summary->driveTrain, v.driveTrain);
        QCOMPARE(summary->lastSession.value_or(0), v.lastSessionTime);
        QVERIFY(summary->mileageKm);
        QVERIFY2(std::abs(*summary->mileageKm - v.lastMileageKm) < 1e-6, qPrintable(v.vin));

        // The KeyList's maxEnergy is what the BMS believes when the export is
        // made: the truth give or take a recalibration episode.
        QSqlQuery reading(QSqlDatabase::database(inst.store->connectionName()));
        reading.prepare(u"SELECT r.value FROM battery_readings r JOIN vehicles v ON v.id = r.vehicle_id "
                        "WHERE v.key = ? AND r.kind = 'max_energy_kwh' ORDER BY r.read_at DESC LIMIT 1"_s);
        reading.addBindValue(key);
        QVERIFY(reading.exec());
        if (reading.next())
            QVERIFY2(std::abs(reading.value(0).toDouble() / v.capacityAtLastKwh - 1) < 0.035, qPrintable(v.vin));

        const QList<StoredSession> sessions = sessionsOf(*inst.store, key);
        qsizetype energy = 0;
        qint64 lastWith = 0;
        qint64 firstWithout = std::numeric_limits<qint64>::max();
        for (const StoredSession &s : sessions) {
            if (s.battery) {
                ++energy;
                lastWith = std::max(lastWith, s.start);
            } else {
                firstWithout = std::min(firstWithout, s.start);
            }
        }
        if (energy == sessions.size())
            ++withAll;
        else if (energy == 0)
            ++withNone;
        else
            ++partial;
        switch (scenario) {
        case FleetOptions::Scenario::BatteryEnergy:
            QCOMPARE(energy, sessions.size());
            break;
        case FleetOptions::Scenario::NoBatteryEnergy:
            QCOMPARE(energy, 0);
            break;
        case FleetOptions::Scenario::Overlapping:
            QVERIFY2(energy > 0 && energy < sessions.size(), qPrintable(u"%1 of %2"_s.arg(energy).arg(sessions.size())));
            QVERIFY(lastWith < firstWithout);
            break;
        case FleetOptions::Scenario::Mixed:
            if (energy > 0 && energy < sessions.size())
                QVERIFY(lastWith < firstWithout);
            break;
        }
    }
    if (scenario == FleetOptions::Scenario::Mixed) {
        // Every variant of the format is there, 2021 field names included
        // (this seed's fleet has a car old enough for a 2021 export).
        const auto anyFile = [&](const auto &test) { return std::any_of(tree.cbegin(), tree.cend(), test); };
        QVERIFY(anyFile([](const QByteArray &b) { return b.contains("\"energyChargedKwh\""); }));
        QVERIFY(anyFile([](const QByteArray &b) { return b.contains("\"next_token\""); }));
        QVERIFY(std::any_of(tree.keyBegin(), tree.keyEnd(), [](const QString &f) { return f.endsWith(u".zip"_s); }));
        QVERIFY(withAll > 0);
        QVERIFY(withNone > 0);
        QVERIFY(partial > 0);
    }
}

void TestFleetGenerator::physicsMatchesTruth()
{
    // 10 vehicles: a PHEV and a small battery are guaranteed.
    const QString out = path(u"fleet"_s);
    const auto truth = FleetGenerator::write(out, options(FleetOptions::Scenario::BatteryEnergy, 10, 7));
    QVERIFY2(truth, failure(truth).constData());
    Installation inst(path(u"data"_s));
    inst.import({QDir(out).filePath(u"exports"_s)});

    const BatteryCatalog &catalog = BatteryCatalog::builtIn();
    const qint64 exportTime = truth->options.exportDate.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    int phevs = 0;
    int small = 0;
    int shortTopUps = 0;
    QSet<QString> kinds;
    for (const VehicleTruth &v : truth->vehicles) {
        const auto entry = catalog.find(v.model);
        QVERIFY2(entry && entry->netKwh, qPrintable(v.model));
        QCOMPARE(*entry->netKwh, v.tableCapacityNewKwh);
        QVERIFY(std::abs(v.capacityNewKwh / v.tableCapacityNewKwh - 1) < 0.04);
        QVERIFY(v.capacityAtLastKwh < v.capacityNewKwh);
        QVERIFY(std::abs(FleetGenerator::trueCapacity(v, v.lastSessionTime, v.lastMileageKm) / v.capacityAtLastKwh - 1) < 1e-3);
        const double years = double(exportTime - v.startOfUse) / (365.25 * 86400);
        QVERIFY2(years >= 0.99 && years <= 5.01, qPrintable(QString::number(years)));
        const double perYear = v.lastMileageKm / years;
        QVERIFY2(perYear > 6000 && perYear < 50000, qPrintable(u"%1 km per year"_s.arg(perYear)));
        phevs += v.driveTrain == u"PHEV";
        small += entry->name.startsWith(u"i3"_s) || entry->name.startsWith(u"MINI"_s);

        const QList<StoredSession> sessions = sessionsOf(*inst.store, inst.anonymizer->vehicleKey(v.vin));
        QCOMPARE(sessions.size(), qsizetype(v.sessions));
        QList<double> capacityRatios;
        QMap<QString, QList<double>> efficiencies;
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const StoredSession &s = sessions[i];
            QVERIFY(s.socEnd >= s.socStart);
            QVERIFY(s.end > s.start);
            if (i > 0)
                QVERIFY(s.start > sessions[i - 1].end);
            QVERIFY(s.battery && s.grid && s.mileageKm);
            kinds.insert(s.kind);
            const double delta = s.socEnd - s.socStart;
            if (delta >= 5 && delta <= 15)
                ++shortTopUps;
            if (delta >= 40) {
                const double measured = *s.battery / (delta / 100);
                capacityRatios.append(measured / FleetGenerator::trueCapacity(v, s.start, *s.mileageKm));
            }
            if (!s.preconditioning && *s.grid > 0)
                efficiencies[s.kind].append(*s.battery / *s.grid);
        }
        if (v.driveTrain == u"PHEV")
            QVERIFY2(!efficiencies.contains(u"dc"_s), qPrintable(v.model));
        QVERIFY2(capacityRatios.size() >= 5, qPrintable(v.model));
        const double ratio = median(capacityRatios);
        QVERIFY2(std::abs(ratio - 1) < 0.04, qPrintable(u"%1: capacity ratio %2"_s.arg(v.model).arg(ratio)));
        const QMap<QString, double> expected = {
            {u"ac"_s, v.efficiencyAc}, {u"ac_low"_s, v.efficiencyAcLow}, {u"dc"_s, v.efficiencyDc}};
        for (auto it = efficiencies.cbegin(); it != efficiencies.cend(); ++it) {
            QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
            if (it.value().size() < 5)
                continue;
            const double e = median(it.value());
            QVERIFY2(std::abs(e / expected.value(it.key()) - 1) < 0.02,
                     qPrintable(u"%1 %2: %3 vs %4"_s.arg(v.model, it.key()).arg(e).arg(expected.value(it.key()))));
        }
    }
    QVERIFY(phevs > 0);
    QVERIFY(small > 0);
    QVERIFY(shortTopUps > 0);
    QCOMPARE(kinds, (QSet<QString>{u"ac"_s, u"ac_low"_s, u"dc"_s}));
}

void TestFleetGenerator::lossesFollowPowerWhenAsked()
{
    // With a fixed draw while charging, every AC session keeps
    // charger x (1 - aux / its power) of the grid energy: dividing that out
    // leaves each car's charger efficiency, whatever wallbox or socket it
    // used. Without (the default), the truth has none of it.
    FleetOptions o = options(FleetOptions::Scenario::BatteryEnergy, 8, 11);
    o.truth.chargerMin = 0.93;
    o.truth.chargerMax = 0.98;
    o.truth.auxKwMin = 0.2;
    o.truth.auxKwMax = 0.6;
    const QString out = path(u"fleet"_s);
    const auto truth = FleetGenerator::write(out, o);
    QVERIFY2(truth, failure(truth).constData());
    Installation inst(path(u"data"_s));
    inst.import({QDir(out).filePath(u"exports"_s)});
    QSet<double> wallboxes;
    int carsWithTwoPowers = 0;
    for (const VehicleTruth &v : truth->vehicles) {
        QVERIFY(v.auxKw >= 0.2 && v.auxKw <= 0.6);
        QVERIFY(v.chargerEfficiency >= 0.93 && v.chargerEfficiency <= 0.98);
        QVERIFY(v.homeAcKw >= 4.6 && v.homeAcKw <= 11.0);
        wallboxes.insert(v.homeAcKw);
        QList<double> chargers;
        QList<double> raw;
        QSet<int> powers;
        for (const StoredSession &s : sessionsOf(*inst.store, inst.anonymizer->vehicleKey(v.vin))) {
            if (s.kind == u"dc"_s || s.preconditioning || !s.avgPowerKw || *s.grid < 3)
                continue;
            chargers.append(*s.battery / *s.grid / (1 - v.auxKw / *s.avgPowerKw));
            raw.append(*s.battery / *s.grid);
            powers.insert(int(std::lround(*s.avgPowerKw)));
        }
        QVERIFY2(chargers.size() >= 5, qPrintable(v.model));
        // The taper and the plan's few % of power are not in the nominal
        // power the loss was drawn with: within 1.5 %.
        QVERIFY2(std::abs(median(chargers) / v.chargerEfficiency - 1) < 0.015,
                 qPrintable(u"%1: %2 vs %3"_s.arg(v.model).arg(median(chargers)).arg(v.chargerEfficiency)));
        carsWithTwoPowers += powers.size() > 1 ? 1 : 0;
        // Raw efficiencies do depend on power: the lowest-power sessions
        // keep less.
        QVERIFY(median(raw) < v.chargerEfficiency);
    }
    QVERIFY(carsWithTwoPowers >= 4);
    QVERIFY2(wallboxes.size() >= 2, "home wallboxes of more than one power");

    const auto plain = FleetGenerator::write(path(u"plain"_s), options(FleetOptions::Scenario::BatteryEnergy, 8, 11));
    QVERIFY2(plain, failure(plain).constData());
    for (const VehicleTruth &v : plain->vehicles)
        QVERIFY(v.auxKw == 0 && v.chargerEfficiency == 0 && v.homeAcKw == 0);
}

void TestFleetGenerator::modelNamesResolve()
{
    const BatteryCatalog &catalog = BatteryCatalog::builtIn();
    int generated = 0;
    for (const BatteryModel &model : catalog.models()) {
        const QStringList names = FleetGenerator::modelNameVariants(model.name);
        if (names.isEmpty())
            continue;
        ++generated;
        QVERIFY(model.netKwh);
        for (const QString &name : names) {
            const auto found = catalog.find(name);
            QVERIFY2(found, qPrintable(name));
            QCOMPARE(found->name, model.name);
        }
    }
    QCOMPARE(generated, 14);
}

void TestFleetGenerator::vinsAndFleetMix()
{
    static const QRegularExpression vinPattern(u"^(WBA|WBY|WMW)[A-HJ-NPR-Z0-9]{14}$"_s);
    for (quint64 seed : {3u, 4u, 5u}) {
        const auto truth = FleetGenerator::write(path(QString::number(seed)), options(FleetOptions::Scenario::Mixed, 10, seed));
        QVERIFY2(truth, failure(truth).constData());
        QSet<QString> vins;
        bool phev = false;
        bool small = false;
        for (const VehicleTruth &v : truth->vehicles) {
            QVERIFY2(vinPattern.match(v.vin).hasMatch(), qPrintable(v.vin));
            QVERIFY(v.vin.count(u'X') < 10);
            QVERIFY(!vins.contains(v.vin));
            vins.insert(v.vin);
            const auto entry = BatteryCatalog::builtIn().find(v.model);
            QVERIFY2(entry, qPrintable(v.model));
            QCOMPARE(v.vin.startsWith(u"WMW"_s), entry->name == u"MINI Cooper SE");
            QCOMPARE(v.driveTrain, entry->driveTrain);
            phev = phev || v.driveTrain == u"PHEV";
            small = small || entry->name.startsWith(u"i3"_s) || entry->name == u"MINI Cooper SE";
            if (v.driveTrain == u"PHEV")
                QCOMPARE(v.efficiencyDc, 0.0);
            for (const QString &file : v.files)
                QVERIFY2(!file.contains(u"truth"_s, Qt::CaseInsensitive), qPrintable(file));
        }
        QVERIFY(phev);
        QVERIFY(small);
    }
}

void TestFleetGenerator::truthRoundTrips()
{
    const QString out = path(u"fleet"_s);
    const auto truth = FleetGenerator::write(out, options(FleetOptions::Scenario::Overlapping, 3, 0xFFFFFFFFFFFFFFF1ull));
    QVERIFY2(truth, failure(truth).constData());
    const QByteArray json = TestSupport::readFile(QDir(out).filePath(u"truth.json"_s));
    QCOMPARE(json, truth->toJson());
    const auto back = FleetTruth::fromJson(json);
    QVERIFY2(back, failure(back).constData());
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->options.seed, 0xFFFFFFFFFFFFFFF1ull);
    QCOMPARE(back->options.scenario, FleetOptions::Scenario::Overlapping);
    QCOMPARE(back->options.exportDate, QDate(2025, 9, 1));
    QCOMPARE(back->vehicles.size(), 3);
    const VehicleTruth &a = truth->vehicles.first();
    const VehicleTruth &b = back->vehicles.first();
    QCOMPARE(b.vin, a.vin);
    QCOMPARE(b.files, a.files);
    QCOMPARE(b.capacityNewKwh, a.capacityNewKwh);
    QCOMPARE(b.capacityAtLastKwh, a.capacityAtLastKwh);
    QCOMPARE(b.lastSessionTime, a.lastSessionTime);
    QCOMPARE(FleetGenerator::trueCapacity(b, b.lastSessionTime, 20000), FleetGenerator::trueCapacity(a, a.lastSessionTime, 20000));

    QVERIFY(!FleetTruth::fromJson("not json"));
    QVERIFY(!FleetTruth::fromJson("{}"));
    QVERIFY(!FleetTruth::fromJson("[]"));
}

void TestFleetGenerator::replacesOnlyItsOwnFleet()
{
    const QString out = path(u"fleet"_s);
    QVERIFY(TestSupport::writeFile(QDir(out).filePath(u"exports/mine.txt"_s), "keep me"));
    const auto refused = FleetGenerator::write(out, options(FleetOptions::Scenario::Mixed, 2, 1));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"not a generated fleet"_s));
    QCOMPARE(TestSupport::readFile(QDir(out).filePath(u"exports/mine.txt"_s)), QByteArray("keep me"));

    const QString own = path(u"own"_s);
    QVERIFY(FleetGenerator::write(own, options(FleetOptions::Scenario::Mixed, 3, 1)));
    const QMap<QString, QByteArray> before = readTree(own);
    QVERIFY(FleetGenerator::write(own, options(FleetOptions::Scenario::Mixed, 1, 2)));
    QVERIFY(FleetGenerator::write(own, options(FleetOptions::Scenario::Mixed, 3, 1)));
    QCOMPARE(readTree(own), before);
}

QTEST_GUILESS_MAIN(TestFleetGenerator)
#include "tst_fleetgenerator.moc"
