// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/chart/chartengine.h"

#include <QJsonObject>
#include <QWebEngineView>

class QTimer;
class QWebEngineProfile;

// The second engine: Plotly (bundled from npm into the resources) in a web
// view. It is created only when first chosen: WebEngine costs a few hundred
// MB and a noticeable start-up. The page never reaches the network: its own
// off-the-record profile refuses every request that is not to the bundle.
class PlotlyChartView : public QWebEngineView, public ChartEngine
{
    Q_OBJECT
public:
    explicit PlotlyChartView(QWidget *parent = nullptr);
    ~PlotlyChartView() override;

    Kind kind() const override { return Kind::Plotly; }
    QWidget *widget() override { return this; }
    void setChartData(const ChartData &data) override;
    const ChartData &chartData() const override { return m_data; }
    bool isReady() const override { return m_ready; }
    void renderImage(QSize size, ImageCallback done) override;

    static QUrl hostPage();

Q_SIGNALS:
    void drawn();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();
    void pollDrawn();
    QJsonObject theme() const;
    QColor fleetColour() const;

    QWebEngineProfile *m_profile = nullptr;
    ChartData m_data;
    bool m_loaded = false;
    bool m_ready = false;
    int m_generation = 0; // drawing requests, so a stale poll answer is ignored
    QTimer *m_poll = nullptr;
};
