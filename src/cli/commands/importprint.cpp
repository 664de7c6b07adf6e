// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/commands/importprint.h"

#include "cli/context.h"
#include "core/report/jsonvalues.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using JsonValues::textOrNull;

namespace {

void printJson(QTextStream &out, const FileImportResult &result)
{
    const QJsonObject base{{u"file"_s, result.file},
                           {u"status"_s, FileImportResult::statusName(result.status)},
                           {u"vehicle"_s, QJsonValue::Null},
                           {u"model"_s, QJsonValue::Null},
                           {u"sessions_new"_s, 0},
                           {u"sessions_duplicate"_s, 0},
                           {u"sessions_rejected"_s, 0},
                           {u"error"_s, textOrNull(result.error)}};
    if (result.vehicles.isEmpty())
        out << JsonValues::line(base) << '\n';
    for (const VehicleImport &v : result.vehicles) {
        QJsonObject o = base;
        o[u"vehicle"_s] = v.vehicleKey;
        o[u"model"_s] = textOrNull(v.model);
        o[u"sessions_new"_s] = v.sessionsNew;
        o[u"sessions_duplicate"_s] = v.sessionsDuplicate;
        o[u"sessions_rejected"_s] = v.sessionsRejected;
        QJsonArray rejected;
        for (const RecordRejection &r : v.rejections)
            rejected.append(QJsonObject{{u"index"_s, qint64(r.index)}, {u"reason"_s, r.reason}});
        o[u"rejected"_s] = rejected;
        o[u"note"_s] = textOrNull(v.note);
        out << JsonValues::line(o) << '\n';
    }
}

void printText(QTextStream &out, const FileImportResult &result)
{
    const QString status = FileImportResult::statusName(result.status);
    if (result.status == FileImportResult::Status::Error)
        out << "error      " << result.error << '\n';
    for (const VehicleImport &v : result.vehicles) {
        out << status.leftJustified(10) << ' ' << result.file << "\n           vehicle " << v.vehicleKey << " ("
            << (v.model.isEmpty() ? u"model unknown: set it with set-model"_s : v.model) << ")";
        if (result.status == FileImportResult::Status::Imported)
            out << ": " << v.sessionsNew << " new, " << v.sessionsDuplicate << " duplicate, " << v.sessionsRejected
                << " rejected";
        out << '\n';
        for (const RecordRejection &r : v.rejections)
            out << "           record at index " << r.index << " skipped: " << r.reason << '\n';
        if (!v.note.isEmpty())
            out << "           note: " << v.note << '\n';
    }
}

} // namespace

void ImportPrint::print(QTextStream &out, const FileImportResult &result, bool json)
{
    if (json)
        printJson(out, result);
    else
        printText(out, result);
    out.flush();
}

int ImportPrint::exitCode(CommandContext &context, const std::expected<ImportRun, QString> &run)
{
    if (!run) {
        context.err << run.error() << '\n';
        return Failure;
    }
    if (!run->stopped.isEmpty())
        context.err << run->stopped << '\n';
    if (!run->estimateError.isEmpty())
        context.err << run->estimateError << '\n';
    if (run->estimatesPending > 0)
        context.err << "Note: the estimates of " << run->estimatesPending
                    << " other vehicle(s) are pending: the shared efficiency they lean on moved. "
                       "The next command that reads estimates (vehicles, health) recomputes them.\n";
    return run->failed() || run->cancelled ? Failure : Success;
}
