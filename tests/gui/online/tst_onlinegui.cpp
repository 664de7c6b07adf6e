// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// BMW CarData online in the app, against the stand-in on 127.0.0.1: the
// Connect dialog (code, link, QR code, failure, cancel), the QR code
// itself, and the window's daily fetch at start-up with its status line.
#include "core/online/credentials.h"
#include "core/online/onlineaccount.h"
#include "core/operations/operations.h"
#include "gui/dashboard/vehicletablemodel.h"
#include "gui/online/connectdialog.h"
#include "gui/online/onlinecontroller.h"
#include "gui/online/qrcode.h"
#include "gui/shell/appsettings.h"
#include "gui/shell/launchoptions.h"
#include "gui/shell/mainwindow.h"
#include "guitestmain.h"
#include "standincardata.h"
#include "testsupport.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString vin = u"WBA71AW0X0FP30003"_s;
const QString clientId = u"5d2c3b8e-1f4a-4e6b-9c7d-0a1b2c3d4e5f"_s;
constexpr int timeoutMs = 30000;

int historyRequests(const StandInCarData &server)
{
    return server.requestCount(u"chargingHistory"_s);
}

bool waitForState(ConnectDialog &dialog, ConnectDialog::State state)
{
    return QTest::qWaitFor([&] { return dialog.state() == state; }, timeoutMs);
}

} // namespace

class TestOnlineGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<StandInCarData> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }

private Q_SLOTS:
    void initTestCase() { qputenv("CARDATA_KEYCHAIN", "off"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<StandInCarData>();
        m_server->setClientId(clientId);
        m_server->addVehicle(vin, u"PRIMARY"_s, StandInCarData::sampleBasicData(vin, u"iX xDrive40"_s),
                             StandInCarData::sampleTelematicData(),
                             StandInCarData::sampleSessions(6, QDateTime::currentSecsSinceEpoch() - 30 * 86400));
        qputenv("CARDATA_AUTH_URL", m_server->baseUrl().toString().toLatin1());
        qputenv("CARDATA_API_URL", m_server->baseUrl().toString().toLatin1());
    }

    void qrCodeHasFinderPatternsAndQuietZone()
    {
        const QString link = u"https://customer.bmwgroup.com/oneid/link?user_code=ABCD-EFGH"_s;
        const int modules = QrCode::modules(link);
        QVERIFY(modules >= 21 && (modules - 17) % 4 == 0); // 17 + 4 × version
        const int scale = 3;
        const QImage image = QrCode::image(link, scale);
        QCOMPARE(image.width(), (modules + 8) * scale);
        QCOMPARE(image.height(), image.width());
        const auto dark = [&](int mx, int my) { return qGray(image.pixel((mx + 4) * scale + 1, (my + 4) * scale + 1)) < 128; };
        // The quiet zone is light, the three finder patterns' corners dark,
        // the corner without a finder pattern's ring light at (7, 7)-(1,1).
        QVERIFY(qGray(image.pixel(1, 1)) > 128);
        QVERIFY(dark(0, 0) && dark(modules - 1, 0) && dark(0, modules - 1));
        QVERIFY(dark(6, 6) && !dark(5, 5) && dark(4, 4)); // ring, light ring, centre
        QVERIFY(QrCode::image(QString(8000, u'x')).isNull()); // too long for any version
    }

    void connectShowsCodeLinkAndQrThenConnects()
    {
        m_server->setLogin(StandInCarData::Login::Approve, 3);
        m_server->setCodeTiming(300, 1);
        ConnectDialog dialog(dataDir());
        dialog.show();
        QSignalSpy connected(&dialog, &ConnectDialog::connected);
        dialog.clientIdEdit()->setText(u"  "_s + clientId + u" "_s);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.userCode().isEmpty(); }, timeoutMs));
        QCOMPARE(dialog.state(), ConnectDialog::State::Waiting);
        QCOMPARE(dialog.userCode(), m_server->lastUserCode());
        QVERIFY(dialog.link().toString().contains(u"user_code="_s + dialog.userCode()));
        QVERIFY(dialog.showsQrCode());
        QVERIFY2(dialog.message().contains(u"Waiting"_s), qPrintable(dialog.message()));
        QVERIFY(connected.wait(timeoutMs) || connected.count() == 1);
        QCOMPARE(dialog.state(), ConnectDialog::State::Connected);
        QVERIFY2(dialog.message().contains(u"1 vehicle"_s), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(u"VIN …P30003"_s) && !dialog.message().contains(vin),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.fetchButton()->isVisible() && dialog.fetchButton()->isEnabled());
        auto stored = CredentialStore(dataDir()).load();
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->clientId, clientId);
    }

    void failedLoginSaysWhyAndAllowsAnotherTry()
    {
        m_server->setLogin(StandInCarData::Login::Deny);
        ConnectDialog dialog(dataDir());
        dialog.clientIdEdit()->setText(clientId);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(waitForState(dialog, ConnectDialog::State::Failed));
        QVERIFY2(dialog.message().contains(u"declined"_s), qPrintable(dialog.message()));
        QVERIFY(!OnlineAccount(dataDir()).status().connected);
        QSignalSpy states(&dialog, &ConnectDialog::stateChanged);
        const auto buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == ConnectDialog::tr("&Try again"))
                b->click();
        QCOMPARE(dialog.state(), ConnectDialog::State::Entering);
    }

    void notAClientIdStaysOnTheForm()
    {
        ConnectDialog dialog(dataDir());
        dialog.clientIdEdit()->setText(u"my client id"_s);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.state(), ConnectDialog::State::Entering);
        QVERIFY2(dialog.message().contains(u"not a client ID"_s), qPrintable(dialog.message()));
        QVERIFY(m_server->requests().isEmpty());
    }

    void cancelWhileWaitingStopsTheLogin()
    {
        m_server->setLogin(StandInCarData::Login::Never);
        m_server->setCodeTiming(300, 1);
        ConnectDialog dialog(dataDir());
        dialog.show();
        dialog.clientIdEdit()->setText(clientId);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.userCode().isEmpty(); }, timeoutMs));
        dialog.reject(); // Cancel / Escape
        QCOMPARE(dialog.state(), ConnectDialog::State::Entering);
        QVERIFY(dialog.isVisible());
        const qsizetype polls = m_server->requests().size();
        // An absence can only be waited for: longer than one poll interval.
        QTest::qWait(1200);
        QCOMPARE(m_server->requests().size(), polls); // no polling goes on
        QVERIFY(!OnlineAccount(dataDir()).status().connected);
    }

    void windowFetchesOncePerDayAtStart()
    {
        OnlineAccount account(dataDir());
        QVERIFY(account.connect(clientId, {}));
        const QString settingsFile = m_dir->filePath(u"settings.ini"_s);
        AppSettings settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat));
        LaunchOptions options;
        options.dataDir = dataDir();
        options.windowSize = QSize(1000, 700);
        {
            MainWindow window(options, settings);
            window.setModelPrompt([](const MainWindow::ModelQuestion &) { return std::optional<QString>(); });
            QSignalSpy finished(&window, &MainWindow::importFinished);
            window.show();
            window.start();
            QVERIFY(finished.wait(timeoutMs) || finished.count() == 1);
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY(QTest::qWaitFor([&] { return window.isIdle(); }, timeoutMs));
            QCOMPARE(window.vehicleModel()->rowCount(), 1);
            QVERIFY(QTest::qWaitFor([&] { return window.onlineStatusText().contains(u"last fetch"_s); }, timeoutMs));
            QVERIFY2(window.onlineStatusText().contains(u"left today"_s), qPrintable(window.onlineStatusText()));
            window.close();
        }
        const int historyCalls = historyRequests(*m_server);
        QCOMPARE(historyCalls, 2); // six sessions, pages of three

        // Started again the same day: no second fetch.
        {
            MainWindow window(options, settings);
            window.show();
            window.start();
            QVERIFY(QTest::qWaitFor([&] { return window.online()->statusKnown(); }, timeoutMs));
            QCoreApplication::processEvents(); // a fetch would have been queued by now
            QVERIFY(!window.isImporting());
            window.close();
        }
        QCOMPARE(historyRequests(*m_server), historyCalls);
        settings.sync();
        const QByteArray saved = TestSupport::readFile(settingsFile);
        QVERIFY(!saved.isEmpty());
        for (const QString &secret : {vin, clientId, m_server->currentAccessToken(), m_server->currentRefreshToken()})
            QVERIFY2(!saved.contains(secret.toUtf8()), "the settings file holds a secret");
    }

    void noAccountNoNetwork()
    {
        // Without a connected account the app never contacts BMW.
        AppSettings settings(std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat));
        LaunchOptions options;
        options.dataDir = dataDir();
        MainWindow window(options, settings);
        window.show();
        window.start();
        QVERIFY(QTest::qWaitFor([&] { return window.online()->statusKnown(); }, timeoutMs));
        QVERIFY(!window.online()->status().connected);
        QVERIFY(window.onlineStatusText().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(!window.isImporting());
        QVERIFY(m_server->requests().isEmpty());
    }

    void statusTextSaysCallsAndLastFetch()
    {
        OnlineStatus status;
        QVERIFY(OnlineController::statusText(status).isEmpty());
        status.connected = true;
        status.callsLeft = 46;
        // "call(s)" without the English plural forms a test loads no translator for.
        QVERIFY(OnlineController::statusText(status).startsWith(u"BMW CarData: 46 call"_s));
        status.lastFetchAt = QDateTime::currentSecsSinceEpoch();
        QVERIFY(OnlineController::statusText(status).contains(u"last fetch"_s));
        status.blockedUntil = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(OnlineController::statusText(status).contains(u"no calls left until"_s));
        status.problem = u"damaged"_s;
        QVERIFY(OnlineController::statusText(status).contains(u"cannot be read"_s));
    }
};

CARDATA_GUI_TEST_MAIN(TestOnlineGui)
#include "tst_onlinegui.moc"
