// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-health-cli connect / fetch / account / disconnect: BMW's CarData
// Customer API for one account (core/online); fetched data is imported
// like a file and reported the same way.
#include "cli/commands/commands.h"
#include "cli/commands/importprint.h"
#include "cli/context.h"
#include "core/online/onlineaccount.h"
#include "core/online/onlinestate.h"
#include "core/operations/operations.h"
#include "core/report/jsonvalues.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString utc(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

int Commands::connect(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption clientOption(u"client-id"_s,
                                    u"The client ID made under CarData in the BMW or MINI portal."_s, u"ID"_s);
    sub.parser.addOption(clientOption);
    if (const auto done = sub.parseWithoutArguments(context, args))
        return *done;
    if (!sub.parser.isSet(clientOption))
        return context.usage(u"connect needs --client-id ID (see docs/online.md for where to find it)"_s);
    QDir().mkpath(context.dataDir());

    OnlineAccount account(context.dataDir());
    OnlineAccount::LoginCallbacks callbacks;
    callbacks.onCode = [&](const DeviceCode &code) {
        context.out << "Open this link and log in with your BMW or MINI account:\n  "
                    << code.link().toString(QUrl::FullyEncoded) << "\nand confirm the code: " << code.userCode
                    << "\nWaiting for the login (the code is valid for " << code.expiresInS / 60 << " min "
                    << code.expiresInS % 60 << " s)...\n";
        context.out.flush();
    };
    auto connected = account.connect(sub.parser.value(clientOption), callbacks);
    if (!connected) {
        context.err << connected.error() << '\n';
        return Failure;
    }
    const Credentials &c = connected->credentials;
    context.out << "Connected. The login is stored in " << connected->storedWhere << ".\n"
                << "Vehicles: " << c.vehicles.size() << " (" << c.primaryVehicles().size()
                << " with this account as primary user)\n";
    for (const MappedVehicle &v : c.vehicles)
        context.out << "  VIN " << v.maskedVin() << ": "
                    << (v.isPrimary() ? u"primary user, data can be fetched"_s
                                      : u"secondary user, BMW gives no data"_s)
                    << '\n';
    if (!connected->note.isEmpty())
        context.out << "note: " << connected->note << '\n';
    return Success;
}

int Commands::fetch(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object per vehicle per line, as import prints."_s);
    sub.parser.addOption(jsonOption);
    if (const auto done = sub.parseWithoutArguments(context, args))
        return *done;
    auto operations = context.openOperations(false);
    if (!operations)
        return Failure;
    const bool json = sub.parser.isSet(jsonOption);
    const auto run = operations->fetchOnline({}, [&](const FileImportResult &result) {
        ImportPrint::print(context.out, result, json);
    });
    if (run && !json)
        context.out << "API calls left today: " << OnlineAccount(context.dataDir()).status().callsLeft << " of "
                    << OnlineState::dailyQuota << '\n';
    return ImportPrint::exitCode(context, run);
}

int Commands::account(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    QCommandLineOption jsonOption(u"json"_s, u"One JSON object."_s);
    sub.parser.addOption(jsonOption);
    if (const auto done = sub.parseWithoutArguments(context, args))
        return *done;
    const OnlineStatus status = OnlineAccount(context.dataDir()).status();
    if (sub.parser.isSet(jsonOption)) {
        using JsonValues::textOrNull;
        context.out << JsonValues::line(QJsonObject{
            {u"connected"_s, status.connected},
            {u"stored_in"_s, textOrNull(status.storedWhere)},
            {u"vehicles"_s, status.vehicles},
            {u"primary_vehicles"_s, status.primaryVehicles},
            {u"calls_left_today"_s, status.callsLeft},
            {u"blocked_until"_s, status.blockedUntil.isValid() ? QJsonValue(status.blockedUntil.toSecsSinceEpoch())
                                                               : QJsonValue()},
            {u"last_fetch"_s, status.lastFetchAt > 0 ? QJsonValue(status.lastFetchAt) : QJsonValue()},
            {u"problem"_s, textOrNull(status.problem)}})
                    << '\n';
    } else if (!status.problem.isEmpty()) {
        context.out << status.problem << '\n';
    } else if (!status.connected) {
        context.out << "No BMW CarData account is connected.\n";
    } else {
        context.out << "Connected since " << utc(status.connectedAt) << "; the login is stored in "
                    << status.storedWhere << ".\nVehicles: " << status.vehicles << " (" << status.primaryVehicles
                    << " with this account as primary user)\nAPI calls left today: " << status.callsLeft << " of " << OnlineState::dailyQuota;
        if (status.blockedUntil.isValid())
            context.out << " (BMW's quota is used up until " << utc(status.blockedUntil.toSecsSinceEpoch()) << ")";
        context.out << "\nLast fetch: " << (status.lastFetchAt > 0 ? utc(status.lastFetchAt) : u"never"_s) << '\n';
    }
    return status.problem.isEmpty() ? Success : Failure;
}

int Commands::disconnect(CommandContext &context, const QStringList &args)
{
    SubParser sub;
    if (const auto done = sub.parse(context, args))
        return *done;
    if (auto done = OnlineAccount(context.dataDir()).disconnect(); !done) {
        context.err << done.error() << '\n';
        return Failure;
    }
    context.out << "Disconnected: the login, the client ID and the vehicle list are removed from this computer.\n";
    return Success;
}
