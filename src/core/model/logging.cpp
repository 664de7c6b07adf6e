// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/model/logging.h"

Q_LOGGING_CATEGORY(lcImport, "cardata.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "cardata.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcParse, "cardata.parse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOnline, "cardata.online", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "cardata.keychain", QtInfoMsg)
