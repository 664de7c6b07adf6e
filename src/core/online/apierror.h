// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

struct HttpReply;

// What went wrong in an answer of BMW's hosts, from any of the three shapes
// they use: OAuth's {"error", "error_description"}, the API's
// {"exveErrorId": "CU-…", "exveErrorMsg"}, and the gateway's
// {"fault": {"faultstring", "detail": {"errorcode"}}}.
struct ApiError
{
    int status = 0;    // HTTP status; 0: no answer
    QString code;      // "authorization_pending", "CU-429", "keymanagement.service…", or empty
    QString message;   // BMW's own words, or the network error

    static ApiError from(const HttpReply &reply);

    // "HTTP 403, CU-104: no permission" and the like, for messages.
    QString describe() const;
    // Worth another try later: no answer, 408, or a server error that is
    // not one of the known permanent ones.
    bool transient() const;
    // BMW's daily limit: 403 with CU-429 (and a plain 429, to be safe).
    bool quota() const;

    static QString cancelledMessage();
};
