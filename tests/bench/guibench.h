// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// What the window benchmarks (bench_dashboard, bench_responsiveness) share.
#pragma once

#include <QString>

#include <expected>

namespace GuiBench {

// Before QApplication: the embedded browser shares the OpenGL context and,
// when run as root (CI), runs without its sandbox.
void prepareApplication();

// The process's peak resident memory so far.
double peakRssMiB();

// A generated fleet of `vehicles` (FleetGenerator, `seed`) written below
// folder; returns the folder of its exports.
std::expected<QString, QString> generateFleet(const QString &folder, int vehicles, quint64 seed);

} // namespace GuiBench
