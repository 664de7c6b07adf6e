// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "demo/fleetgenerator.h"

#include <QObject>
#include <QTemporaryDir>

class QThread;

// Writes a synthetic fleet (FleetGenerator) into a temporary folder on a
// worker thread, for "Load demo fleet". The folder lives as long as this
// object: keep it until the import of exportsDir() has finished.
class DemoFleet : public QObject
{
    Q_OBJECT
public:
    explicit DemoFleet(const FleetOptions &options, QObject *parent = nullptr);
    ~DemoFleet() override;

    void start();
    QString exportsDir() const;

    static FleetOptions defaultOptions();

Q_SIGNALS:
    void generated(const QString &exportsDir);
    void failed(const QString &message);

private:
    FleetOptions m_options;
    QTemporaryDir m_dir;
    QThread *m_thread = nullptr;
};
