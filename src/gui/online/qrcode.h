// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QString>

// A QR code (libqrencode, error correction M) as a black-on-white image
// with the four-module quiet zone the standard asks for, each module
// `scale` pixels wide. A null image when the text does not fit.
namespace QrCode {

QImage image(const QString &text, int scale = 4);
// Modules per side of the code alone (21 for version 1), for tests; 0 on failure.
int modules(const QString &text);

} // namespace QrCode
