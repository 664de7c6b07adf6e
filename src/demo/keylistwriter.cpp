// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/keylistwriter.h"

#include "demo/exportnames.h"
#include "demo/modelspecs.h"
#include "demo/random.h"
#include "demo/vehicle.h"

#include "core/read/timestamps.h"

using namespace Qt::StringLiterals;

namespace Demo::detail {

namespace {

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

// The factor by which a reading misses the BMS's belief: the car's
// systematic error, and noise drawn from the car and the moment (so that
// writing the same KeyList twice gives the same bytes).
double readingError(const Vehicle &v, qint64 time)
{
    double factor = 1 + v.truth.readingBias;
    if (v.readingNoise > 0) {
        Rng rng(qHash(v.truth.vin) ^ quint64(time));
        factor *= rng.normal(1.0, v.readingNoise);
    }
    return factor;
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

} // namespace

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
    x += telematicValue(de ? u"Marke"_s : u"Brand"_s, toString(m.brand));
    x += telematicValue(de ? u"Baureihe"_s : u"Development series"_s, toString(m.developmentSeries));
    x += telematicValue(de ? u"Serie"_s : u"Series"_s, toString(m.series));
    x += telematicValue(de ? u"Modellbezeichnung"_s : u"Model name"_s, v.truth.model);
    x += telematicValue(de ? u"Karosserie"_s : u"Body type"_s, toString(m.bodyType));
    x += telematicValue(de ? u"Antriebsart"_s : u"Drive train"_s, v.truth.driveTrain);
    x += telematicValue(de ? u"Antriebstyp"_s : u"Propulsion type"_s,
                        m.phev ? (de ? u"Plug-in-Hybrid"_s : u"Plug-in hybrid"_s) : (de ? u"Elektrisch"_s : u"Electric"_s));
    x += u"  </basicVehicleData>\n"_s;
    const double odometer = odometerAt(v, requestTime);
    const QString fetched = isoUtc(requestTime - 7200);
    if (v.keyListReading) {
        // What the BMS believes, as the car reports it: a real, direct but
        // biased health signal.
        QString energy = QString::number(round1(FleetGenerator::bmsCapacity(v.truth, requestTime, odometer)
                                                * readingError(v, requestTime)),
                                         'f', 1);
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

} // namespace Demo::detail
