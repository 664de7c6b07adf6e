// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/chart/plotlychartview.h"

#include "gui/chart/densityimage.h"

#include <QBuffer>
#include <QFontInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The app promises to work offline: anything but the bundled page, its
// script and in-page data is refused.
class OfflineInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme != u"qrc" && scheme != u"data" && scheme != u"blob" && scheme != u"about")
            info.block(true);
    }
};

QString cssColor(const QColor &c)
{
    return u"rgba(%1,%2,%3,%4)"_s.arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alphaF(), 0, 'f', 3);
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

constexpr int pollIntervalMs = 40;
constexpr int exportTimeoutMs = 30000;

} // namespace

PlotlyChartView::PlotlyChartView(QWidget *parent) : QWebEngineView(parent)
{
    setObjectName(u"plotlyChart"_s);
    setAccessibleName(tr("Battery health chart (Plotly)"));
    // A file dropped on the chart must be imported by the window, not opened
    // as a web page.
    setAcceptDrops(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    setMinimumSize(320, 220);

    m_profile = new QWebEngineProfile(this); // off the record: no cache or cookies on disk
    m_profile->setUrlRequestInterceptor(new OfflineInterceptor(m_profile));
    auto *page = new QWebEnginePage(m_profile, this);
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    page->setBackgroundColor(palette().color(QPalette::Base));
    setPage(page);

    m_poll = new QTimer(this);
    m_poll->setInterval(pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &PlotlyChartView::pollDrawn);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        if (!ok) {
            Q_EMIT failed(tr("The Plotly chart page could not be loaded."));
            return;
        }
        m_loaded = true;
        draw();
    });
    connect(page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                m_loaded = false;
                m_ready = false;
                Q_EMIT failed(tr("The web chart engine stopped unexpectedly. Switch to the native chart in the "
                                 "View menu. (When running as root, WebEngine needs QTWEBENGINE_DISABLE_SANDBOX=1.)"));
            });
    setUrl(hostPage());
}

PlotlyChartView::~PlotlyChartView()
{
    // The page uses the profile: it must go first.
    delete page();
}

QUrl PlotlyChartView::hostPage()
{
    return QUrl(u"qrc:/cardata/web/plot.html"_s);
}

void PlotlyChartView::setChartData(const ChartData &data)
{
    m_data = data;
    draw();
}

void PlotlyChartView::changeEvent(QEvent *event)
{
    QWebEngineView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        page()->setBackgroundColor(palette().color(QPalette::Base));
        draw();
    }
}

QColor PlotlyChartView::fleetColour() const
{
    return palette().color(QPalette::Window).lightness() < 128 ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1c, 0x69, 0xd4);
}

QJsonObject PlotlyChartView::theme() const
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // The same colours as the native engine.
    const QColor fleet = fleetColour();
    const QColor highlight = dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd9, 0x48, 0x1c);
    const QColor band = dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x2e, 0x8b, 0x57);
    const QColor text = pal.color(QPalette::Text);
    return QJsonObject{
        {u"base"_s, cssColor(pal.color(QPalette::Base))},
        {u"text"_s, cssColor(text)},
        {u"grid"_s, cssColor(withAlpha(text, 40))},
        {u"grey"_s, cssColor(withAlpha(pal.color(QPalette::PlaceholderText), 90))},
        {u"fleetFaint"_s, cssColor(withAlpha(fleet, 70))},
        {u"fleetLine"_s, cssColor(withAlpha(fleet, 110))},
        {u"fleetDense"_s, cssColor(withAlpha(fleet, 160))},
        {u"highlight"_s, cssColor(highlight)},
        {u"highlightDark"_s, cssColor(highlight.darker(130))},
        {u"highlightLight"_s, cssColor(highlight.lighter(120))},
        {u"highlightFaint"_s, cssColor(withAlpha(highlight, 170))},
        {u"band"_s, cssColor(band)},
        {u"bandFill"_s, cssColor(withAlpha(band, 55))},
        {u"font"_s, QString(font().family() + u", sans-serif"_s)},
        {u"fontSize"_s, std::max(10, QFontInfo(font()).pixelSize())},
    };
}

void PlotlyChartView::draw()
{
    m_ready = false;
    ++m_generation;
    if (!m_loaded)
        return; // drawn once the page has loaded
    QJsonObject json = m_data.toJson();
    if (!m_data.density.isEmpty()) {
        // The fleet's cells as a PNG in the page's data, drawn as a layout
        // image under the traces: a few kilobytes for any number of sessions.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        densityImage(m_data.density, fleetColour()).save(&buffer, "PNG");
        QJsonObject density = json.value(u"density"_s).toObject();
        density.insert(u"image"_s, QString::fromLatin1("data:image/png;base64," + png.toBase64()));
        json.insert(u"density"_s, density);
    }
    const QByteArray data = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QByteArray style = QJsonDocument(theme()).toJson(QJsonDocument::Compact);
    // JSON is valid JavaScript: the data needs no further escaping.
    page()->runJavaScript(u"cardataPlot("_s + QString::fromUtf8(data) + u", "_s + QString::fromUtf8(style) + u");"_s);
    m_poll->start();
}

void PlotlyChartView::pollDrawn()
{
    const int generation = m_generation;
    QPointer<PlotlyChartView> self(this);
    page()->runJavaScript(u"window.plotReady === true"_s, [self, generation](const QVariant &result) {
        if (!self || generation != self->m_generation || self->m_ready)
            return;
        if (result.toBool()) {
            self->m_poll->stop();
            self->m_ready = true;
            Q_EMIT self->drawn();
        }
    });
}

void PlotlyChartView::renderImage(QSize size, ImageCallback done)
{
    if (size.isEmpty()) {
        done({}, tr("The image size %1 × %2 is empty.").arg(size.width()).arg(size.height()));
        return;
    }
    if (!m_loaded) {
        done({}, tr("The Plotly chart is not loaded yet; try again in a moment."));
        return;
    }
    page()->runJavaScript(u"cardataExport(%1, %2);"_s.arg(size.width()).arg(size.height()));
    // Plotly.toImage answers through a promise: poll for the result.
    auto *timer = new QTimer(this);
    timer->setInterval(pollIntervalMs);
    auto elapsed = std::make_shared<int>(0);
    auto pending = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, this, [this, timer, elapsed, pending, done, size] {
        *elapsed += pollIntervalMs;
        if (*elapsed > exportTimeoutMs) {
            timer->deleteLater();
            timer->stop();
            done({}, tr("Plotly did not produce the image within %n second(s).", "", exportTimeoutMs / 1000));
            return;
        }
        if (*pending)
            return;
        *pending = true;
        QPointer<QTimer> guard(timer);
        page()->runJavaScript(u"window.exportResult"_s, [guard, pending, done, size](const QVariant &result) {
            *pending = false;
            if (!guard || !guard->isActive() || result.isNull() || !result.isValid())
                return;
            const QString text = result.toString();
            if (text.isEmpty())
                return;
            guard->stop();
            guard->deleteLater();
            const QString prefix = u"data:image/png;base64,"_s;
            if (!text.startsWith(prefix)) {
                done({}, tr("Plotly could not draw the image: %1").arg(text.mid(6)));
                return;
            }
            QImage image = QImage::fromData(QByteArray::fromBase64(text.mid(prefix.size()).toLatin1()), "PNG");
            if (image.isNull()) {
                done({}, tr("Plotly's image could not be read."));
                return;
            }
            if (image.size() != size)
                image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            done(image, {});
        });
    });
    timer->start();
}
