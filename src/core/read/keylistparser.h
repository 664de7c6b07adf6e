// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/chargingsession.h"
#include "core/model/keylistinfo.h"

#include <QByteArray>
#include <QString>

#include <expected>

// Reads the machine-readable KeyList (<customerArchiveContent>): VIN, model
// name, drive train, unit of length and the battery readings that are a
// direct State-of-Health signal. Labels are localized, so the
// language-independent telematicKeyName is preferred, with English and German
// labels as the fallback for older files.
class KeyListParser
{
public:
    // Errors (a message without the file name) include a document beyond a
    // limit of readlimits.h and one that declares a DTD: a KeyList has none,
    // so no entity is ever expanded and nothing is fetched.
    static std::expected<KeyListInfo, QString> parse(const QByteArray &xml);

private:
    static std::expected<KeyListInfo, QString> parseDocument(const QByteArray &xml);
};
