// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chrono>
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

// Waits, when it goes, for work started by onSecondCore, so that the thread
// never outlives what it reads, however the scope is left. (Deferred work
// that was never asked for is not run.)
template<class T>
class JoinOnExit
{
public:
    explicit JoinOnExit(std::future<T> &future) : m_future(future) {}
    ~JoinOnExit()
    {
        if (m_future.valid() && m_future.wait_for(std::chrono::seconds(0)) != std::future_status::deferred)
            m_future.wait();
    }
    JoinOnExit(const JoinOnExit &) = delete;
    JoinOnExit &operator=(const JoinOnExit &) = delete;

private:
    std::future<T> &m_future;
};
