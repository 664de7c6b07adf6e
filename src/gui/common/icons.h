// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>
#include <QString>

// Icons by a short name: the desktop theme's when it has one (so the app
// looks native), else the app's own scalable SVG from the resources, which
// stays sharp at any device pixel ratio.
namespace Icons {
QIcon get(const QString &name);
QIcon application();
} // namespace Icons
