// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/chart/chartexporter.h"

#include "gui/chart/chartengine.h"
#include "gui/chart/resolutiondialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

ChartExporter::ChartExporter(QWidget *dialogParent, QObject *parent) : QObject(parent), m_dialogParent(dialogParent) {}

QSize ChartExporter::pixelSize(ChartEngine &engine)
{
    const QWidget *w = engine.widget();
    return w ? w->size() * w->devicePixelRatioF() : QSize();
}

void ChartExporter::writePng(ChartEngine &engine, const QString &path, QSize size, Done done)
{
    engine.renderImage(size, [path, done](const QImage &image, const QString &error) {
        if (image.isNull()) {
            done(false, error);
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            done(false, tr("The image could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        done(true, tr("Chart saved as %1 (%2 × %3 pixels).")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(image.width())
                       .arg(image.height()));
    });
}

std::expected<void, QString> ChartExporter::writeCsv(const ChartEngine &engine, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(engine.chartData().toCsv()) < 0 || !file.commit())
        return std::unexpected(
            tr("The data could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void ChartExporter::choosePng(ChartEngine &engine, bool askSize)
{
    QSize size = pixelSize(engine);
    if (askSize) {
        ResolutionDialog dialog(size.isEmpty() ? QSize(1600, 1000) : size, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        size = dialog.resolution();
    }
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export chart as PNG"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(tr("battery-health.png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QPointer<ChartExporter> self(this);
    writePng(engine, path.endsWith(u".png"_s, Qt::CaseInsensitive) ? path : path + u".png"_s, size,
             [self](bool ok, const QString &message) {
                 if (self)
                     Q_EMIT self->finished(ok, message);
             });
}

void ChartExporter::chooseCsv(const ChartEngine &engine)
{
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Export chart data as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("battery-health.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = writeCsv(engine, path); !saved)
        Q_EMIT finished(false, saved.error());
    else
        Q_EMIT finished(true, tr("Data saved as %1.").arg(QDir::toNativeSeparators(path)));
}
