// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/online/onlinecontroller.h"

#include "core/online/onlinestate.h"
#include "gui/online/background.h"
#include "gui/online/connectdialog.h"

#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

OnlineController::OnlineController(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir)) {}

void OnlineController::refresh()
{
    ++m_refreshing;
    const QString dataDir = m_dataDir;
    Background::run<OnlineStatus>(this, [dataDir] { return OnlineAccount(dataDir).status(); },
                                  [this](OnlineStatus status) {
                                      --m_refreshing;
                                      if (m_refreshing > 0)
                                          return; // a newer look is on its way
                                      m_status = std::move(status);
                                      m_known = true;
                                      Q_EMIT statusChanged(m_status);
                                      if (m_fetchIfDue) {
                                          m_fetchIfDue = false;
                                          if (m_status.fetchDue())
                                              Q_EMIT fetchRequested();
                                      }
                                  });
}

void OnlineController::fetchIfDue()
{
    m_fetchIfDue = true;
    refresh();
}

QString OnlineController::statusText(const OnlineStatus &status, const QDateTime &now)
{
    if (!status.problem.isEmpty())
        return tr("BMW CarData: the login cannot be read");
    if (!status.connected)
        return {};
    const QLocale locale;
    QString text;
    if (status.blockedUntil.isValid())
        text = tr("BMW CarData: no calls left until %1")
                   .arg(locale.toString(status.blockedUntil.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("BMW CarData: %n call(s) left today", "", status.callsLeft);
    if (status.lastFetchAt > 0) {
        const QDateTime last = QDateTime::fromSecsSinceEpoch(status.lastFetchAt).toLocalTime();
        const bool today = last.date() == now.toLocalTime().date();
        text += tr(", last fetch %1")
                    .arg(today ? locale.toString(last.time(), QLocale::ShortFormat)
                               : locale.toString(last.date(), QLocale::ShortFormat));
    }
    return text;
}

void OnlineController::showConnectDialog(QWidget *parent)
{
    auto *dialog = new ConnectDialog(m_dataDir, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connected, this, &OnlineController::refresh);
    connect(dialog, &ConnectDialog::fetchRequested, this, &OnlineController::fetchRequested);
    dialog->open();
}

void OnlineController::disconnectAccount(QWidget *parent)
{
    const auto answer = QMessageBox::question(
        parent, tr("Disconnect BMW CarData"),
        tr("Remove the BMW CarData login, the client ID and the list of vehicles from this computer?\n\n"
           "What was fetched stays in the database. To connect again you will need the client ID."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString dataDir = m_dataDir;
    Background::run<QString>(this, [dataDir] {
        const auto done = OnlineAccount(dataDir).disconnect();
        return done ? QString() : done.error();
    }, [this](QString error) {
        Q_EMIT message(error.isEmpty() ? tr("BMW CarData is disconnected.") : error, 8000);
        refresh();
    });
}
