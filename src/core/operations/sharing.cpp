// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sharing with other owners (docs/sharing.md): the bundle of one's own cars,
// coarsened where a field could say more than the fleet curve needs, and
// forgetting what one source shared.
#include "core/import/healthupdater.h"
#include "core/model/batteryreading.h"
#include "core/operations/operations.h"
#include "core/privacy/anonymizer.h"
#include "core/share/sharebundle.h"
#include "core/store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The day of a moment, in UTC: no time of day, no time zone.
QDate dayOf(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).date();
}

std::optional<double> roundedMileage(double km)
{
    if (std::isnan(km))
        return std::nullopt;
    return std::round(km / ShareFormat::mileageStepKm) * ShareFormat::mileageStepKm;
}

} // namespace

std::expected<ShareBundle, QString> Operations::shareBundle(const QStringList &vehicleKeys)
{
    auto anonymizer = openAnonymizer(false);
    if (!anonymizer)
        return std::unexpected(anonymizer.error());
    auto summaries = m_store->vehicles();
    if (!summaries)
        return std::unexpected(summaries.error());
    auto refs = m_store->vehicleRefs();
    if (!refs)
        return std::unexpected(refs.error());
    QHash<QString, qint64> idOf;
    for (const VehicleRef &ref : std::as_const(*refs))
        idOf.insert(ref.key, ref.id);

    QList<VehicleSummary> chosen;
    const QSet<QString> wanted(vehicleKeys.cbegin(), vehicleKeys.cend());
    for (const QString &key : wanted) {
        const auto it = std::find_if(summaries->cbegin(), summaries->cend(), [&](const VehicleSummary &v) { return v.key == key; });
        if (it == summaries->cend())
            return std::unexpected(u"no vehicle %1 in this database"_s.arg(key));
        if (it->shared())
            return std::unexpected(u"the vehicle %1 was shared by another owner: only your own cars can be shared"_s.arg(key));
        if (it->model.isEmpty())
            return std::unexpected(u"the vehicle %1 has no model, so it would join no fleet: set its model first "
                                   "(set-model)"_s.arg(key));
    }
    // A car without a model joins no model's fleet: it is left out.
    for (const VehicleSummary &v : std::as_const(*summaries)) {
        if (!v.shared() && !v.model.isEmpty() && (wanted.isEmpty() || wanted.contains(v.key)))
            chosen.append(v);
    }
    if (chosen.isEmpty())
        return std::unexpected(u"there is nothing to share: the database holds none of your own vehicles with a "
                               "known model"_s);

    ShareBundle bundle;
    bundle.source = anonymizer->shareSource();
    bundle.created = QDateTime::currentDateTimeUtc().date();
    for (const VehicleSummary &v : std::as_const(chosen)) {
        SharedVehicle shared;
        shared.id = anonymizer->shareId(v.key);
        shared.model = v.model;
        shared.driveTrain = v.driveTrain;
        shared.capacityNewKwh = v.capacityNewKwh ? v.capacityNewKwh : v.capacityNewOverrideKwh;
        auto sessions = m_store->healthSessions(idOf.value(v.key));
        if (!sessions)
            return std::unexpected(sessions.error());
        shared.sessions.reserve(sessions->size());
        for (const SessionForHealth &s : std::as_const(*sessions)) {
            SharedSession out;
            out.day = dayOf(s.startTime);
            out.mileageKm = roundedMileage(s.mileageKm);
            out.socStart = s.socStart;
            out.socEnd = s.socEnd;
            out.batteryKwh = s.batteryKwh;
            out.gridKwh = s.gridKwh;
            out.kind = s.kind == ChargingKind::Unknown ? QString() : chargingKindName(s.kind);
            out.preconditioning = s.preconditioning;
            shared.sessions.append(out);
        }
        auto readings = m_store->batteryReadings(v.key);
        if (!readings)
            return std::unexpected(readings.error());
        for (const BatteryReading &r : std::as_const(*readings))
            shared.readings.append({dayOf(r.time), batteryReadingKindName(r.kind), r.value});
        bundle.vehicles.append(std::move(shared));
    }
    return bundle;
}

std::expected<qint64, QString> Operations::writeBundle(const ShareBundle &bundle, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).suffix().compare(QLatin1StringView(ShareFormat::fileSuffix), Qt::CaseInsensitive) != 0)
        return std::unexpected(u"%1: a sharing bundle's name ends in .%2, so that the app and others recognize it"_s
                                   .arg(shown, QLatin1StringView(ShareFormat::fileSuffix)));
    const QByteArray bytes = bundle.toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(u"Cannot write the bundle %1: %2"_s.arg(shown, file.errorString()));
    return bytes.size();
}

std::expected<int, QString> Operations::forgetSource(const QString &source)
{
    if (auto writable = m_store->checkWritable(); !writable)
        return std::unexpected(writable.error());
    auto keys = m_store->sharedVehiclesOf(source);
    if (!keys)
        return std::unexpected(keys.error());
    if (keys->isEmpty())
        return std::unexpected(u"no vehicle shared from the source %1 in this database"_s.arg(source));
    {
        auto transaction = m_store->begin();
        if (!transaction)
            return std::unexpected(transaction.error());
        for (const QString &key : std::as_const(*keys)) {
            if (auto deleted = m_store->deleteVehicle(key); !deleted)
                return std::unexpected(deleted.error());
        }
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    if (auto erased = m_store->eraseDeletedBytes(); !erased)
        return std::unexpected(erased.error());
    if (auto updated = HealthUpdater(*m_store).updateStale(); !updated)
        return std::unexpected(u"the shared vehicles were forgotten, but the estimates of the other vehicles of their "
                               "models could not be updated: %1"_s.arg(updated.error()));
    return int(keys->size());
}
