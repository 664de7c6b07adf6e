// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QTranslator>

// Loads the app's translation (compiled into the resources) for the chosen
// language, or the system's when none is chosen, and installs it for as
// long as this object lives. English is the source language: nothing to load.
class Translations
{
public:
    explicit Translations(const QString &language);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The language actually in use ("en", "de").
    QString language() const { return m_language; }

    // Languages offered in the settings: code and the language's own name.
    static QList<std::pair<QString, QString>> available();

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_language = QStringLiteral("en");
};
