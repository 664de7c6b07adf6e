// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QImage>

struct ChartDensity;

// The fleet's density as both engines draw it: one pixel per cell, the top
// row first, in the fleet's colour and more opaque where a cell holds more
// sessions. Opacity follows the logarithm of the count, so that a cell of a
// single session still shows beside one of thousands. Empty cells are
// transparent.
QImage densityImage(const ChartDensity &density, const QColor &colour);
