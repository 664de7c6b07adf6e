#include "cli/cli.h"

#include "core/privacy/anonymizer.h"
#include "core/store/datalocation.h"
#include "demo/fleetgenerator.h"
#include "core/report/healthquery.h"
#include "core/import/healthupdater.h"
#include "core/import/importer.h"
#include "core/store/store.h"
#include "core/read/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString commandsHelp = u"Commands:\n"
                             "  import [--model NAME] [--vehicle KEY] [--json] PATH...\n"
                             "                         import charging-history .json files, CarData .zip\n"
                             "                         archives or folders holding them\n"
                             "  vehicles [--json]      list the vehicles in the database\n"
                             "  set-model VEHICLE NAME set a vehicle's model (empty NAME: unknown)\n"
                             "  set-capacity VEHICLE KWH|auto\n"
                             "                         set the vehicle's capacity when new, or use the model table\n"
                             "  forget VEHICLE         delete every trace of a vehicle\n"
                             "  health [--model NAME] [--vehicle KEY] [--by mileage|date] [--csv|--json]\n"
                             "                         capacity points, trends and fleet bands\n"
                             "  demo --out DIR [--vehicles N] [--seed S] [--scenario NAME]\n"
                             "                         write a synthetic fleet of exports with its truth\n"_s;

QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template<typename T>
QJsonValue jsonOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue rounded(const std::optional<double> &value, int decimals)
{
    if (!value)
        return QJsonValue::Null;
    const double f = std::pow(10.0, decimals);
    return std::round(*value * f) / f;
}

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString dateOrDash(const std::optional<qint64> &t)
{
    return t ? isoUtc(*t).left(10) : u"-"_s;
}

} // namespace

// A subcommand parser that also accepts the global --data-dir after the
// command name.
struct SubParser
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{u"data-dir"_s, u"Data folder (database and secret)."_s, u"DIR"_s};
    QCommandLineOption help{{u"h"_s, u"help"_s}, u"Show this help."_s};

    SubParser()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(dataDir);
        parser.addOption(help);
    }
};

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments)), m_out(out), m_err(err)
{
}

QString Cli::dataDir() const
{
    return m_dataDir.isEmpty() ? DataLocation::defaultDataDir() : m_dataDir;
}

std::optional<int> Cli::parse(SubParser &sub, const QStringList &args)
{
    if (!sub.parser.parse(args))
        return usage(sub.parser.errorText());
    if (sub.parser.isSet(sub.help)) {
        m_out << sub.parser.helpText();
        return Success;
    }
    if (sub.parser.isSet(sub.dataDir))
        m_dataDir = sub.parser.value(sub.dataDir);
    return std::nullopt;
}

std::unique_ptr<Store> Cli::openStore()
{
    auto store = Store::open(dataDir());
    if (!store) {
        m_err << store.error() << '\n';
        return nullptr;
    }
    return std::move(*store);
}

int Cli::usage(const QString &message)
{
    m_err << "cardata-health-cli: " << message << "\n"
          << "Try 'cardata-health-cli --help'.\n";
    m_err.flush();
    return UsageError;
}

int Cli::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Battery health from BMW CarData exports.\n\n"_s + commandsHelp);
    QCommandLineOption dataDirOption(u"data-dir"_s, u"Data folder (database and installation secret). Default: "_s
                                                        + DataLocation::defaultDataDir(),
                                     u"DIR"_s);
    parser.addOption(dataDirOption);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"What to do (see Commands)."_s, u"COMMAND [ARGS...]"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(m_arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    m_dataDir = parser.value(dataDirOption);
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usage(u"no command given"_s);
    const QString command = rest.takeFirst();
    rest.prepend(command);
    if (command == u"import")
        return importCommand(rest);
    if (command == u"vehicles")
        return vehiclesCommand(rest);
    if (command == u"forget")
        return forgetCommand(rest);
    if (command == u"set-model")
        return setModelCommand(rest);
    if (command == u"set-capacity")
        return setCapacityCommand(rest);
    if (command == u"health")
        return healthCommand(rest);
    if (command == u"demo")
        return demoCommand(rest);
    return usage(u"unknown command '%1'"_s.arg(command));
}

int Cli::importCommand(const QStringList &args)
{
    SubParser sub;
    QCommandLineOption modelOption(u"model"_s, u"Model name for vehicles whose export does not say it."_s, u"NAME"_s);
    QCommandLineOption vehicleOption(u"vehicle"_s, u"Existing vehicle key for files that name no VIN."_s, u"KEY"_s);
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per file (and vehicle) per line."_s);
    sub.parser.addOptions({modelOption, vehicleOption, jsonOption});
    sub.parser.addPositionalArgument(u"PATH"_s, u"Files or folders."_s, u"PATH..."_s);
    if (const auto done = parse(sub, args))
        return *done;
    const QStringList paths = sub.parser.positionalArguments();
    if (paths.isEmpty())
        return usage(u"import needs at least one file or folder"_s);

    auto store = openStore();
    if (!store)
        return Failure;
    auto anonymizer = Anonymizer::open(dataDir(), store->hasVehicles());
    if (!anonymizer) {
        m_err << anonymizer.error() << '\n';
        return Failure;
    }
    ImportOptions options;
    options.modelFallback = sub.parser.value(modelOption);
    options.vehicleKey = sub.parser.value(vehicleOption);
    if (!options.vehicleKey.isEmpty() && !store->vehicle(options.vehicleKey)) {
        m_err << "no vehicle " << options.vehicleKey << " in this database\n";
        return UsageError;
    }
    const bool json = sub.parser.isSet(jsonOption);

    bool anyError = false;
    Importer importer(*store, *anonymizer);
    importer.importPaths(paths, options, {}, [&](const FileImportResult &result) {
        anyError |= result.status == FileImportResult::Status::Error;
        const QString status = FileImportResult::statusName(result.status);
        if (json) {
            QJsonObject base{{u"file"_s, result.file},
                             {u"status"_s, status},
                             {u"vehicle"_s, QJsonValue::Null},
                             {u"model"_s, QJsonValue::Null},
                             {u"sessions_new"_s, 0},
                             {u"sessions_duplicate"_s, 0},
                             {u"sessions_rejected"_s, 0},
                             {u"error"_s, jsonOrNull(result.error)}};
            if (result.vehicles.isEmpty())
                m_out << line(base) << '\n';
            for (const VehicleImport &v : result.vehicles) {
                QJsonObject o = base;
                o[u"vehicle"_s] = v.vehicleKey;
                o[u"model"_s] = jsonOrNull(v.model);
                o[u"sessions_new"_s] = v.sessionsNew;
                o[u"sessions_duplicate"_s] = v.sessionsDuplicate;
                o[u"sessions_rejected"_s] = v.sessionsRejected;
                QJsonArray rejected;
                for (const RecordRejection &r : v.rejections)
                    rejected.append(QJsonObject{{u"index"_s, qint64(r.index)}, {u"reason"_s, r.reason}});
                o[u"rejected"_s] = rejected;
                o[u"note"_s] = jsonOrNull(v.note);
                m_out << line(o) << '\n';
            }
        } else {
            if (result.status == FileImportResult::Status::Error) {
                m_out << "error      " << result.error << '\n';
            }
            for (const VehicleImport &v : result.vehicles) {
                m_out << status.leftJustified(10) << ' ' << result.file << "\n           vehicle " << v.vehicleKey
                      << " (" << (v.model.isEmpty() ? u"model unknown: set it with set-model"_s : v.model) << ")";
                if (result.status == FileImportResult::Status::Imported)
                    m_out << ": " << v.sessionsNew << " new, " << v.sessionsDuplicate << " duplicate, "
                          << v.sessionsRejected << " rejected";
                m_out << '\n';
                for (const RecordRejection &r : v.rejections)
                    m_out << "           record at index " << r.index << " skipped: " << r.reason << '\n';
                if (!v.note.isEmpty())
                    m_out << "           note: " << v.note << '\n';
            }
        }
        m_out.flush();
    });
    return anyError ? Failure : Success;
}

int Cli::vehiclesCommand(const QStringList &args)
{
    SubParser sub;
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per vehicle per line."_s);
    sub.parser.addOption(jsonOption);
    if (const auto done = parse(sub, args))
        return *done;
    if (!sub.parser.positionalArguments().isEmpty())
        return usage(u"vehicles takes no arguments"_s);
    auto store = openStore();
    if (!store)
        return Failure;
    const QList<VehicleSummary> vehicles = store->vehicles();
    if (sub.parser.isSet(jsonOption)) {
        for (const VehicleSummary &v : vehicles) {
            QJsonObject o{{u"vehicle"_s, v.key},
                          {u"model"_s, jsonOrNull(v.model)},
                          {u"model_source"_s, jsonOrNull(v.modelSource)},
                          {u"drive_train"_s, jsonOrNull(v.driveTrain)},
                          {u"sessions"_s, v.sessions},
                          {u"first_session"_s, v.firstSession ? QJsonValue(isoUtc(*v.firstSession)) : QJsonValue()},
                          {u"last_session"_s, v.lastSession ? QJsonValue(isoUtc(*v.lastSession)) : QJsonValue()},
                          {u"mileage_km"_s, v.mileageKm ? QJsonValue(std::round(*v.mileageKm * 10) / 10) : QJsonValue()},
                          {u"capacity_new_override_kwh"_s, jsonOrNull(v.capacityNewOverrideKwh)},
                          {u"capacity_kwh"_s, rounded(v.capacityKwh, 2)},
                          {u"capacity_low_kwh"_s, rounded(v.capacityLowKwh, 2)},
                          {u"capacity_high_kwh"_s, rounded(v.capacityHighKwh, 2)},
                          {u"capacity_new_kwh"_s, jsonOrNull(v.capacityNewKwh)},
                          {u"capacity_new_source"_s, jsonOrNull(v.capacityNewSource)},
                          {u"capacity_new_model"_s, jsonOrNull(v.catalogModel)},
                          {u"soh_percent"_s, rounded(v.sohPercent, 1)},
                          {u"soh_low_percent"_s, rounded(v.sohLowPercent, 1)},
                          {u"soh_high_percent"_s, rounded(v.sohHighPercent, 1)},
                          {u"estimates"_s, v.estimates},
                          {u"derived_estimates"_s, v.derivedEstimates}};
            m_out << line(o) << '\n';
        }
        return Success;
    }
    if (vehicles.isEmpty()) {
        m_out << "No vehicles yet. Import a CarData export: cardata-health-cli import FILE\n";
        return Success;
    }
    m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(u"VEHICLE"_s.leftJustified(16), u"MODEL"_s.leftJustified(24), u"SESSIONS"_s.rightJustified(8),
                      u"PERIOD"_s.leftJustified(23), u"MILEAGE KM"_s.rightJustified(10),
                      u"CAPACITY KWH"_s.leftJustified(20), u"SOH %"_s);
    for (const VehicleSummary &v : vehicles) {
        const QString capacity = v.capacityKwh ? u"%1 (%2–%3)"_s.arg(*v.capacityKwh, 0, 'f', 1)
                                                     .arg(*v.capacityLowKwh, 0, 'f', 1)
                                                     .arg(*v.capacityHighKwh, 0, 'f', 1)
                                               : u"-"_s;
        const QString soh = v.sohPercent ? u"%1 (%2–%3)"_s.arg(*v.sohPercent, 0, 'f', 1)
                                               .arg(*v.sohLowPercent, 0, 'f', 1)
                                               .arg(*v.sohHighPercent, 0, 'f', 1)
                                         : (v.capacityKwh ? u"capacity when new unknown: set-capacity"_s : u"-"_s);
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(v.key.leftJustified(16), (v.model.isEmpty() ? u"(unknown)"_s : v.model).leftJustified(24),
                          QString::number(v.sessions).rightJustified(8),
                          QString(dateOrDash(v.firstSession) + u" – "_s + dateOrDash(v.lastSession)).leftJustified(23),
                          (v.mileageKm ? QString::number(*v.mileageKm, 'f', 0) : u"-"_s).rightJustified(10),
                          capacity.leftJustified(20), soh);
    }
    return Success;
}

int Cli::forgetCommand(const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key (see 'vehicles')."_s);
    if (const auto done = parse(sub, args))
        return *done;
    if (sub.parser.positionalArguments().size() != 1)
        return usage(u"forget takes exactly one vehicle key"_s);
    auto store = openStore();
    if (!store)
        return Failure;
    const QString key = sub.parser.positionalArguments().first();
    if (auto forgotten = store->forgetVehicle(key); !forgotten) {
        m_err << "cannot forget " << key << ": " << forgotten.error() << '\n';
        return Failure;
    }
    m_out << "Forgot vehicle " << key << " and all its sessions.\n";
    return Success;
}

int Cli::setModelCommand(const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key."_s);
    sub.parser.addPositionalArgument(u"NAME"_s, u"Model name, e.g. \"i4 eDrive40\"; empty for unknown."_s);
    if (const auto done = parse(sub, args))
        return *done;
    const QStringList positional = sub.parser.positionalArguments();
    if (positional.size() != 2)
        return usage(u"set-model takes a vehicle key and a model name"_s);
    auto store = openStore();
    if (!store)
        return Failure;
    if (auto set = store->setModel(positional[0], positional[1]); !set) {
        m_err << "cannot set the model: " << set.error() << '\n';
        return Failure;
    }
    // The model decides the capacity when new and the efficiency prior.
    if (auto updated = HealthUpdater(*store).update({positional[0]}); !updated)
        m_err << "the model was set, but the estimate could not be updated: " << updated.error() << '\n';
    return Success;
}

int Cli::setCapacityCommand(const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key."_s);
    sub.parser.addPositionalArgument(u"KWH"_s, u"Usable capacity when new in kWh, or 'auto' for the model table."_s);
    if (const auto done = parse(sub, args))
        return *done;
    const QStringList positional = sub.parser.positionalArguments();
    if (positional.size() != 2)
        return usage(u"set-capacity takes a vehicle key and a capacity in kWh (or 'auto')"_s);
    std::optional<double> kwh;
    if (positional[1] != u"auto") {
        bool ok = false;
        kwh = positional[1].toDouble(&ok);
        if (!ok)
            return usage(u"'%1' is not a capacity in kWh"_s.arg(positional[1]));
    }
    auto store = openStore();
    if (!store)
        return Failure;
    if (auto set = store->setCapacityNewOverride(positional[0], kwh); !set) {
        m_err << "cannot set the capacity: " << set.error() << '\n';
        return Failure;
    }
    if (auto updated = HealthUpdater(*store).update({positional[0]}); !updated)
        m_err << "the capacity was set, but the estimate could not be updated: " << updated.error() << '\n';
    return Success;
}

namespace {

// One row of `health` output; CSV and JSON share the columns.
const QStringList healthColumns = {u"type"_s, u"vehicle"_s, u"model"_s, u"time"_s, u"mileage_km"_s, u"bin_start"_s,
                                   u"bin_end"_s, u"vehicles"_s, u"capacity_kwh"_s, u"sigma_kwh"_s, u"low_kwh"_s,
                                   u"high_kwh"_s, u"soh_percent"_s, u"p10"_s, u"p90"_s, u"p10_soh_percent"_s,
                                   u"p90_soh_percent"_s, u"derived"_s, u"outlier"_s, u"kind"_s, u"delta_soc"_s,
                                   u"reading"_s, u"value"_s};

QString csvField(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    QString text = v.toString();
    if (text.contains(u',') || text.contains(u'"')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QJsonValue number(double v, int decimals)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

} // namespace

int Cli::healthCommand(const QStringList &args)
{
    SubParser sub;
    QCommandLineOption modelOption(u"model"_s, u"Only this model (and its fleet)."_s, u"NAME"_s);
    QCommandLineOption vehicleOption(u"vehicle"_s, u"Only this vehicle, over its model's fleet bands."_s, u"KEY"_s);
    QCommandLineOption byOption(u"by"_s, u"Fleet bands and trend by 'mileage' (default) or 'date'."_s, u"AXIS"_s, u"mileage"_s);
    QCommandLineOption csvOption(u"csv"_s, u"CSV: one row per point, trend sample and band."_s);
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per point, trend sample and band per line."_s);
    sub.parser.addOptions({modelOption, vehicleOption, byOption, csvOption, jsonOption});
    if (const auto done = parse(sub, args))
        return *done;
    const QString by = sub.parser.value(byOption);
    if (by != u"mileage" && by != u"date")
        return usage(u"--by takes 'mileage' or 'date'"_s);
    if (sub.parser.isSet(csvOption) && sub.parser.isSet(jsonOption))
        return usage(u"choose one of --csv and --json"_s);
    const bool byMileage = by == u"mileage";

    auto store = openStore();
    if (!store)
        return Failure;
    const QString vehicleKey = sub.parser.value(vehicleOption);
    QList<VehicleHealthView> views = HealthQuery::vehicles(*store, sub.parser.value(modelOption), vehicleKey);
    if (!vehicleKey.isEmpty() && views.isEmpty()) {
        m_err << "no vehicle " << vehicleKey << " in this database\n";
        return Failure;
    }
    // A single vehicle is drawn over its model's fleet.
    QList<VehicleHealthView> fleet = views;
    if (!vehicleKey.isEmpty() && !views.first().vehicle.model.isEmpty())
        fleet = HealthQuery::vehicles(*store, views.first().vehicle.model);
    const auto axis = byMileage ? FleetBands::Axis::Mileage : FleetBands::Axis::Age;
    const QList<ModelBands> bands = HealthQuery::bands(
        fleet, axis, byMileage ? FleetBands::defaultMileageBinKm : FleetBands::defaultAgeBinDays);

    QList<QJsonObject> rows;
    for (const VehicleHealthView &v : std::as_const(views)) {
        const QString model = v.vehicle.model;
        const std::optional<double> capacityNew = v.vehicle.capacityNewKwh;
        for (const CapacityPoint &p : v.points) {
            rows.append({{u"type"_s, u"point"_s},
                         {u"vehicle"_s, v.vehicle.key},
                         {u"model"_s, jsonOrNull(model)},
                         {u"time"_s, isoUtc(p.time)},
                         {u"mileage_km"_s, number(p.mileageKm, 0)},
                         {u"capacity_kwh"_s, number(p.capacityKwh, 3)},
                         {u"sigma_kwh"_s, number(p.sigmaKwh, 3)},
                         {u"soh_percent"_s, capacityNew ? number(p.capacityKwh / *capacityNew * 100, 2) : QJsonValue()},
                         {u"derived"_s, p.derived},
                         {u"outlier"_s, p.outlier},
                         {u"kind"_s, jsonOrNull(chargingKindName(p.kind))},
                         {u"delta_soc"_s, p.deltaSoc}});
        }
        for (const StoredReading &r : v.readings) {
            rows.append({{u"type"_s, u"reading"_s},
                         {u"vehicle"_s, v.vehicle.key},
                         {u"model"_s, jsonOrNull(model)},
                         {u"time"_s, isoUtc(r.time)},
                         {u"reading"_s, r.kind},
                         {u"value"_s, r.value}});
        }
        // The trend, sampled over the range it was fitted on.
        const std::optional<TrendModel> &trend = byMileage ? v.trendMileage : v.trendDate;
        if (trend && trend->xMax > trend->xMin) {
            const double t = studentQuantile(0.95, std::max(trend->dof, 1));
            for (int i = 0; i <= 40; ++i) {
                const double x = trend->xMin + (trend->xMax - trend->xMin) * i / 40;
                const double y = trend->value(x);
                const double se = trend->standardError(x);
                QJsonObject o{{u"type"_s, u"trend"_s},
                              {u"vehicle"_s, v.vehicle.key},
                              {u"model"_s, jsonOrNull(model)},
                              {u"capacity_kwh"_s, number(y, 3)},
                              {u"low_kwh"_s, number(y - t * se, 3)},
                              {u"high_kwh"_s, number(y + t * se, 3)},
                              {u"soh_percent"_s, capacityNew ? number(y / *capacityNew * 100, 2) : QJsonValue()}};
                if (byMileage)
                    o[u"mileage_km"_s] = number(x, 0);
                else
                    o[u"time"_s] = isoUtc(v.vehicle.dateOrigin.value_or(0) + qint64(x * 86400));
                rows.append(o);
            }
        }
    }
    for (const ModelBands &mb : bands) {
        for (const FleetBand &b : mb.bands) {
            rows.append({{u"type"_s, u"band"_s},
                         {u"model"_s, mb.label},
                         {u"bin_start"_s, b.binStart},
                         {u"bin_end"_s, b.binEnd},
                         {u"vehicles"_s, b.vehicles},
                         {u"capacity_kwh"_s, number(b.medianKwh, 3)},
                         {u"p10"_s, number(b.p10Kwh, 3)},
                         {u"p90"_s, number(b.p90Kwh, 3)},
                         {u"soh_percent"_s, b.medianSoh ? number(*b.medianSoh, 2) : QJsonValue()},
                         {u"p10_soh_percent"_s, b.p10Soh ? number(*b.p10Soh, 2) : QJsonValue()},
                         {u"p90_soh_percent"_s, b.p90Soh ? number(*b.p90Soh, 2) : QJsonValue()}});
        }
    }

    if (sub.parser.isSet(jsonOption)) {
        for (const QJsonObject &o : std::as_const(rows))
            m_out << line(o) << '\n';
        return Success;
    }
    if (sub.parser.isSet(csvOption)) {
        m_out << healthColumns.join(u',') << '\n';
        for (const QJsonObject &o : std::as_const(rows)) {
            QStringList fields;
            for (const QString &c : healthColumns)
                fields.append(csvField(o.value(c)));
            m_out << fields.join(u',') << '\n';
        }
        return Success;
    }
    // For people: the fleet bands as a table.
    for (const ModelBands &mb : bands) {
        m_out << mb.label << (byMileage ? u" — by mileage (km)\n"_s : u" — by age (days since first session)\n"_s);
        m_out << "  " << u"FROM"_s.rightJustified(8) << ' ' << u"TO"_s.rightJustified(8) << "  VEHICLES  "
              << "MEDIAN KWH (P10–P90)      MEDIAN SOH % (P10–P90)\n";
        for (const FleetBand &b : mb.bands) {
            m_out << "  " << QString::number(b.binStart, 'f', 0).rightJustified(8) << ' '
                  << QString::number(b.binEnd, 'f', 0).rightJustified(8) << "  " << QString::number(b.vehicles).rightJustified(8)
                  << "  "
                  << u"%1 (%2–%3)"_s.arg(b.medianKwh, 0, 'f', 1).arg(b.p10Kwh, 0, 'f', 1).arg(b.p90Kwh, 0, 'f', 1).leftJustified(24)
                  << "  "
                  << (b.medianSoh ? u"%1 (%2–%3)"_s.arg(*b.medianSoh, 0, 'f', 1).arg(*b.p10Soh, 0, 'f', 1).arg(*b.p90Soh, 0, 'f', 1)
                                  : u"-"_s)
                  << '\n';
        }
    }
    if (bands.isEmpty())
        m_out << "No fleet bands: no vehicle with a known model has capacity points yet.\n";
    return Success;
}

int Cli::demoCommand(const QStringList &args)
{
    SubParser sub;
    QCommandLineOption outOption(u"out"_s, u"Folder to write the fleet into."_s, u"DIR"_s);
    QCommandLineOption vehiclesOption(u"vehicles"_s, u"Number of vehicles (default 20)."_s, u"N"_s, u"20"_s);
    QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s);
    QCommandLineOption scenarioOption(u"scenario"_s,
                                      u"mixed (default), battery-energy, no-battery-energy or overlapping."_s,
                                      u"NAME"_s, u"mixed"_s);
    sub.parser.addOptions({outOption, vehiclesOption, seedOption, scenarioOption});
    if (const auto done = parse(sub, args))
        return *done;
    if (!sub.parser.isSet(outOption))
        return usage(u"demo needs --out DIR"_s);
    bool okVehicles = false;
    bool okSeed = false;
    FleetOptions options;
    options.vehicles = sub.parser.value(vehiclesOption).toInt(&okVehicles);
    options.seed = sub.parser.value(seedOption).toULongLong(&okSeed);
    const auto scenario = FleetOptions::scenarioFromName(sub.parser.value(scenarioOption));
    if (!okVehicles || options.vehicles < 1 || options.vehicles > 100000)
        return usage(u"--vehicles takes a number from 1 to 100000"_s);
    if (!okSeed)
        return usage(u"--seed takes a non-negative number"_s);
    if (!scenario)
        return usage(u"unknown scenario '%1'"_s.arg(sub.parser.value(scenarioOption)));
    options.scenario = *scenario;
    const auto truth = FleetGenerator::write(sub.parser.value(outOption), options);
    if (!truth) {
        m_err << "cannot write the demo fleet: " << truth.error() << '\n';
        return Failure;
    }
    int sessions = 0;
    for (const VehicleTruth &v : truth->vehicles)
        sessions += v.sessions;
    m_out << "Wrote " << truth->vehicles.size() << " vehicles with " << sessions << " sessions ("
          << FleetOptions::scenarioName(options.scenario) << ") to " << QDir(sub.parser.value(outOption)).filePath(u"exports"_s)
          << "\nTruth: " << QDir(sub.parser.value(outOption)).filePath(u"truth.json"_s) << '\n';
    return Success;
}
