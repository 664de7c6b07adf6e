// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;

// What the window shows instead of the data when the database cannot be
// read: what went wrong, that nothing was changed, and what to do.
class DatabaseErrorPage : public QWidget
{
    Q_OBJECT
public:
    explicit DatabaseErrorPage(QWidget *parent = nullptr);

    void setError(const QString &dataDir, const QString &message);
    QString message() const { return m_messageText; }

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_message = nullptr;
    QLabel *m_folder = nullptr;
    QString m_messageText;
    QString m_dataDir;
};
