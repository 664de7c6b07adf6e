// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/databaseerrorpage.h"

#include "gui/common/icons.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QUrl>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatabaseErrorPage::DatabaseErrorPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"databaseError"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::get(u"error"_s).pixmap(48, 48));
    auto *title = new QLabel(tr("<h2>The database cannot be read</h2>"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"databaseErrorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder = new QLabel(this);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Nothing was changed. Check that the data folder belongs to you and that the disk is "
                               "not full, then try again. A damaged database can be moved aside: the app then starts "
                               "a new one, and the exports can be imported again. Before an upgrade, the app keeps a "
                               "copy of the database in the data folder. To look at another database, start the app "
                               "with --data-dir FOLDER."),
                            this);
    hint->setWordWrap(true);
    auto *retry = new QPushButton(tr("&Try again"), this);
    retry->setObjectName(u"retryDatabase"_s);
    connect(retry, &QPushButton::clicked, this, &DatabaseErrorPage::retryRequested);
    auto *openFolder = new QPushButton(tr("&Open the data folder"), this);
    openFolder->setObjectName(u"openDataFolder"_s);
    connect(openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir)); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openFolder);
    buttons->addWidget(retry);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch();
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_folder);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addStretch();
}

void DatabaseErrorPage::setError(const QString &dataDir, const QString &message)
{
    m_messageText = message;
    m_dataDir = dataDir;
    m_message->setText(message);
    m_folder->setText(tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir)));
}
