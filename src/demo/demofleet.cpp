// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demo/demofleet.h"

#include <QDir>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

DemoFleet::DemoFleet(const FleetOptions &options, QObject *parent) : QObject(parent), m_options(options) {}

DemoFleet::~DemoFleet()
{
    if (m_thread) {
        // The generator cannot be interrupted; it is short, so wait for it
        // rather than delete the folder under its feet.
        m_thread->wait();
        delete m_thread;
    }
}

FleetOptions DemoFleet::defaultOptions()
{
    FleetOptions options;
    options.vehicles = 24;
    options.seed = 4;
    options.scenario = FleetOptions::Scenario::Mixed;
    return options;
}

QString DemoFleet::exportsDir() const
{
    return QDir(m_dir.path()).filePath(u"exports"_s);
}

void DemoFleet::start()
{
    if (!m_dir.isValid()) {
        Q_EMIT failed(tr("No temporary folder for the demo fleet could be created: %1").arg(m_dir.errorString()));
        return;
    }
    auto result = std::make_shared<QString>(); // the error, empty on success
    const QString dir = m_dir.path();
    const FleetOptions options = m_options;
    m_thread = QThread::create([result, dir, options] {
        const auto truth = FleetGenerator::write(dir, options);
        if (!truth)
            *result = truth.error().isEmpty() ? u"unknown error"_s : truth.error();
    });
    m_thread->setObjectName(u"cardata-demo"_s);
    connect(m_thread, &QThread::finished, this, [this, result] {
        if (result->isEmpty())
            Q_EMIT generated(exportsDir());
        else
            Q_EMIT failed(tr("The demo fleet could not be created: %1").arg(*result));
    });
    m_thread->start();
}
