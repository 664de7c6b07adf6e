// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/share/sharebundle.h"

#include <QDialog>

#include <optional>

class Operations;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// File -> Share anonymized data: shows exactly what a bundle of the user's
// cars would hold (the vehicles, the sessions, the fields, one row as
// written), then writes it where the user says (docs/sharing.md).
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(Operations *reader, const QString &selectedKey, QWidget *parent = nullptr);

    // After a save: where the bundle went (for tests).
    QString writtenTo() const { return m_written; }
    // The preview as shown.
    QString previewText() const;
    // Writes the bundle to `path` without asking (the Save button asks).
    bool saveTo(const QString &path);

private:
    void updatePreview();
    QStringList chosenKeys() const;

    Operations *m_reader;
    QString m_selectedKey;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selected = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_save = nullptr;
    QString m_written;
    std::optional<ShareBundle> m_bundle; // what the preview shows is what is written
};
