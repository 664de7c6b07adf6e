// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSize>
#include <QString>

#include <expected>
#include <functional>

class ChartEngine;
class QWidget;

// "Export chart as PNG" and "Export chart data as CSV": the file dialogs,
// and the writing itself (through QSaveFile: a failed export never leaves a
// half-written file behind).
class ChartExporter : public QObject
{
    Q_OBJECT
public:
    explicit ChartExporter(QWidget *dialogParent, QObject *parent = nullptr);

    using Done = std::function<void(bool ok, const QString &message)>;
    static void writePng(ChartEngine &engine, const QString &path, QSize size, Done done);
    static std::expected<void, QString> writeCsv(const ChartEngine &engine, const QString &path);
    static QSize pixelSize(ChartEngine &engine);

    // Asks where (and, with askSize, how large), then writes; says how it
    // went through finished().
    void choosePng(ChartEngine &engine, bool askSize);
    void chooseCsv(const ChartEngine &engine);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    QWidget *m_dialogParent;
};
