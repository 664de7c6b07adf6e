// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// Settings -> Database: the data folder's own file (the default) or a
// team's PostgreSQL server, with a connection test. A password typed here
// is kept in the desktop keychain, never in the settings (without one,
// libpq's ~/.pgpass or PGPASSFILE); the team key is kept in the keychain
// too, or where none answers in the data folder (mode 0600).
class DatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    DatabaseDialog(QString dataDir, QWidget *parent = nullptr);

    // After accept(): the choice was saved.
    bool changed() const { return m_changed; }

private:
    void updateEnabled();
    void test();
    void save();

    QString m_dataDir;
    QRadioButton *m_file = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_teamKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    bool m_changed = false;
};
