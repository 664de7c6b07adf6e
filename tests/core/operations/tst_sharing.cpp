// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sharing bundles (docs/sharing.md), on both database backends: what a
// bundle holds (nothing personal of its inputs; only the allowed fields),
// that two installations cannot be linked, what importing one does (a
// duplicate, a newer and an older bundle, the user's own cars back, damaged
// and future bundles: exact outcomes, the database unchanged where it
// should be), and that the fleet bands of one own car and N shared ones are
// those of the same cars imported locally.
#include "core/operations/operations.h"
#include "core/share/sharebundle.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &relative)
{
    return TestSupport::fixture(relative);
}

// What the inputs hold that no bundle may: VINs, places, positions, times
// of day, file names. Taken from the inputs themselves, not from a list
// kept beside the code.
struct Personal
{
    QSet<QString> vins;
    QSet<QString> places;      // streets, municipalities, postal codes, addresses
    QSet<double> coordinates;  // latitudes and longitudes
    QSet<QString> fileNames;   // base names without their suffix
};

void collectJson(const QJsonValue &value, const QString &key, Personal &p)
{
    static const QRegularExpression place(u"street|municipal|city|postal|zip|address|town|house|district|country"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression position(u"latitude|longitude|^lat$|^lon$|^lng$"_s, QRegularExpression::CaseInsensitiveOption);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectJson(it.value(), it.key(), p);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectJson(v, key, p);
    } else if (value.isString() && place.match(key).hasMatch() && value.toString().trimmed().size() >= 3) {
        p.places.insert(value.toString().trimmed());
    } else if (value.isDouble() && position.match(key).hasMatch() && value.toDouble() != 0) {
        p.coordinates.insert(value.toDouble());
    }
}

Personal personalDataIn(const QStringList &roots)
{
    Personal p;
    static const QRegularExpression vin(u"[A-HJ-NPR-Z0-9]{17}"_s);
    static const QRegularExpression xmlPlace(
        u"<(\\w*(?:street|city|postal|town|latitude|longitude)\\w*)[^>]*>([^<]{3,})</"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            const QByteArray bytes = TestSupport::readFile(file.filePath());
            if (file.completeBaseName().size() >= 8)
                p.fileNames.insert(file.completeBaseName());
            for (const QString &text : {file.fileName(), QString::fromUtf8(bytes)}) {
                for (auto m = vin.globalMatch(text); m.hasNext();) {
                    const QString found = m.next().captured();
                    if (found.contains(QRegularExpression(u"[A-Z]"_s)) && found.contains(QRegularExpression(u"[0-9]"_s)))
                        p.vins.insert(found);
                }
            }
            if (file.suffix() == u"json")
                collectJson(QJsonDocument::fromJson(bytes).object(), QString(), p);
            if (file.suffix() == u"json" && QJsonDocument::fromJson(bytes).isArray())
                collectJson(QJsonDocument::fromJson(bytes).array(), QString(), p);
            if (file.suffix() == u"xml") {
                for (auto m = xmlPlace.globalMatch(QString::fromUtf8(bytes)); m.hasNext();) {
                    const auto match = m.next();
                    bool number = false;
                    const double d = match.captured(2).toDouble(&number);
                    if (number && d != 0)
                        p.coordinates.insert(d);
                    else if (!number)
                        p.places.insert(match.captured(2).trimmed());
                }
            }
        }
    }
    return p;
}

// Every place a number could be written in JSON: as the shortest text.
bool holdsNumber(const QByteArray &json, double value)
{
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    static const QByteArray digits = "0123456789.eE+-abcdfABCDF"; // (and the hex of the ids)
    for (qsizetype at = json.indexOf(text); at >= 0; at = json.indexOf(text, at + 1)) {
        const bool before = at > 0 && digits.contains(json.at(at - 1));
        const bool after = at + text.size() < json.size() && digits.contains(json.at(at + text.size()));
        if (!before && !after)
            return true;
    }
    return false;
}

// A charging history of whole days: each session at midnight UTC, mileage
// in hundreds of km, no power or duration (what a bundle keeps, exactly).
// Capacity fades with mileage at a rate the estimator never reads.
QByteArray dayHistory(quint32 seed, int sessions, double capacityNewKwh)
{
    QRandomGenerator rng(seed);
    const double fadePer10kKm = 0.006 + 0.012 * rng.generateDouble();
    QByteArray json = "[";
    qint64 day = 1672531200 + qint64(rng.bounded(200)) * 86400; // from 2023-01-01
    double km = 100 * rng.bounded(5, 50);
    for (int i = 0; i < sessions; ++i) {
        day += 86400 * (2 + rng.bounded(5));
        km += 100 * (1 + rng.bounded(6));
        const int socStart = 10 + int(rng.bounded(40));
        const int socEnd = 80 + int(rng.bounded(21));
        const double capacity = capacityNewKwh * (1 - fadePer10kKm * km / 10000);
        const double battery = std::round(capacity * (socEnd - socStart) / 100 * (1 + 0.01 * (rng.generateDouble() - 0.5)) * 1000) / 1000;
        const double grid = std::round(battery / (0.88 + 0.04 * rng.generateDouble()) * 1000) / 1000;
        json += (i ? ",\n" : "") + QByteArray("{\"startTime\":") + QByteArray::number(day)
                + ",\"endTime\":" + QByteArray::number(day + 3 * 3600) + ",\"displayedStartSoc\":"
                + QByteArray::number(socStart) + ",\"displayedSoc\":" + QByteArray::number(socEnd)
                + ",\"energyConsumedFromPowerGridKwh\":" + QByteArray::number(grid)
                + ",\"energyIncreaseHvbKwh\":" + QByteArray::number(battery)
                + ",\"mileage\":" + QByteArray::number(km, 'f', 0) + "}";
    }
    return json + "]";
}

QString exportName(int car)
{
    return u"BMW-CarData-Ladehistorie_WBY71AW010FP8%1_01-01-2025.json"_s.arg(1000 + car);
}

} // namespace

class TestSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bundlesHoldNothingPersonal();
    void writerEmitsOnlyTheAllowedFields();
    void twoInstallationsCannotBeLinked();
    void importOutcomes();
    void damagedAndFutureBundlesChangeNothing();
    void bandsOfSharedCarsEqualLocalOnes();

private:
    // An installation of its own: a data folder and its database.
    struct Installation
    {
        QString dir;
        std::unique_ptr<TestDatabase> database;
        std::unique_ptr<Operations> ops;
    };
    Installation &installation(const QString &name);
    ImportRun import(Installation &inst, const QStringList &paths, const QString &model = {});
    QString share(Installation &inst, const QString &name, const QStringList &keys = {});
    QList<QJsonObject> vehiclesJson(Installation &inst);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::map<QString, Installation> m_installations;
};

void TestSharing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSharing::cleanup()
{
    for (auto &[name, inst] : m_installations)
        inst.ops.reset(); // before its database goes
    m_installations.clear();
    m_dir.reset();
}

TestSharing::Installation &TestSharing::installation(const QString &name)
{
    auto it = m_installations.find(name);
    if (it != m_installations.end())
        return it->second;
    Installation inst;
    inst.dir = m_dir->filePath(name);
    QDir().mkpath(inst.dir);
    inst.database = std::make_unique<TestDatabase>(inst.dir);
    auto ops = Operations::open(inst.dir);
    if (!ops)
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(ops.error()));
    inst.ops = std::move(*ops);
    return m_installations.emplace(name, std::move(inst)).first->second;
}

ImportRun TestSharing::import(Installation &inst, const QStringList &paths, const QString &model)
{
    ImportOptions options;
    options.modelFallback = model;
    auto run = inst.ops->importPaths(paths, options);
    if (!run)
        qFatal("import failed: %s", qPrintable(run.error()));
    return *run;
}

QString TestSharing::share(Installation &inst, const QString &name, const QStringList &keys)
{
    const auto bundle = inst.ops->shareBundle(keys);
    if (!bundle)
        qFatal("cannot share: %s", qPrintable(bundle.error()));
    const QString path = m_dir->filePath(name);
    if (const auto written = Operations::writeBundle(*bundle, path); !written)
        qFatal("cannot write: %s", qPrintable(written.error()));
    return path;
}

QList<QJsonObject> TestSharing::vehiclesJson(Installation &inst)
{
    QList<QJsonObject> list;
    const auto vehicles = inst.ops->vehicles();
    if (!vehicles)
        qFatal("cannot list: %s", qPrintable(vehicles.error()));
    for (const VehicleSummary &v : *vehicles)
        list.append(QJsonObject{{u"key"_s, v.key},          {u"shared"_s, v.shared()},       {u"source"_s, v.sharedSource},
                                {u"model"_s, v.model},      {u"sessions"_s, v.sessions},     {u"capacity"_s, v.capacityKwh.value_or(-1)},
                                {u"mileage"_s, v.mileageKm.value_or(-1)}});
    return list;
}

void TestSharing::bundlesHoldNothingPersonal()
{
    // Every fixture, and a generated fleet with addresses and positions.
    const QString fleet = m_dir->filePath(u"fleet"_s);
    const auto demo = TestSupport::runCli({u"demo"_s, u"--out"_s, fleet, u"--vehicles"_s, u"12"_s, u"--seed"_s, u"3"_s},
                                          m_dir->path());
    QCOMPARE(demo.exitCode, 0);
    const QStringList inputs{TestSupport::fixture(QString()), QDir(fleet).filePath(u"exports"_s)};
    const Personal personal = personalDataIn(inputs);
    // The scan has something to find: the inputs are full of it.
    QVERIFY2(personal.vins.size() >= 10, qPrintable(QString::number(personal.vins.size())));
    QVERIFY2(personal.places.size() >= 5, qPrintable(QStringList(personal.places.cbegin(), personal.places.cend()).join(u", ")));
    QVERIFY2(personal.coordinates.size() >= 4, qPrintable(QString::number(personal.coordinates.size())));

    Installation &sharer = installation(u"sharer"_s);
    import(sharer, {TestSupport::fixture(QString())}, u"i4 eDrive40"_s); // (bad fixtures fail: their own test's business)
    import(sharer, {QDir(fleet).filePath(u"exports"_s)});
    const QString path = share(sharer, u"all.cdshare"_s);
    const QByteArray bytes = TestSupport::readFile(path);
    const QByteArray lower = bytes.toLower();
    const auto bundle = ShareBundle::parse(bytes);
    QVERIFY2(bundle, qPrintable(TestSupport::errorText(bundle)));
    QVERIFY2(bundle->vehicles.size() >= 15 && bundle->sessionCount() > 1000,
             qPrintable(u"%1 vehicles, %2 sessions"_s.arg(bundle->vehicles.size()).arg(bundle->sessionCount())));

    int hits = 0;
    const auto forbid = [&](const QString &what, const QByteArray &needle) {
        if (lower.contains(needle.toLower())) {
            ++hits;
            qWarning("the bundle holds %s: %s", qPrintable(what), needle.constData());
        }
    };
    for (const QString &vin : personal.vins)
        forbid(u"a VIN"_s, vin.toLatin1());
    const auto sharerVehicles = sharer.ops->vehicles();
    QVERIFY(sharerVehicles);
    for (const VehicleSummary &v : *sharerVehicles)
        forbid(u"a vehicle key"_s, v.key.toLatin1());
    // Places are text: looked for in the bundle's texts (a postal code's
    // digits may well be some car's mileage), the random hex of the ids
    // aside (an HMAC's digits may well hold a postal code's).
    QStringList texts;
    static const QRegularExpression hexId(u"^[0-9a-f]{32}$"_s);
    const std::function<void(const QJsonValue &)> collectTexts = [&](const QJsonValue &v) {
        if (v.isString() && !hexId.match(v.toString()).hasMatch())
            texts.append(v.toString());
        for (const QJsonValue &item : v.toArray())
            collectTexts(item);
        for (const QJsonValue &item : v.toObject())
            collectTexts(item);
    };
    collectTexts(QJsonDocument::fromJson(bytes).object());
    QVERIFY(texts.size() > 1000);
    const QString allTexts = texts.join(u'\n').toLower();
    for (const QString &place : personal.places) {
        if (allTexts.contains(place.toLower())) {
            ++hits;
            qWarning("the bundle holds a place: %s", qPrintable(place));
        }
    }
    for (const QString &name : personal.fileNames)
        forbid(u"a file name"_s, name.toUtf8());
    for (const char *word : {"Ladehistorie", "ChargingHistory", "Europe/", "KeyList"})
        forbid(u"a file name or time zone"_s, word);
    for (double c : personal.coordinates) {
        if (holdsNumber(bytes, c)) {
            ++hits;
            qWarning("the bundle holds a coordinate: %g", c);
        }
    }
    // No time of day at all, in any form a timestamp takes: no clock
    // time, no ISO date with a time, no number as large as a Unix time.
    static const QRegularExpression timeOfDay(u"\\d{2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}[T ]\\d"_s);
    const auto time = timeOfDay.match(QString::fromUtf8(bytes));
    if (time.hasMatch()) {
        ++hits;
        qWarning("the bundle holds a time: %s", qPrintable(time.captured()));
    }
    for (const SharedVehicle &v : bundle->vehicles) {
        for (const SharedSession &s : v.sessions) {
            for (const std::optional<double> &n : {s.mileageKm, s.batteryKwh, s.gridKwh}) {
                if (n && *n >= 1e8) {
                    ++hits;
                    qWarning("the bundle holds a number as large as a time: %g", *n);
                }
            }
        }
    }
    QCOMPARE(hits, 0);
}

void TestSharing::writerEmitsOnlyTheAllowedFields()
{
    // The allowed fields, written here and not taken from the writer.
    const QSet<QString> root{u"format"_s, u"version"_s, u"source"_s, u"created"_s, u"session_fields"_s, u"reading_fields"_s,
                             u"vehicles"_s};
    const QSet<QString> vehicle{u"id"_s, u"model"_s, u"drive_train"_s, u"capacity_new_kwh"_s, u"sessions"_s, u"readings"_s};
    const QStringList sessionFields{u"day"_s,        u"mileage_km"_s, u"soc_start"_s, u"soc_end"_s,
                                    u"battery_kwh"_s, u"grid_kwh"_s,   u"kind"_s,      u"preconditioning"_s};
    const QStringList readingFields{u"day"_s, u"kind"_s, u"value"_s};

    Installation &sharer = installation(u"sharer"_s);
    import(sharer, {fixture(u"current"_s), fixture(u"variants"_s), fixture(u"api"_s), fixture(u"keylist"_s)});
    const QJsonObject doc = QJsonDocument::fromJson(TestSupport::readFile(share(sharer, u"b.cdshare"_s))).object();
    const QStringList rootKeys = doc.keys();
    QCOMPARE(QSet<QString>(rootKeys.cbegin(), rootKeys.cend()), root);
    QCOMPARE(doc[u"session_fields"_s].toVariant().toStringList(), sessionFields);
    QCOMPARE(doc[u"reading_fields"_s].toVariant().toStringList(), readingFields);
    static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression id(u"^[0-9a-f]{32}$"_s);
    QVERIFY(id.match(doc[u"source"_s].toString()).hasMatch());
    QVERIFY(day.match(doc[u"created"_s].toString()).hasMatch());
    int sessions = 0;
    int readings = 0;
    for (const QJsonValue &v : doc[u"vehicles"_s].toArray()) {
        const QStringList keys = v.toObject().keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), vehicle);
        QVERIFY(id.match(v[u"id"_s].toString()).hasMatch());
        for (const QJsonValue &s : v[u"sessions"_s].toArray()) {
            const QJsonArray row = s.toArray();
            QCOMPARE(row.size(), sessionFields.size());
            QVERIFY2(day.match(row[0].toString()).hasMatch(), qPrintable(row[0].toString()));
            QVERIFY(row[1].isNull() || std::fmod(row[1].toDouble(), 100) == 0);
            const QStringList kinds{u"ac_low"_s, u"ac"_s, u"dc"_s};
            QVERIFY(row[6].isNull() || kinds.contains(row[6].toString()));
            QVERIFY(row[7].isNull() || row[7].isBool());
            ++sessions;
        }
        for (const QJsonValue &r : v[u"readings"_s].toArray()) {
            QCOMPARE(r.toArray().size(), readingFields.size());
            QVERIFY(day.match(r.toArray()[0].toString()).hasMatch());
            ++readings;
        }
    }
    QVERIFY(sessions > 10);
    QVERIFY(readings > 0);
}

void TestSharing::twoInstallationsCannotBeLinked()
{
    Installation &a = installation(u"a"_s);
    Installation &b = installation(u"b"_s);
    import(a, {fixture(u"current"_s)});
    import(b, {fixture(u"current"_s)});
    const QString keyA = a.ops->vehicles()->first().key;
    const QString keyB = b.ops->vehicles()->first().key;
    QVERIFY(keyA != keyB);
    const auto bundleA = ShareBundle::parse(TestSupport::readFile(share(a, u"a.cdshare"_s)));
    const auto bundleB = ShareBundle::parse(TestSupport::readFile(share(b, u"b.cdshare"_s)));
    QVERIFY(bundleA && bundleB);
    QCOMPARE(bundleA->vehicles.size(), 1);
    QVERIFY(bundleA->vehicles.first().id != bundleB->vehicles.first().id);
    QVERIFY(bundleA->source != bundleB->source);
    // Neither names its car by a key either installation keeps.
    for (const QString &key : {keyA, keyB}) {
        QVERIFY(!bundleA->vehicles.first().id.contains(key));
        QVERIFY(!bundleB->vehicles.first().id.contains(key));
    }
    // The same car and installation shared again: the same id.
    const auto again = ShareBundle::parse(TestSupport::readFile(share(a, u"a2.cdshare"_s)));
    QCOMPARE(again->vehicles.first().id, bundleA->vehicles.first().id);
    // Each installation's own bundle is the same data, whoever shares it.
    QCOMPARE(bundleA->vehicles.first().sessions, bundleB->vehicles.first().sessions);
}

void TestSharing::importOutcomes()
{
    Installation &a = installation(u"a"_s);
    Installation &b = installation(u"b"_s);
    import(a, {fixture(u"current"_s)});
    import(b, {fixture(u"api"_s)}, u"MINI Cooper SE"_s);
    const QString first = share(a, u"first.cdshare"_s);
    const int ownSessions = int(a.ops->vehicles()->first().sessions);

    // Into another installation: one shared vehicle beside its own.
    ImportRun run = import(b, {first});
    QCOMPARE(run.files.first().status, FileImportResult::Status::Imported);
    QCOMPARE(run.files.first().vehicles.size(), 1);
    QCOMPARE(run.files.first().vehicles.first().sessionsNew, ownSessions);
    const QList<QJsonObject> afterFirst = vehiclesJson(b);
    QCOMPARE(afterFirst.size(), 2);
    QCOMPARE(afterFirst[0][u"shared"_s].toBool(), false);
    QCOMPARE(afterFirst[1][u"shared"_s].toBool(), true); // listed after the user's own
    QCOMPARE(afterFirst[1][u"source"_s].toString(), ShareBundle::parse(TestSupport::readFile(first))->source);
    QCOMPARE(afterFirst[1][u"sessions"_s].toInt(), ownSessions);
    QVERIFY(afterFirst[1][u"capacity"_s].toDouble() > 0); // estimated like any car

    // The same bundle again: a duplicate, nothing changes.
    run = import(b, {first});
    QCOMPARE(run.files.first().status, FileImportResult::Status::Duplicate);
    QCOMPARE(vehiclesJson(b), afterFirst);

    // The user's own bundle back: recognized, skipped, nothing changes.
    const QList<QJsonObject> ownBefore = vehiclesJson(a);
    run = import(a, {first});
    QCOMPARE(run.files.first().status, FileImportResult::Status::Duplicate);
    QVERIFY2(run.files.first().vehicles.first().note.contains(u"one of your own cars"_s),
             qPrintable(run.files.first().vehicles.first().note));
    QCOMPARE(vehiclesJson(a), ownBefore);

    // A newer bundle of the same car (more sessions): replaces the older.
    const QString later = m_dir->filePath(u"BMW-CarData-Ladehistorie_WBY71AW010FP87013_01-01-2026.json"_s);
    QVERIFY(TestSupport::writeFile(later, TestSupport::longChargingHistory(5)));
    import(a, {later});
    const int moreSessions = int(a.ops->vehicles()->first().sessions);
    QVERIFY(moreSessions > ownSessions);
    const QString newer = share(a, u"newer.cdshare"_s);
    run = import(b, {newer});
    QCOMPARE(run.files.first().status, FileImportResult::Status::Imported);
    const QList<QJsonObject> afterNewer = vehiclesJson(b);
    QCOMPARE(afterNewer.size(), 2); // the same car, not a second one
    QCOMPARE(afterNewer[1][u"key"_s], afterFirst[1][u"key"_s]);
    QCOMPARE(afterNewer[1][u"sessions"_s].toInt(), moreSessions);

    // An older one after it (written a month before): skipped, nothing changes.
    QJsonObject older = QJsonDocument::fromJson(TestSupport::readFile(first)).object();
    older[u"created"_s] = QDate::fromString(older[u"created"_s].toString(), Qt::ISODate).addDays(-30).toString(Qt::ISODate);
    const QString olderPath = m_dir->filePath(u"older.cdshare"_s);
    QVERIFY(TestSupport::writeFile(olderPath, QJsonDocument(older).toJson(QJsonDocument::Compact)));
    run = import(b, {olderPath});
    QCOMPARE(run.files.first().status, FileImportResult::Status::Duplicate);
    QVERIFY2(run.files.first().vehicles.first().note.contains(u"came in a newer bundle before"_s),
             qPrintable(run.files.first().vehicles.first().note));
    QCOMPARE(vehiclesJson(b), afterNewer);

    // Removed per source; a shared car alone with forget.
    const auto removed = b.ops->forgetSource(afterNewer[1][u"source"_s].toString());
    QVERIFY2(removed, qPrintable(TestSupport::errorText(removed)));
    QCOMPARE(*removed, 1);
    QCOMPARE(vehiclesJson(b).size(), 1);
    QVERIFY(!b.ops->forgetSource(afterNewer[1][u"source"_s].toString()));
    import(b, {newer});
    QCOMPARE(vehiclesJson(b).size(), 2);
    QVERIFY(b.ops->forget(afterNewer[1][u"key"_s].toString()));
    QCOMPARE(vehiclesJson(b).size(), 1);
    // Only one's own cars are shared.
    import(b, {newer});
    const auto refused = b.ops->shareBundle({afterNewer[1][u"key"_s].toString()});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"only your own cars can be shared"_s), qPrintable(refused.error()));
    const auto onlyOwn = b.ops->shareBundle({});
    QVERIFY(onlyOwn);
    QCOMPARE(onlyOwn->vehicles.size(), 1);

    // A capacity when new the sharer set goes with the car; the model
    // table's does not need to (the receiver's table gives it).
    Installation &c = installation(u"c"_s);
    const QString ownKey = a.ops->vehicles()->first().key;
    QVERIFY(a.ops->setCapacityNew(ownKey, 79.5));
    import(c, {share(a, u"override.cdshare"_s)});
    const auto received = c.ops->vehicles();
    QVERIFY(received && received->size() == 1);
    QCOMPARE(received->first().capacityNewOverrideKwh, std::optional<double>(79.5));
    Installation &d = installation(u"d"_s);
    import(d, {first}); // shared with the table's value
    const auto plain = d.ops->vehicles();
    QVERIFY(plain && plain->size() == 1);
    QCOMPARE(plain->first().capacityNewOverrideKwh, std::optional<double>());
    QCOMPARE(plain->first().capacityNewSource, u"table"_s);
}

void TestSharing::damagedAndFutureBundlesChangeNothing()
{
    Installation &a = installation(u"a"_s);
    Installation &b = installation(u"b"_s);
    import(a, {fixture(u"current"_s)});
    import(b, {fixture(u"api"_s)});
    const QByteArray good = TestSupport::readFile(share(a, u"good.cdshare"_s));
    const QList<QJsonObject> before = vehiclesJson(b);

    QJsonObject future = QJsonDocument::fromJson(good).object();
    future[u"version"_s] = 2;
    QJsonObject outOfRange = QJsonDocument::fromJson(good).object();
    QJsonArray vehicles = outOfRange[u"vehicles"_s].toArray();
    QJsonObject v0 = vehicles[0].toObject();
    QJsonArray sessions = v0[u"sessions"_s].toArray();
    QJsonArray row = sessions[2].toArray();
    row[2] = 150;
    sessions[2] = row;
    v0[u"sessions"_s] = sessions;
    vehicles[0] = v0;
    outOfRange[u"vehicles"_s] = vehicles;
    QJsonObject extra = QJsonDocument::fromJson(good).object();
    QJsonObject v1 = extra[u"vehicles"_s].toArray()[0].toObject();
    v1[u"vin"_s] = u"WBY71AW010FP87013"_s;
    extra[u"vehicles"_s] = QJsonArray{v1};

    const QList<std::pair<QByteArray, QString>> cases = {
        {good.left(good.size() / 2), u"is damaged: not valid JSON ("_s},
        {QJsonDocument(future).toJson(), u"was written by a newer version of CarData Battery Health (bundle format 2; "
                                         "this version reads up to 1): update the app to import it"_s},
        {QJsonDocument(outOfRange).toJson(), u"is damaged: vehicle 0, session 2: soc_start is not a number from 0 to 100"_s},
        {QJsonDocument(extra).toJson(), u"is damaged: vehicle 0: has a field this version does not know (\"vin\")"_s},
        {"{\"format\":\"something-else\"}", u"is not a CarData Battery Health sharing bundle"_s},
    };
    int n = 0;
    for (const auto &[bytes, expected] : cases) {
        const QString path = m_dir->filePath(u"case-%1.cdshare"_s.arg(n++));
        QVERIFY(TestSupport::writeFile(path, bytes));
        const ImportRun run = import(b, {path});
        QCOMPARE(run.files.first().status, FileImportResult::Status::Error);
        QVERIFY2(run.files.first().error.startsWith(u"case-%1.cdshare %2"_s.arg(n - 1).arg(expected)),
                 qPrintable(run.files.first().error));
        QCOMPARE(vehiclesJson(b), before);
    }
    // The good one still imports afterwards.
    QCOMPARE(import(b, {m_dir->filePath(u"good.cdshare"_s)}).files.first().status, FileImportResult::Status::Imported);
}

void TestSharing::bandsOfSharedCarsEqualLocalOnes()
{
    // Seven cars of one model; hidden fade rates drawn per car by the
    // generator. The local installation imports all seven; one owner has
    // car 0 and the six others' bundle.
    const QString model = u"i4 eDrive40"_s;
    QStringList files;
    for (int car = 0; car < 7; ++car) {
        const QString path = m_dir->filePath(exportName(car));
        QVERIFY(TestSupport::writeFile(path, dayHistory(quint32(100 + car), 90, 80.7)));
        files.append(path);
    }
    Installation &local = installation(u"local"_s);
    Installation &sharer = installation(u"sharer"_s);
    Installation &owner = installation(u"owner"_s);
    import(local, files, model);
    import(sharer, files.mid(1), model);
    import(owner, {files.first()}, model);
    const ImportRun run = import(owner, {share(sharer, u"six.cdshare"_s)});
    QCOMPARE(run.files.first().status, FileImportResult::Status::Imported);
    QCOMPARE(run.files.first().vehicles.size(), 6);

    for (const FleetBands::Axis axis : {FleetBands::Axis::Mileage, FleetBands::Axis::Age}) {
        const auto localBands = local.ops->streamHealth({}, axis, [](const VehicleHealthView &) {});
        const auto ownerBands = owner.ops->streamHealth({}, axis, [](const VehicleHealthView &) {});
        QVERIFY(localBands && ownerBands);
        QCOMPARE(localBands->size(), 1);
        QCOMPARE(ownerBands->size(), 1);
        const ModelBands &l = localBands->first();
        const ModelBands &o = ownerBands->first();
        QCOMPARE(l.ownVehicles, 7);
        QCOMPARE(l.sharedVehicles, 0);
        QCOMPARE(o.ownVehicles, 1);
        QCOMPARE(o.sharedVehicles, 6);
        QCOMPARE(o.provenance(), u"i4 eDrive40: 7 vehicle(s) (1 yours, 6 shared)"_s);
        QVERIFY2(l.bands.size() >= 3, qPrintable(QString::number(l.bands.size())));
        QCOMPARE(o.bands.size(), l.bands.size());
        for (qsizetype i = 0; i < l.bands.size(); ++i) {
            const FleetBand &x = l.bands[i];
            const FleetBand &y = o.bands[i];
            QCOMPARE(y.binStart, x.binStart);
            QCOMPARE(y.vehicles, x.vehicles);
            QVERIFY2(std::fabs(y.medianKwh - x.medianKwh) < 1e-9 && std::fabs(y.p10Kwh - x.p10Kwh) < 1e-9
                         && std::fabs(y.p90Kwh - x.p90Kwh) < 1e-9,
                     qPrintable(u"bin %1: %2 %3 %4 against %5 %6 %7"_s.arg(x.binStart)
                                    .arg(y.medianKwh).arg(y.p10Kwh).arg(y.p90Kwh)
                                    .arg(x.medianKwh).arg(x.p10Kwh).arg(x.p90Kwh)));
            QCOMPARE(y.medianSoh.has_value(), x.medianSoh.has_value());
            if (x.medianSoh)
                QVERIFY(std::fabs(*y.medianSoh - *x.medianSoh) < 1e-9);
        }
    }
}

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"
