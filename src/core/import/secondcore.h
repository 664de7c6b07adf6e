// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <future>
#include <system_error>

// Starts work on a thread of its own. When no thread can be started (the
// system out of them), the work runs later, on the thread that asks for the
// result: slower, never lost.
// (work is copied, not moved: a launch that fails leaves it intact.)
template<class F>
auto onSecondCore(const F &work) -> std::future<decltype(work())>
{
    try {
        return std::async(std::launch::async, work);
    } catch (const std::system_error &) {
        return std::async(std::launch::deferred, work);
    }
}
