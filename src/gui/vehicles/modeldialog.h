// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;

// "Which model is this?": the capacity table's model names to pick from,
// or any text. An empty answer is allowed only when editing later (it makes
// the model unknown again), not when first asked.
class ModelDialog : public QDialog
{
    Q_OBJECT
public:
    ModelDialog(const QString &question, const QString &current, QWidget *parent = nullptr);

    QString model() const;
    QComboBox *combo() const { return m_combo; }

    // The names offered: the built-in capacity table's.
    static QStringList knownModels();

private:
    QComboBox *m_combo = nullptr;
};
