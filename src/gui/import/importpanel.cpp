// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/import/importpanel.h"

#include "core/read/exportreader.h"

#include "gui/common/icons.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ImportPanel::ImportPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"importPanel"_s);
    m_status = new QLabel(tr("No import yet."), this);
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m files"));
    m_cancel = new QPushButton(Icons::get(u"cancel"_s), tr("&Cancel import"), this);
    m_cancel->setObjectName(u"cancelImport"_s);
    m_cancel->setToolTip(tr("Stop after the current file; the files finished so far stay stored."));
    m_cancel->setEnabled(false);
    m_clear = new QPushButton(tr("C&lear list"), this);
    m_clear->setObjectName(u"clearResults"_s);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(u"importResults"_s);
    m_results->setAccessibleName(tr("Import results"));
    m_results->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_results->setRootIsDecorated(true);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_results->setColumnWidth(FileColumn, 320);
    m_results->setColumnWidth(StatusColumn, 110);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_results, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling after the current file…"));
        Q_EMIT cancelRequested();
    });
    connect(m_clear, &QPushButton::clicked, this, &ImportPanel::clearResults);
    setTabOrder(m_cancel, m_clear);
    setTabOrder(m_clear, m_results);
}

void ImportPanel::clearResults()
{
    m_results->clear();
}

void ImportPanel::begin(int queuedBatches)
{
    m_imported = m_duplicates = m_errors = 0;
    m_progress->setRange(0, 0); // busy until the first progress report counts the files
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(queuedBatches > 0 ? tr("Looking for CarData files… (%n more import(s) waiting)", "", queuedBatches)
                                        : tr("Looking for CarData files…"));
}

void ImportPanel::setProgress(const ImportProgress &p)
{
    m_progress->setFormat(p.fetching ? tr("%v of %m requests") : tr("%v of %m files"));
    m_progress->setRange(0, std::max(1, p.filesTotal));
    m_progress->setValue(p.filesDone);
    const int current = std::min(p.filesDone + 1, std::max(1, p.filesTotal));
    QString text = p.fetching ? tr("BMW CarData: request %1 of about %2").arg(current).arg(p.filesTotal)
                              : tr("File %1 of %2 · %n session(s) stored", "", int(std::min<qint64>(p.sessions, INT_MAX)))
                                    .arg(current)
                                    .arg(p.filesTotal);
    if (!p.currentFile.isEmpty())
        text += u" · "_s + p.currentFile; // already VIN-masked by the importer
    m_status->setText(text);
}

QTreeWidgetItem *ImportPanel::addTop(const QString &file, const QString &status, const QString &details,
                                     const QString &icon)
{
    auto *item = new QTreeWidgetItem(m_results);
    // VINs masked, as in every message and log: screenshots get shared.
    item->setText(FileColumn, file.isEmpty() ? tr("(import)") : ExportReader::displayName(file));
    item->setToolTip(FileColumn, file);
    item->setText(StatusColumn, status);
    item->setIcon(StatusColumn, Icons::get(icon));
    item->setText(DetailsColumn, details);
    item->setToolTip(DetailsColumn, details);
    m_results->scrollToItem(item);
    return item;
}

void ImportPanel::addResult(const FileImportResult &result)
{
    using Status = FileImportResult::Status;
    switch (result.status) {
    case Status::Error: {
        ++m_errors;
        addTop(result.file, tr("Error"), result.error, u"error"_s);
        return;
    }
    case Status::Cancelled:
        addTop(result.file, tr("Cancelled"), result.error.isEmpty() ? tr("Not imported: the import was cancelled.")
                                                                    : result.error,
               u"cancel"_s);
        return;
    case Status::Duplicate:
        ++m_duplicates;
        break;
    case Status::Imported:
        ++m_imported;
        break;
    }
    const bool duplicate = result.status == Status::Duplicate;
    QStringList summaries;
    int rejected = 0;
    for (const VehicleImport &v : result.vehicles) {
        rejected += v.sessionsRejected;
        summaries.append(duplicate ? tr("already imported earlier; not read again")
                                   : tr("%1 new, %2 duplicate, %3 rejected")
                                         .arg(v.sessionsNew)
                                         .arg(v.sessionsDuplicate)
                                         .arg(v.sessionsRejected));
    }
    if (summaries.isEmpty())
        summaries.append(duplicate ? tr("already imported earlier; not read again") : tr("nothing to import"));
    QTreeWidgetItem *top = addTop(result.file, duplicate ? tr("Duplicate") : tr("Imported"),
                                  result.vehicles.size() > 1 ? tr("%n vehicle(s)", "", int(result.vehicles.size()))
                                                             : summaries.constFirst(),
                                  duplicate ? u"duplicate"_s : (rejected > 0 ? u"warning"_s : u"ok"_s));
    if (rejected > 0)
        top->setToolTip(DetailsColumn, tr("Expand to see why %n record(s) were skipped.", "", rejected));
    for (qsizetype i = 0; i < result.vehicles.size(); ++i) {
        const VehicleImport &v = result.vehicles[i];
        QTreeWidgetItem *parent = top;
        if (result.vehicles.size() > 1) {
            parent = new QTreeWidgetItem(top);
            parent->setText(FileColumn, tr("Vehicle %1").arg(v.vehicleKey.left(8)));
            parent->setText(DetailsColumn, summaries[i]);
        }
        const QString model = v.model.isEmpty() ? tr("model unknown") : v.model;
        auto *vehicle = new QTreeWidgetItem(parent);
        vehicle->setText(FileColumn, tr("Vehicle %1").arg(v.vehicleKey.left(8)));
        vehicle->setText(DetailsColumn, model);
        for (const RecordRejection &r : v.rejections) {
            auto *child = new QTreeWidgetItem(parent);
            child->setText(FileColumn, tr("Record %1").arg(r.index));
            child->setText(StatusColumn, tr("Skipped"));
            child->setText(DetailsColumn, r.reason);
            child->setToolTip(DetailsColumn, r.reason);
        }
        if (!v.note.isEmpty()) {
            auto *child = new QTreeWidgetItem(parent);
            child->setText(FileColumn, tr("Note"));
            child->setText(DetailsColumn, v.note);
            child->setToolTip(DetailsColumn, v.note);
        }
    }
}

void ImportPanel::addFailure(const QString &message)
{
    ++m_errors;
    addTop({}, tr("Error"), message, u"error"_s);
}

void ImportPanel::end(bool cancelled)
{
    m_cancel->setEnabled(false);
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
    QString text = tr("%n file(s) imported", "", m_imported);
    if (m_duplicates)
        text += u", "_s + tr("%n already imported before", "", m_duplicates);
    if (m_errors)
        text += u", "_s + tr("%n with errors", "", m_errors);
    m_status->setText(cancelled ? tr("Import cancelled: %1. Files finished before stay stored.").arg(text)
                                : tr("Import finished: %1.").arg(text));
}
