// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/online/connectdialog.h"

#include "core/online/apierror.h"
#include "gui/online/qrcode.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *wrapping(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

enum Page { EntryPage, WaitingPage, OutcomePage };

} // namespace

ConnectDialog::ConnectDialog(QString dataDir, QWidget *parent)
    : QDialog(parent), m_dataDir(std::move(dataDir)), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setWindowTitle(tr("Connect BMW CarData"));
    m_pages = new QStackedWidget(this);

    // 1. The client ID.
    auto *entry = new QWidget(m_pages);
    auto *entryLayout = new QVBoxLayout(entry);
    entryLayout->addWidget(wrapping(
        tr("<p>Since mid-2025 BMW's exports no longer carry the charging history. The app can fetch it, and the "
           "car's own battery readings, from BMW's CarData service, once a day, within BMW's limit of 50 requests.</p>"
           "<p>BMW asks for a client ID of your own:</p>"
           "<ol><li>Log in on the BMW (or MINI) website and open <i>BMW CarData</i> under your personal data.</li>"
           "<li>Press <i>Create CarData Client</i>, then subscribe the client to <i>CarData API</i>.</li>"
           "<li>Copy the client ID (the portal shows it only once) and paste it here.</li></ol>"
           "<p>The login is kept in your desktop's keychain; your car's VIN never enters the database.</p>"),
        entry));
    auto *form = new QFormLayout;
    m_clientId = new QLineEdit(entry);
    m_clientId->setPlaceholderText(u"01234567-89ab-cdef-0123-456789abcdef"_s);
    m_clientId->setClearButtonEnabled(true);
    form->addRow(tr("&Client ID:"), m_clientId);
    entryLayout->addLayout(form);
    m_entryError = wrapping({}, entry);
    m_entryError->setStyleSheet(u"color: palette(highlight);"_s);
    m_entryError->hide();
    entryLayout->addWidget(m_entryError);
    entryLayout->addStretch();
    m_pages->addWidget(entry);

    // 2. The code, the link, the QR code, the wait.
    auto *waiting = new QWidget(m_pages);
    auto *waitingLayout = new QHBoxLayout(waiting);
    auto *waitingText = new QVBoxLayout;
    waitingText->addWidget(wrapping(tr("Open this link and log in with your BMW or MINI account:"), waiting));
    m_link = wrapping({}, waiting);
    m_link->setOpenExternalLinks(true);
    waitingText->addWidget(m_link);
    waitingText->addWidget(wrapping(tr("Then confirm this code:"), waiting));
    auto *codeRow = new QHBoxLayout;
    m_userCode = new QLabel(waiting);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_userCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_userCode->setFont(big);
    auto *copy = new QPushButton(tr("Co&py code"), waiting);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_code.userCode); });
    codeRow->addWidget(m_userCode);
    codeRow->addWidget(copy);
    codeRow->addStretch();
    waitingText->addLayout(codeRow);
    m_waiting = wrapping({}, waiting);
    waitingText->addWidget(m_waiting);
    waitingText->addStretch();
    waitingLayout->addLayout(waitingText, 1);
    auto *qrColumn = new QVBoxLayout;
    m_qr = new QLabel(waiting);
    m_qr->setAlignment(Qt::AlignCenter);
    qrColumn->addWidget(m_qr);
    auto *qrHint = new QLabel(tr("or scan it with your phone"), waiting);
    qrHint->setAlignment(Qt::AlignCenter);
    qrColumn->addWidget(qrHint);
    qrColumn->addStretch();
    waitingLayout->addLayout(qrColumn);
    m_pages->addWidget(waiting);

    // 3. How it ended.
    auto *outcome = new QWidget(m_pages);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    m_outcome = wrapping({}, outcome);
    outcomeLayout->addWidget(m_outcome);
    outcomeLayout->addStretch();
    m_pages->addWidget(outcome);

    m_buttons = new QDialogButtonBox(this);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    m_fetch = m_buttons->addButton(tr("&Fetch now"), QDialogButtonBox::AcceptRole);
    m_retry = m_buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::startLogin);
    connect(m_clientId, &QLineEdit::returnPressed, this, &ConnectDialog::startLogin);
    connect(m_fetch, &QPushButton::clicked, this, [this] {
        Q_EMIT fetchRequested();
        accept();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { setState(State::Entering); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    setState(State::Entering);
    resize(620, 420);
}

ConnectDialog::~ConnectDialog()
{
    stopLogin();
}

QString ConnectDialog::message() const
{
    switch (m_state) {
    case State::Entering: return m_entryError->isHidden() ? QString() : m_entryError->text();
    case State::Waiting: return m_waiting->text();
    case State::Connected:
    case State::Failed: return m_outcome->text();
    }
    return {};
}

bool ConnectDialog::showsQrCode() const
{
    return !m_qr->pixmap().isNull();
}

void ConnectDialog::setState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(state == State::Entering ? EntryPage : state == State::Waiting ? WaitingPage : OutcomePage);
    m_connect->setVisible(state == State::Entering);
    m_fetch->setVisible(state == State::Connected);
    m_retry->setVisible(state == State::Failed);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setText(state == State::Connected || state == State::Failed ? tr("&Close") : tr("Cancel"));
    if (state == State::Entering)
        m_clientId->setFocus();
    Q_EMIT stateChanged(state);
}

void ConnectDialog::startLogin()
{
    if (m_state != State::Entering || m_thread)
        return;
    const auto id = OnlineAccount::checkedClientId(m_clientId->text());
    if (!id) {
        m_entryError->setText(id.error());
        m_entryError->show();
        return;
    }
    m_entryError->hide();
    m_code = {};
    m_userCode->clear();
    m_link->clear();
    m_qr->clear();
    m_waiting->setText(tr("Asking BMW for a login code…"));
    setState(State::Waiting);

    m_cancel->store(false);
    ConnectDialog *self = this;
    const QString dataDir = m_dataDir;
    const QString clientId = *id;
    const int slowDown = m_slowDownStepMs;
    auto cancel = m_cancel;
    m_thread = QThread::create([self, dataDir, clientId, slowDown, cancel] {
        OnlineAccount account(dataDir);
        account.setSlowDownStepMs(slowDown);
        OnlineAccount::LoginCallbacks callbacks;
        // The dialog waits for this thread before it goes: self is valid
        // whenever a queued call runs.
        callbacks.onCode = [self](const DeviceCode &code) {
            QMetaObject::invokeMethod(self, [self, code] { self->showCode(code); }, Qt::QueuedConnection);
        };
        callbacks.onWaiting = [self](int secondsLeft) {
            QMetaObject::invokeMethod(self, [self, secondsLeft] { self->showWaiting(secondsLeft); },
                                      Qt::QueuedConnection);
        };
        const auto result = account.connect(clientId, callbacks, cancel.get());
        QMetaObject::invokeMethod(self, [self, result] { self->finish(result); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this] { m_thread = nullptr; });
    m_thread->start();
}

void ConnectDialog::showCode(const DeviceCode &code)
{
    m_code = code;
    const QString link = code.link().toString(QUrl::FullyEncoded);
    m_link->setText(u"<a href=\"%1\">%2</a>"_s.arg(link.toHtmlEscaped(), code.link().toDisplayString().toHtmlEscaped()));
    m_userCode->setText(code.userCode);
    const QImage qr = QrCode::image(link, 4);
    if (!qr.isNull())
        m_qr->setPixmap(QPixmap::fromImage(qr));
    showWaiting(code.expiresInS);
}

void ConnectDialog::showWaiting(int secondsLeft)
{
    if (m_state != State::Waiting)
        return;
    m_waiting->setText(tr("Waiting for you to confirm the code (valid for another %1:%2)…")
                           .arg(secondsLeft / 60)
                           .arg(secondsLeft % 60, 2, 10, QLatin1Char('0')));
}

void ConnectDialog::finish(const std::expected<ConnectResult, QString> &result)
{
    if (!result) {
        if (result.error() == ApiError::cancelledMessage()) {
            setState(State::Entering);
            return;
        }
        m_outcome->setText(tr("<p><b>The connection did not work.</b></p><p>%1</p>").arg(result.error().toHtmlEscaped()));
        setState(State::Failed);
        return;
    }
    const int mapped = int(result->credentials.vehicles.size());
    const int primary = int(result->credentials.primaryVehicles().size());
    QString text = tr("<p><b>Connected.</b> BMW lists %n vehicle(s) for this account", "", mapped);
    text += tr(", %n of them with you as the primary user.</p>", "", primary);
    if (mapped > 0) {
        text += u"<ul>"_s;
        for (const MappedVehicle &v : result->credentials.vehicles)
            text += u"<li>"_s
                    + (v.isPrimary() ? tr("VIN %1: primary user, its data can be fetched")
                                     : tr("VIN %1: secondary user, BMW gives its data only to the primary user"))
                          .arg(v.maskedVin())
                          .toHtmlEscaped()
                    + u"</li>"_s;
        text += u"</ul>"_s;
    }
    text += tr("<p>The login is stored in %1. The app fetches new charging sessions once a day when it starts; "
               "Vehicle → Fetch from BMW CarData fetches at once.</p>")
                .arg(result->storedWhere.toHtmlEscaped());
    if (!result->note.isEmpty())
        text += u"<p>"_s + result->note.toHtmlEscaped() + u"</p>"_s;
    m_outcome->setText(text);
    setState(State::Connected);
    m_fetch->setEnabled(primary > 0);
    Q_EMIT connected();
}

void ConnectDialog::stopLogin()
{
    m_cancel->store(true);
    if (m_thread)
        m_thread->wait(); // a poll is cancelled within 100 ms
    QCoreApplication::removePostedEvents(this); // queued results of the stopped login
    m_thread = nullptr;
}

void ConnectDialog::reject()
{
    if (m_state == State::Waiting) {
        // Cancel while waiting: stop, and go back to the client ID.
        stopLogin();
        setState(State::Entering);
        return;
    }
    stopLogin();
    QDialog::reject();
}
