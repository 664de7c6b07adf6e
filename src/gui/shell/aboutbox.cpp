// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/aboutbox.h"

#include "gui/common/icons.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace AboutBox {

void show(QWidget *parent, const QString &dataDir)
{
    const QString folder = QDir::toNativeSeparators(dataDir);
    QMessageBox box(parent);
    box.setWindowTitle(QApplication::translate("MainWindow", "About CarData Battery Health"));
    box.setIconPixmap(Icons::application().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(QApplication::translate("MainWindow",
                                        "<h3>CarData Battery Health %1</h3>"
                                        "<p>The state of health of BMW and MINI high-voltage batteries, estimated from "
                                        "BMW CarData exports.</p>"
                                        "<p><b>Your data folder:</b><br>%2</p>"
                                        "<p>It holds the database and the installation secret; back up both together. "
                                        "The demo fleet lives in its own database in the subfolder <i>demo</i>.</p>"
                                        "<p>No VIN, address or location is ever stored. The app never connects to the "
                                        "internet.</p>"
                                        "<p>Charts: Qt Charts, and Plotly.js %3 (MIT licence), bundled.</p>")
                    .arg(QApplication::applicationVersion(), folder.toHtmlEscaped(),
                         QStringLiteral(CARDATA_PLOTLY_VERSION)));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace AboutBox
