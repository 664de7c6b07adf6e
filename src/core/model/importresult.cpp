// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/importresult.h"

using namespace Qt::StringLiterals;

QString FileImportResult::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return u"imported"_s;
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Error:
        return u"error"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

bool FileImportResult::modelUnknown() const
{
    for (const VehicleImport &v : vehicles) {
        if (v.model.isEmpty())
            return true;
    }
    return false;
}

bool ImportRun::failed() const
{
    if (!estimateError.isEmpty() || !stopped.isEmpty())
        return true;
    for (const FileImportResult &f : files) {
        if (f.status == FileImportResult::Status::Error)
            return true;
    }
    return false;
}
