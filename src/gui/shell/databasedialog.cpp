// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/databasedialog.h"

#include "core/operations/operations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatabaseDialog::DatabaseDialog(QString dataDir, QWidget *parent) : QDialog(parent), m_dataDir(std::move(dataDir))
{
    setWindowTitle(tr("Database"));
    auto *layout = new QVBoxLayout(this);
    m_file = new QRadioButton(tr("This computer's own database (in the data folder)"), this);
    m_server = new QRadioButton(tr("A team's PostgreSQL server, shared with others who import"), this);
    layout->addWidget(m_file);
    layout->addWidget(m_server);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"postgresql://user@host:5432/cardata"_s);
    m_url->setClearButtonEnabled(true);
    form->addRow(tr("&Address:"), m_url);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("(leave empty to use the one kept, or ~/.pgpass)"));
    form->addRow(tr("&Password:"), m_password);
    m_teamKey = new QLineEdit(this);
    m_teamKey->setEchoMode(QLineEdit::Password);
    m_teamKey->setPlaceholderText(tr("cdtk1-… (leave empty to keep the one stored)"));
    form->addRow(tr("&Team key:"), m_teamKey);
    auto *hint = new QLabel(tr("A password typed here is kept in the desktop keychain, never in a settings file; "
                               "without a keychain, put it in ~/.pgpass. The team key stays on this computer (in "
                               "the keychain, or a file only you can read); the server keeps only a check value."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    layout->addLayout(form);

    m_test = new QPushButton(tr("Test the &connection"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &DatabaseDialog::test);
    connect(m_server, &QRadioButton::toggled, this, &DatabaseDialog::updateEnabled);

    const QString chosen = Operations::chosenServer(m_dataDir);
    m_url->setText(chosen);
    (chosen.isEmpty() ? m_file : m_server)->setChecked(true);
    updateEnabled();
    resize(560, sizeHint().height());
}

void DatabaseDialog::updateEnabled()
{
    const bool server = m_server->isChecked();
    m_url->setEnabled(server);
    m_password->setEnabled(server);
    m_teamKey->setEnabled(server);
    m_test->setEnabled(server);
}

void DatabaseDialog::test()
{
    m_result->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // At most the connection's own timeout (10 s).
    const auto said = Operations::checkServer(m_dataDir, m_url->text().trimmed(), m_teamKey->text(),
                                                  m_password->text());
    QApplication::restoreOverrideCursor();
    m_result->setText(said ? *said : said.error());
}

void DatabaseDialog::save()
{
    const QString url = m_server->isChecked() ? m_url->text().trimmed() : QString();
    if (m_server->isChecked() && url.isEmpty()) {
        m_result->setText(tr("Write the server's address, or choose this computer's own database."));
        return;
    }
    const bool server = m_server->isChecked();
    if (auto chosen = Operations::chooseDatabase(m_dataDir, url, server ? m_teamKey->text() : QString(),
                                                 server ? m_password->text() : QString());
        !chosen) {
        m_result->setText(chosen.error());
        return;
    }
    m_changed = true;
    accept();
}
