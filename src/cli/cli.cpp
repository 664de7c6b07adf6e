#include "cli.h"

#include "anonymizer.h"
#include "datalocation.h"
#include "importer.h"
#include "store.h"
#include "timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
                             "  forget VEHICLE         delete every trace of a vehicle\n"_s;

QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

template<typename T>
QJsonValue jsonOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QString line(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString dateOrDash(const std::optional<qint64> &t)
{
    return t ? isoUtc(*t).left(10) : u"-"_s;
}

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

} // namespace

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments)), m_out(out), m_err(err)
{
}

QString Cli::dataDir() const
{
    return m_dataDir.isEmpty() ? DataLocation::defaultDataDir() : m_dataDir;
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
    if (!sub.parser.parse(args))
        return usage(sub.parser.errorText());
    if (sub.parser.isSet(sub.help)) {
        m_out << sub.parser.helpText();
        return Success;
    }
    if (sub.parser.isSet(sub.dataDir))
        m_dataDir = sub.parser.value(sub.dataDir);
    const QStringList paths = sub.parser.positionalArguments();
    if (paths.isEmpty())
        return usage(u"import needs at least one file or folder"_s);

    auto store = Store::open(dataDir());
    if (!store) {
        m_err << store.error() << '\n';
        return Failure;
    }
    auto anonymizer = Anonymizer::open(dataDir(), (*store)->hasVehicles());
    if (!anonymizer) {
        m_err << anonymizer.error() << '\n';
        return Failure;
    }
    ImportOptions options;
    options.modelFallback = sub.parser.value(modelOption);
    options.vehicleKey = sub.parser.value(vehicleOption);
    if (!options.vehicleKey.isEmpty() && !(*store)->vehicle(options.vehicleKey)) {
        m_err << "no vehicle " << options.vehicleKey << " in this database\n";
        return UsageError;
    }
    const bool json = sub.parser.isSet(jsonOption);

    bool anyError = false;
    Importer importer(**store, *anonymizer);
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
    if (!sub.parser.parse(args))
        return usage(sub.parser.errorText());
    if (sub.parser.isSet(sub.help)) {
        m_out << sub.parser.helpText();
        return Success;
    }
    if (sub.parser.isSet(sub.dataDir))
        m_dataDir = sub.parser.value(sub.dataDir);
    if (!sub.parser.positionalArguments().isEmpty())
        return usage(u"vehicles takes no arguments"_s);
    auto store = Store::open(dataDir());
    if (!store) {
        m_err << store.error() << '\n';
        return Failure;
    }
    const QList<VehicleSummary> vehicles = (*store)->vehicles();
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
                          {u"capacity_new_override_kwh"_s, jsonOrNull(v.capacityNewOverrideKwh)}};
            m_out << line(o) << '\n';
        }
        return Success;
    }
    if (vehicles.isEmpty()) {
        m_out << "No vehicles yet. Import a CarData export: cardata-health-cli import FILE\n";
        return Success;
    }
    m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                 .arg(u"VEHICLE"_s.leftJustified(16), u"MODEL"_s.leftJustified(24), u"SESSIONS"_s.rightJustified(8),
                      u"PERIOD"_s.leftJustified(23), u"MILEAGE KM"_s.rightJustified(10));
    for (const VehicleSummary &v : vehicles) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(v.key.leftJustified(16), (v.model.isEmpty() ? u"(unknown)"_s : v.model).leftJustified(24),
                          QString::number(v.sessions).rightJustified(8),
                          QString(dateOrDash(v.firstSession) + u" – "_s + dateOrDash(v.lastSession)).leftJustified(23),
                          (v.mileageKm ? QString::number(*v.mileageKm, 'f', 0) : u"-"_s).rightJustified(10));
    }
    return Success;
}

int Cli::forgetCommand(const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key (see 'vehicles')."_s);
    if (!sub.parser.parse(args))
        return usage(sub.parser.errorText());
    if (sub.parser.isSet(sub.help)) {
        m_out << sub.parser.helpText();
        return Success;
    }
    if (sub.parser.isSet(sub.dataDir))
        m_dataDir = sub.parser.value(sub.dataDir);
    if (sub.parser.positionalArguments().size() != 1)
        return usage(u"forget takes exactly one vehicle key"_s);
    auto store = Store::open(dataDir());
    if (!store) {
        m_err << store.error() << '\n';
        return Failure;
    }
    const QString key = sub.parser.positionalArguments().first();
    if (auto forgotten = (*store)->forgetVehicle(key); !forgotten) {
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
    if (!sub.parser.parse(args))
        return usage(sub.parser.errorText());
    if (sub.parser.isSet(sub.help)) {
        m_out << sub.parser.helpText();
        return Success;
    }
    if (sub.parser.isSet(sub.dataDir))
        m_dataDir = sub.parser.value(sub.dataDir);
    const QStringList positional = sub.parser.positionalArguments();
    if (positional.size() != 2)
        return usage(u"set-model takes a vehicle key and a model name"_s);
    auto store = Store::open(dataDir());
    if (!store) {
        m_err << store.error() << '\n';
        return Failure;
    }
    if (auto set = (*store)->setModel(positional[0], positional[1]); !set) {
        m_err << "cannot set the model: " << set.error() << '\n';
        return Failure;
    }
    return Success;
}

int Cli::setCapacityCommand(const QStringList &args)
{
    SubParser sub;
    sub.parser.addPositionalArgument(u"VEHICLE"_s, u"The vehicle key."_s);
    sub.parser.addPositionalArgument(u"KWH"_s, u"Usable capacity when new in kWh, or 'auto' for the model table."_s);
    if (!sub.parser.parse(args))
        return usage(sub.parser.errorText());
    if (sub.parser.isSet(sub.help)) {
        m_out << sub.parser.helpText();
        return Success;
    }
    if (sub.parser.isSet(sub.dataDir))
        m_dataDir = sub.parser.value(sub.dataDir);
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
    auto store = Store::open(dataDir());
    if (!store) {
        m_err << store.error() << '\n';
        return Failure;
    }
    if (auto set = (*store)->setCapacityNewOverride(positional[0], kwh); !set) {
        m_err << "cannot set the capacity: " << set.error() << '\n';
        return Failure;
    }
    return Success;
}
