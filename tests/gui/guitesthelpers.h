// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QSet>

// Helpers for the GUI tests (a header, not test slots).
namespace GuiTest {

// An image is "not blank" when it has a real spread of colours: a chart
// has axes, text and points; an empty or failed render has one or two.
inline int distinctColours(const QImage &image, int limit = 64)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < img.height(); y += 3) {
        for (int x = 0; x < img.width(); x += 3) {
            colours.insert(img.pixel(x, y));
            if (colours.size() >= limit)
                return int(colours.size());
        }
    }
    return int(colours.size());
}

} // namespace GuiTest
