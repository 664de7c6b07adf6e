// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

// Runs work that may block (the keychain over D-Bus, BMW's login) on a
// thread of its own and hands the result to `done` in the thread of
// `context`, unless context is gone by then. Nothing of context is touched
// off its thread.
namespace Background {

template<typename Result>
void run(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, context, [guard, done = std::move(done), result] {
        if (guard)
            done(std::move(*result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Background
