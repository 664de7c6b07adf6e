// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/chart/densityimage.h"

#include "core/report/chartdata.h"

#include <cmath>

QImage densityImage(const ChartDensity &density, const QColor &colour)
{
    if (density.isEmpty() || density.columns <= 0 || density.rows <= 0)
        return {};
    QImage image(density.columns, density.rows, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const double scale = std::log1p(double(density.maxCount));
    for (int row = 0; row < density.rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(density.rows - 1 - row));
        for (int column = 0; column < density.columns; ++column) {
            const quint32 n = density.count(column, row);
            if (n == 0)
                continue;
            const double level = scale > 0 ? std::log1p(double(n)) / scale : 1;
            line[column] = qRgba(colour.red(), colour.green(), colour.blue(), int(std::lround(40 + 215 * level)));
        }
    }
    return image;
}
