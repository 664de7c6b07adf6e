// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/report/chartdata.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <functional>

class QWidget;

// One way of drawing ChartData: native QtCharts or Plotly in a web view.
// The main window talks only to this interface, so engines can be switched
// (and the web one created lazily) without the rest knowing.
class ChartEngine
{
public:
    enum class Kind { Native, Plotly };

    virtual ~ChartEngine() = default;
    virtual Kind kind() const = 0;
    virtual QWidget *widget() = 0;
    virtual void setChartData(const ChartData &data) = 0;
    virtual const ChartData &chartData() const = 0;
    // True once the current data is drawn (Plotly draws asynchronously).
    virtual bool isReady() const = 0;

    // Renders the chart at `size` device pixels. Asynchronous for engines
    // that draw in another process; `done` gets a null image and a message
    // meant for a person on failure.
    using ImageCallback = std::function<void(const QImage &image, const QString &error)>;
    virtual void renderImage(QSize size, ImageCallback done) = 0;

    static QString kindName(Kind kind) { return kind == Kind::Plotly ? QStringLiteral("plotly") : QStringLiteral("native"); }
};
