// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

Translations::Translations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // qt_add_translations embeds the .qm files under :/i18n.
    if (m_app.load(locale, u"cardata-health"_s, u"_"_s, u":/i18n"_s)) {
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
        m_language = locale.name().section(u'_', 0, 0);
    } else if (m_app.load(u"cardata-health_en"_s, u":/i18n"_s)) {
        // A language we have no translation for: English, with its plurals.
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    }
    // Qt's own strings (standard buttons) when the system has them.
    if (m_appInstalled && m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
}

QList<std::pair<QString, QString>> Translations::available()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}};
}
