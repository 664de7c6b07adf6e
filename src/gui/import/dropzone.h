// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QPushButton;

// What an empty database shows: where to drop files, how to get a CarData
// export in the first place, and a demo fleet to look around with.
class DropZone : public QFrame
{
    Q_OBJECT
public:
    explicit DropZone(QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void importFilesRequested();
    void importFolderRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QPushButton *m_import = nullptr;
    QPushButton *m_folder = nullptr;
    QPushButton *m_demo = nullptr;
};
