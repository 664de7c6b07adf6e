// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/chart/resolutiondialog.h"

#include "ui_resolutiondialog.h"

ResolutionDialog::ResolutionDialog(QSize initial, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResolutionDialog>())
{
    m_ui->setupUi(this);
    m_ui->presets->addItem(tr("Custom"), QSize());
    for (const QSize s : {QSize(1280, 720), QSize(1920, 1080), QSize(2560, 1440), QSize(3840, 2160), QSize(1200, 800)})
        m_ui->presets->addItem(tr("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_ui->width->setValue(initial.width());
    m_ui->height->setValue(initial.height());
    connect(m_ui->presets, &QComboBox::activated, this, [this](int index) {
        const QSize s = m_ui->presets->itemData(index).toSize();
        if (s.isValid()) {
            m_ui->width->setValue(s.width());
            m_ui->height->setValue(s.height());
        }
    });
}

ResolutionDialog::~ResolutionDialog() = default;

QSize ResolutionDialog::resolution() const
{
    return {m_ui->width->value(), m_ui->height->value()};
}
