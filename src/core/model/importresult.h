// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/chargingsession.h"

#include <QList>
#include <QMetaType>
#include <QString>

// The outcome of importing one input file, in terms a person (and the CLI's
// JSON) can use. A file with several vehicles has one VehicleImport each.
struct VehicleImport
{
    QString vehicleKey;
    QString model; // empty when unknown
    int sessionsNew = 0;
    int sessionsDuplicate = 0;
    int sessionsRejected = 0;
    // False when the file only repeated what was stored (its estimate
    // stands as it is).
    bool dataChanged = true;
    QList<RecordRejection> rejections;
    QString note;
};

struct FileImportResult
{
    enum class Status { Imported, Duplicate, Error, Cancelled };

    QString file; // the path as given or found
    Status status = Status::Error;
    QList<VehicleImport> vehicles;
    QString error; // a sentence naming the file; empty unless Error/Cancelled

    static QString statusName(Status status);
    bool modelUnknown() const;
};

// A whole import run: each file's result, and whether the estimates of the
// vehicles it touched could be brought up to date.
struct ImportRun
{
    QList<FileImportResult> files;
    int estimatesUpdated = 0;
    // Other vehicles of the same models, whose shared efficiency moved:
    // marked out of date, to be recomputed after the import (the app does
    // it at once in the background, the command line at its next command).
    int estimatesPending = 0;
    QString estimateError; // a sentence; empty when the estimates are current
    QString stopped; // a sentence: why the run stopped before the last file; empty when it did not
    bool cancelled = false;

    // Something the user must hear about: a file error, a run that stopped
    // early, or stale estimates.
    bool failed() const;
};

struct ImportProgress
{
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 sessions = 0; // sessions stored (new or merged) so far
    QString currentFile; // display name, VIN masked
    bool fetching = false; // BMW CarData online: filesDone/filesTotal count API requests
};

struct ImportOptions
{
    QString modelFallback; // --model: used when a vehicle's model is not known otherwise
    QString vehicleKey;    // assign files without a VIN to this existing vehicle
};

Q_DECLARE_METATYPE(FileImportResult)
Q_DECLARE_METATYPE(ImportRun)
Q_DECLARE_METATYPE(ImportProgress)
Q_DECLARE_METATYPE(ImportOptions)
