// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/model/importresult.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Progress of the running import (with Cancel) and one line per file:
// imported with its counts, duplicate, or the error in plain words. Skipped
// records and notes are child lines, shown on demand.
class ImportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPanel(QWidget *parent = nullptr);

    void begin(int queuedBatches);
    void setProgress(const ImportProgress &progress);
    void addResult(const FileImportResult &result);
    void addFailure(const QString &message);
    void end(bool cancelled);
    void clearResults();

    QTreeWidget *results() const { return m_results; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

    enum Column { FileColumn, StatusColumn, DetailsColumn };

Q_SIGNALS:
    void cancelRequested();

private:
    QTreeWidgetItem *addTop(const QString &file, const QString &status, const QString &details, const QString &icon);

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_clear = nullptr;
    QTreeWidget *m_results = nullptr;
    int m_imported = 0;
    int m_duplicates = 0;
    int m_errors = 0;
};
