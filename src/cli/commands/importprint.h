// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/importresult.h"

#include <QString>
#include <QTextStream>

#include <expected>

class CommandContext;

// One result of import or fetch as the CLI prints it: lines for people, or
// one JSON object per file and vehicle (the contract scripts rely on).
namespace ImportPrint {

void print(QTextStream &out, const FileImportResult &result, bool json);
// Says on stderr what failed as a whole (the run, stale estimates) and
// gives the exit code: a failure when any file failed or the run stopped.
int exitCode(CommandContext &context, const std::expected<ImportRun, QString> &run);

} // namespace ImportPrint
