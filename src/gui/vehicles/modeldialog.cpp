// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/vehicles/modeldialog.h"

#include "core/health/batterycatalog.h"
#include "core/operations/limits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ModelDialog::ModelDialog(const QString &question, const QString &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"modelDialog"_s);
    setWindowTitle(tr("Vehicle model"));
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    auto *hint = new QLabel(tr("The model decides the battery's capacity when new, and so the state of health. Pick "
                               "one from the list or type the name as BMW writes it, e.g. “i4 eDrive40”."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"modelCombo"_s);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->addItems(knownModels());
    m_combo->setCurrentText(current);
    m_combo->lineEdit()->setPlaceholderText(tr("Model name"));
    m_combo->lineEdit()->setMaxLength(int(Limits::modelNameMaxLength));
    m_combo->setAccessibleName(tr("Model name"));
    label->setBuddy(m_combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set model"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ModelDialog::model() const
{
    return m_combo->currentText().simplified();
}

QStringList ModelDialog::knownModels()
{
    QStringList names;
    for (const BatteryModel &m : BatteryCatalog::builtIn().models())
        names.append(m.name);
    names.sort(Qt::CaseInsensitive);
    return names;
}
