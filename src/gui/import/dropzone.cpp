// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/import/dropzone.h"

#include "gui/common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DropZone::DropZone(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"dropZone"_s);
    setAccessibleName(tr("Drop zone for CarData exports"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::application().pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("Drop your BMW CarData export here"), this);
    title->setObjectName(u"dropTitle"_s);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);

    auto *how = new QLabel(this);
    how->setObjectName(u"dropHowTo"_s);
    how->setTextFormat(Qt::RichText);
    how->setWordWrap(true);
    how->setAlignment(Qt::AlignCenter);
    how->setText(tr("<p>The <b>.zip</b> archive as it comes, a charging history <b>.json</b>, or a folder holding them."
                    "</p><p><b>No export yet?</b> Sign in to your BMW (or MINI) account on the web, open "
                    "<b>BMW CarData</b> and request the data archive. You will receive a .zip file a little later.</p>"
                    "<p>Your data stays on this computer: no VIN, address or location is stored.</p>"));

    m_import = new QPushButton(Icons::get(u"import"_s), tr("&Import files…"), this);
    m_import->setObjectName(u"dropImport"_s);
    m_folder = new QPushButton(Icons::get(u"folder"_s), tr("Import a &folder…"), this);
    m_folder->setObjectName(u"dropFolder"_s);
    m_demo = new QPushButton(Icons::get(u"demo"_s), tr("Look around with a &demo fleet"), this);
    m_demo->setObjectName(u"dropDemo"_s);
    m_demo->setToolTip(tr("Synthetic cars in a separate demo database; your own data is not touched."));
    for (QPushButton *b : {m_import, m_folder, m_demo})
        b->setMinimumHeight(32);
    m_import->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_folder);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto *inner = new QVBoxLayout;
    inner->setSpacing(14);
    inner->addStretch(2);
    inner->addWidget(icon);
    inner->addWidget(title);
    inner->addWidget(how);
    inner->addLayout(buttons);
    inner->addStretch(3);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addLayout(inner, 4);
    outer->addStretch(1);

    connect(m_import, &QPushButton::clicked, this, &DropZone::importFilesRequested);
    connect(m_folder, &QPushButton::clicked, this, &DropZone::importFolderRequested);
    connect(m_demo, &QPushButton::clicked, this, &DropZone::demoRequested);
    applyStyle();
}

void DropZone::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void DropZone::applyStyle()
{
    // A dashed frame in the palette's own mid colour: visible on light and
    // dark themes alike. Scoped to this object so children keep their style.
    const QColor border = palette().color(QPalette::Mid);
    const QString sheet = u"QFrame#dropZone { border: 2px dashed %1; border-radius: 12px; }"_s.arg(border.name());
    if (styleSheet() != sheet) // a style sheet change must not loop through another palette change
        setStyleSheet(sheet);
}
