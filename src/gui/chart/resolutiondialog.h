// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QSize>

#include <memory>

namespace Ui {
class ResolutionDialog;
}

// Width and height in pixels for "Export chart as PNG at a resolution".
// The layout is a Designer form (ui/resolutiondialog.ui).
class ResolutionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResolutionDialog(QSize initial, QWidget *parent = nullptr);
    ~ResolutionDialog() override;
    QSize resolution() const;

private:
    std::unique_ptr<Ui::ResolutionDialog> m_ui;
};
