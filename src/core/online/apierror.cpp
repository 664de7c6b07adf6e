// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/online/apierror.h"

#include "core/online/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

ApiError ApiError::from(const HttpReply &reply)
{
    ApiError e;
    e.status = reply.status;
    if (reply.status == 0) {
        e.message = reply.error;
        if (reply.tooLarge)
            e.code = u"too-large"_s;
        return e;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (o.contains(u"exveErrorId"_s)) {
        e.code = o.value(u"exveErrorId"_s).toString();
        e.message = o.value(u"exveErrorMsg"_s).toString();
    } else if (o.contains(u"error"_s) && o.value(u"error"_s).isString()) {
        e.code = o.value(u"error"_s).toString();
        e.message = o.value(u"error_description"_s).toString();
    } else if (o.contains(u"fault"_s)) {
        const QJsonObject fault = o.value(u"fault"_s).toObject();
        e.code = fault.value(u"detail"_s).toObject().value(u"errorcode"_s).toString();
        e.message = fault.value(u"faultstring"_s).toString();
    }
    // BMW's words are shown as they are, but never at length.
    e.message = e.message.simplified().left(200);
    return e;
}

QString ApiError::describe() const
{
    if (status == 0)
        return message.isEmpty() ? u"no answer"_s : message;
    QString text = u"HTTP %1"_s.arg(status);
    if (!code.isEmpty())
        text += u", "_s + code;
    if (!message.isEmpty())
        text += u": "_s + message;
    return text;
}

bool ApiError::transient() const
{
    if (code == u"keymanagement.service.invalid_access_token" || code == u"too-large")
        return false;
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

bool ApiError::quota() const
{
    return (status == 403 && code == u"CU-429") || status == 429;
}

QString ApiError::cancelledMessage()
{
    return u"cancelled"_s;
}
