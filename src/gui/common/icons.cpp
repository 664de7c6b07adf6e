// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/icons.h"

#include <QGuiApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Icons {

QIcon get(const QString &name)
{
    // Freedesktop icon-naming-spec names for the theme look-up.
    static const QHash<QString, QString> themeNames = {
        {u"import"_s, u"document-open"_s},   {u"folder"_s, u"folder-open"_s},
        {u"export"_s, u"document-save-as"_s}, {u"csv"_s, u"text-csv"_s},
        {u"quit"_s, u"application-exit"_s},   {u"about"_s, u"help-about"_s},
        {u"forget"_s, u"edit-delete"_s},      {u"cancel"_s, u"process-stop"_s},
        {u"error"_s, u"dialog-error"_s},      {u"warning"_s, u"dialog-warning"_s},
    };
    const QIcon own(u":/cardata/icons/%1.svg"_s.arg(name));
    const QString themeName = themeNames.value(name);
    return themeName.isEmpty() ? own : QIcon::fromTheme(themeName, own);
}

QIcon application()
{
    // packaging/ installs the icon under the application ID, which main() also
    // gives the desktop as the desktop file name.
    QIcon icon = QIcon::fromTheme(QGuiApplication::desktopFileName());
    if (icon.isNull())
        icon = QIcon(u":/cardata/icons/cardata-health.svg"_s);
    return icon;
}

} // namespace Icons
