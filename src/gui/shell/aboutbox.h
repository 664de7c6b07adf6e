// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QString;
class QWidget;

// Help → About: the version, where the data folder is, what is stored and
// what never is, the licences of what is bundled.
namespace AboutBox {
void show(QWidget *parent, const QString &dataDir);
}
