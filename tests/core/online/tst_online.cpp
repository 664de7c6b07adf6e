// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// core/online against the stand-in for BMW's CarData hosts (127.0.0.1):
// the device login and each of its known failures, tokens that rotate, the
// quota, server errors, containers, pagination, and fetches that go through
// the import pipeline like files.
#include "core/online/apierror.h"
#include "core/online/credentials.h"
#include "core/online/devicelogin.h"
#include "core/online/httpclient.h"
#include "core/online/onlineaccount.h"
#include "core/online/onlinestate.h"
#include "core/operations/operations.h"
#include "core/store/store.h"
#include "standincardata.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString vinA = u"WBA71AW0X0FP10001"_s;
const QString vinB = u"WBA71AW0X0FP10002"_s;
const QString clientId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;

QJsonArray sessions(int count, qint64 firstStart, double kmFirst = 20000)
{
    return StandInCarData::sampleSessions(count, firstStart, kmFirst);
}

qint64 daysAgo(int days)
{
    return QDateTime::currentSecsSinceEpoch() - qint64(days) * 86400;
}

QJsonObject basicData(const QString &vin)
{
    return StandInCarData::sampleBasicData(vin, u"i4 eDrive40"_s);
}

QJsonObject telematicData()
{
    return StandInCarData::sampleTelematicData();
}

// Everything a fetch said went wrong: its own error, or its results' errors.
QString errorsOf(const std::expected<ImportRun, QString> &run)
{
    if (!run)
        return run.error();
    QStringList errors;
    for (const FileImportResult &f : run->files)
        if (!f.error.isEmpty())
            errors.append(f.error);
    return errors.join(u'\n');
}

int countAnswers(const StandInCarData &server, int status, const QString &pathPart = {})
{
    return server.requestCount(pathPart, {}, status);
}

int countRequests(const StandInCarData &server, const QByteArray &method, const QString &pathPart)
{
    return server.requestCount(pathPart, method);
}

} // namespace

class TestOnline : public QObject
{
    Q_OBJECT

    std::unique_ptr<StandInCarData> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dataDir() const { return m_dir->path(); }

    std::expected<ConnectResult, QString> connectAccount(QString *userCode = nullptr)
    {
        OnlineAccount account(dataDir());
        account.setSlowDownStepMs(50);
        account.setRetryDelayMs(10);
        OnlineAccount::LoginCallbacks callbacks;
        callbacks.onCode = [&](const DeviceCode &code) {
            if (userCode)
                *userCode = code.userCode;
        };
        return account.connect(clientId, callbacks);
    }

    std::expected<ImportRun, QString> fetch()
    {
        auto operations = Operations::open(dataDir());
        if (!operations)
            return std::unexpected(operations.error());
        return (*operations)->fetchOnline({}, {}, nullptr, 10);
    }

    qint64 storedSessions(const QString &vin)
    {
        auto operations = Operations::open(dataDir());
        if (!operations)
            return -1;
        for (const VehicleSummary &v : (*operations)->vehicles().value_or(QList<VehicleSummary>{}))
            if (v.model == u"i4 eDrive40" || vin.isEmpty())
                return v.sessions;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CARDATA_KEYCHAIN", "off");
    }

    void init()
    {
        m_server = std::make_unique<StandInCarData>();
        QVERIFY(m_server->isListening());
        m_dir = std::make_unique<QTemporaryDir>();
        const QByteArray url = m_server->baseUrl().toString().toLatin1();
        qputenv("CARDATA_AUTH_URL", url);
        qputenv("CARDATA_API_URL", url);
        m_server->setClientId(clientId);
        m_server->addVehicle(vinA, u"PRIMARY"_s, basicData(vinA), telematicData(), sessions(7, daysAgo(30)));
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    // --- login ---------------------------------------------------------------

    void loginStoresTokensAndListsVehicles()
    {
        m_server->addVehicle(vinB, u"SECONDARY"_s, basicData(vinB), {}, {});
        m_server->setLogin(StandInCarData::Login::Approve, 2);
        QString userCode;
        auto connected = connectAccount(&userCode);
        QVERIFY2(connected, qPrintable(TestSupport::errorText(connected)));
        QCOMPARE(userCode, m_server->lastUserCode());
        QCOMPARE(connected->credentials.accessToken, m_server->currentAccessToken());
        QCOMPARE(connected->credentials.refreshToken, m_server->currentRefreshToken());
        QCOMPARE(connected->credentials.vehicles.size(), 2);
        QCOMPARE(connected->credentials.primaryVehicles().size(), 1);
        QCOMPARE(connected->credentials.primaryVehicles().first().vin, vinA);
        // Three polls: two pending, then the tokens.
        QCOMPARE(countRequests(*m_server, "POST", u"/gcdm/oauth/token"_s), 3);
        QCOMPARE(countAnswers(*m_server, 403, u"/gcdm/oauth/token"_s), 2);

        // Stored where only the owner may read it (no keychain in tests).
        const QString file = QDir(dataDir()).filePath(QString::fromLatin1(CredentialStore::fileName));
        QCOMPARE(connected->storedWhere, file);
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                             | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto loaded = CredentialStore(dataDir()).load();
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->refreshToken, m_server->currentRefreshToken());
        const OnlineStatus status = OnlineAccount(dataDir()).status();
        QVERIFY(status.connected);
        QCOMPARE(status.primaryVehicles, 1);
        QCOMPARE(status.callsLeft, OnlineState::dailyQuota - 1); // the list of vehicles
        QVERIFY(status.fetchDue());
    }

    void pkceVerifierIsChecked()
    {
        // The stand-in refuses a verifier that does not match the challenge;
        // the real one passed above. Here: a challenge as RFC 7636's example.
        QCOMPARE(DeviceLogin::codeChallenge(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
                 u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
        const QString verifier = DeviceLogin::newCodeVerifier();
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QVERIFY(verifier != DeviceLogin::newCodeVerifier());
    }

    void loginLinkWithAndWithoutCompleteUri()
    {
        DeviceCode code;
        code.userCode = u"AB-12"_s;
        code.verificationUri = QUrl(u"https://customer.bmwgroup.com/oneid/link"_s);
        QCOMPARE(code.link().toString(), u"https://customer.bmwgroup.com/oneid/link?user_code=AB-12"_s);
        code.verificationUriComplete = QUrl(u"https://customer.bmwgroup.com/oneid/link?code=x"_s);
        QCOMPARE(code.link().toString(), u"https://customer.bmwgroup.com/oneid/link?code=x"_s);

        m_server->setSendCompleteUri(true);
        QUrl link;
        OnlineAccount account(dataDir());
        OnlineAccount::LoginCallbacks callbacks;
        callbacks.onCode = [&](const DeviceCode &c) { link = c.link(); };
        QVERIFY(account.connect(clientId, callbacks));
        QCOMPARE(QUrlQuery(link).queryItemValue(u"user_code"_s), m_server->lastUserCode());
    }

    void loginFailuresSayWhatToDo_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<bool>("expiredAs400");
        QTest::addColumn<QString>("expected");
        QTest::newRow("declined") << int(StandInCarData::Login::Deny) << false << u"declined"_s;
        QTest::newRow("expired 401") << int(StandInCarData::Login::Expire) << false << u"expired"_s;
        QTest::newRow("expired 400") << int(StandInCarData::Login::Expire) << true << u"expired"_s;
        QTest::newRow("not subscribed") << int(StandInCarData::Login::InvalidGrant) << false << u"CarData API"_s;
        QTest::newRow("key management") << int(StandInCarData::Login::KeyManagement500) << false
                                        << u"keymanagement.service.invalid_access_token"_s;
    }

    void loginFailuresSayWhatToDo()
    {
        QFETCH(int, outcome);
        QFETCH(bool, expiredAs400);
        QFETCH(QString, expected);
        m_server->setLogin(StandInCarData::Login(outcome));
        m_server->setExpiredAs400(expiredAs400);
        auto connected = connectAccount();
        QVERIFY(!connected);
        QVERIFY2(connected.error().contains(expected), qPrintable(connected.error()));
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QString::fromLatin1(CredentialStore::fileName))));
        QVERIFY(!OnlineAccount(dataDir()).status().connected);
        // The login failed for good: polled once, not again and again.
        QCOMPARE(countRequests(*m_server, "POST", u"/gcdm/oauth/token"_s), 1);
    }

    void unknownClientIdIsRefusedAtOnce()
    {
        m_server->setClientId(u"another-client"_s);
        auto connected = connectAccount();
        QVERIFY(!connected);
        QVERIFY2(connected.error().contains(u"client ID"_s), qPrintable(connected.error()));
        QCOMPARE(countRequests(*m_server, "POST", u"/gcdm/oauth/token"_s), 0);

        QVERIFY(!OnlineAccount::checkedClientId(u"  "_s));
        QVERIFY(!OnlineAccount::checkedClientId(u"a b"_s));
        QCOMPARE(OnlineAccount::checkedClientId(u" "_s + clientId + u"\n"_s).value_or(QString()), clientId);
    }

    void codeExpiresWhileWaiting()
    {
        m_server->setLogin(StandInCarData::Login::Never);
        m_server->setCodeTiming(2, 1);
        auto connected = connectAccount();
        QVERIFY(!connected);
        QVERIFY2(connected.error().contains(u"expired"_s), qPrintable(connected.error()));
        // Polled at the interval (the stand-in answers slow_down otherwise).
        QCOMPARE(countAnswers(*m_server, 400, u"/gcdm/oauth/token"_s), 0);
        QVERIFY(countRequests(*m_server, "POST", u"/gcdm/oauth/token"_s) >= 1);
    }

    void slowDownLengthensTheInterval()
    {
        m_server->setSlowDownOnce(true);
        m_server->setCodeTiming(60, 1);
        QElapsedTimer timer;
        timer.start();
        auto connected = connectAccount();
        QVERIFY2(connected, qPrintable(TestSupport::errorText(connected)));
        // One slow_down (scripted), and none earned by polling too fast
        // afterwards: 1 s, then 1.05 s between polls.
        QCOMPARE(countAnswers(*m_server, 400, u"/gcdm/oauth/token"_s), 1);
        QVERIFY(timer.elapsed() >= 2000);
    }

    void cancelStopsTheWait()
    {
        m_server->setLogin(StandInCarData::Login::Never);
        std::atomic_bool cancel = false;
        OnlineAccount account(dataDir());
        OnlineAccount::LoginCallbacks callbacks;
        callbacks.onCode = [&](const DeviceCode &) { cancel = true; };
        auto connected = account.connect(clientId, callbacks, &cancel);
        QVERIFY(!connected);
        QCOMPARE(connected.error(), ApiError::cancelledMessage());
    }

    // --- tokens ----------------------------------------------------------------

    void refreshTokenRotatesAndIsStoredAtOnce()
    {
        QVERIFY(connectAccount());
        const QString firstRefresh = m_server->currentRefreshToken();
        m_server->expireAccessToken();
        auto run = fetch();
        QVERIFY2(run, qPrintable(TestSupport::errorText(run)));
        QVERIFY2(!run->failed(), qPrintable(run->files.value(0).error));
        QCOMPARE(m_server->refreshes(), 1);
        auto loaded = CredentialStore(dataDir()).load();
        QVERIFY(loaded && *loaded);
        QVERIFY((*loaded)->refreshToken != firstRefresh);
        QCOMPARE((*loaded)->refreshToken, m_server->currentRefreshToken());
        QCOMPARE((*loaded)->accessToken, m_server->currentAccessToken());
        // The spent refresh token is refused: keeping it would have ended the login.
        HttpClient http(*CarDataEndpoints::fromEnvironment());
        auto reused = DeviceLogin(http, clientId).refresh(firstRefresh);
        QVERIFY(!reused);
        QVERIFY2(reused.error().contains(u"Connect again"_s), qPrintable(reused.error()));
    }

    void accessTokenNearItsEndIsRenewedBeforeUse()
    {
        m_server->setAccessLifetimeS(60); // within the two-minute margin
        QVERIFY(connectAccount());
        const int before = m_server->refreshes();
        auto run = fetch();
        QVERIFY(run && !run->failed());
        QVERIFY(m_server->refreshes() > before);
        QCOMPARE(countAnswers(*m_server, 401), 0);
    }

    void endedLoginAsksToConnectAgain()
    {
        QVERIFY(connectAccount());
        // Another device refreshed (or the client was unsubscribed): the
        // stored refresh token no longer works.
        HttpClient http(*CarDataEndpoints::fromEnvironment());
        QVERIFY(DeviceLogin(http, clientId).refresh(m_server->currentRefreshToken()));
        m_server->expireAccessToken();
        auto run = fetch();
        QVERIFY(!run || run->failed());
        QVERIFY2(errorsOf(run).contains(u"Connect again"_s), qPrintable(errorsOf(run)));
        QCOMPARE(countRequests(*m_server, "GET", u"chargingHistory"_s), 0);
    }

    // --- fetch -------------------------------------------------------------------

    void fetchImportsSessionsAndReadings()
    {
        QVERIFY(connectAccount());
        ImportRun got;
        auto operations = Operations::open(dataDir());
        QVERIFY(operations);
        QList<FileImportResult> reported;
        QList<ImportProgress> progress;
        auto run = (*operations)->fetchOnline([&](const ImportProgress &p) { progress.append(p); },
                                              [&](const FileImportResult &r) { reported.append(r); }, nullptr, 10);
        QVERIFY2(run, qPrintable(TestSupport::errorText(run)));
        QCOMPARE(run->files.size(), 1);
        QCOMPARE(reported.size(), 1);
        const FileImportResult &result = run->files.first();
        QCOMPARE(result.file, u"BMW CarData online"_s);
        QCOMPARE(result.status, FileImportResult::Status::Imported);
        QCOMPARE(result.vehicles.size(), 1);
        QCOMPARE(result.vehicles.first().model, u"i4 eDrive40"_s);
        QCOMPARE(result.vehicles.first().sessionsNew, 7);
        // Pages of three: 7 sessions in three requests.
        QCOMPARE(countRequests(*m_server, "GET", u"chargingHistory"_s), 3);
        // Progress by request while fetching (no VIN in what it says), then
        // the import's own.
        QVERIFY(!progress.isEmpty() && progress.first().fetching);
        QStringList steps;
        for (const ImportProgress &p : std::as_const(progress)) {
            QVERIFY(!p.currentFile.contains(vinA));
            QVERIFY(p.filesDone <= p.filesTotal);
            if (p.fetching)
                steps.append(p.currentFile);
        }
        QCOMPARE(steps, (QStringList{u"basic data"_s, u"battery readings"_s, u"charging history"_s}));
        QVERIFY(!progress.last().fetching);

        auto readings = (*operations)->store().batteryReadings(result.vehicles.first().vehicleKey);
        QVERIFY(readings);
        QList<BatteryReadingKind> kinds;
        for (const BatteryReading &r : *readings)
            kinds.append(r.kind);
        QVERIFY(kinds.contains(BatteryReadingKind::HvsMaxEnergyKwh));
        QVERIFY(kinds.contains(BatteryReadingKind::MaxEnergyKwh));
        QVERIFY(kinds.contains(BatteryReadingKind::StateOfHealthPercent));
        QVERIFY(!kinds.contains(BatteryReadingKind::BatterySizeMaxKwh)); // its value was null
        const OnlineStatus status = OnlineAccount(dataDir()).status();
        QVERIFY(status.lastFetchAt > 0);
        QVERIFY(!status.fetchDue());
    }

    void paginationAcceptsBothTokenNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("next_token") << u"next_token"_s;
        QTest::newRow("nextToken") << u"nextToken"_s;
    }

    void paginationAcceptsBothTokenNames()
    {
        QFETCH(QString, name);
        m_server->setNextTokenName(name);
        m_server->setPageSize(2);
        m_server->setSessions(vinA, sessions(9, daysAgo(40)));
        QVERIFY(connectAccount());
        auto run = fetch();
        QVERIFY2(run && !run->failed(), qPrintable(TestSupport::errorText(run)));
        QCOMPARE(run->files.first().vehicles.first().sessionsNew, 9);
        QCOMPARE(countRequests(*m_server, "GET", u"chargingHistory"_s), 5);
        // Every page after the first asked with nextToken, as the spec's query says.
        int withToken = 0;
        for (const auto &r : m_server->requests())
            if (r.path.contains(u"chargingHistory"_s) && r.query.contains(u"nextToken"_s))
                ++withToken;
        QCOMPARE(withToken, 4);
    }

    void mappingsAsOneObjectAreRead()
    {
        m_server->setMappingsAsObject(true);
        auto connected = connectAccount();
        QVERIFY(connected);
        QCOMPARE(connected->credentials.primaryVehicles().size(), 1);
    }

    void secondaryOnlyAccountIsTold()
    {
        m_server = std::make_unique<StandInCarData>();
        const QByteArray url = m_server->baseUrl().toString().toLatin1();
        qputenv("CARDATA_AUTH_URL", url);
        qputenv("CARDATA_API_URL", url);
        m_server->setClientId(clientId);
        m_server->addVehicle(vinB, u"SECONDARY"_s, basicData(vinB), {}, {});
        auto connected = connectAccount();
        QVERIFY(connected); // the login itself worked
        QVERIFY2(connected->note.contains(u"primary user"_s), qPrintable(connected->note));
        auto run = fetch();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(u"primary user"_s), qPrintable(run.error()));
        QCOMPARE(countRequests(*m_server, "GET", u"chargingHistory"_s), 0);
    }

    void quotaErrorIsNeverRetried()
    {
        QVERIFY(connectAccount());
        // BMW's count, not ours, runs out: 403 CU-429 on the third call.
        m_server->setDailyQuota(3);
        auto run = fetch();
        QVERIFY(run);
        QVERIFY(run->failed());
        QCOMPARE(countAnswers(*m_server, 403, u"/customers/"_s), 1);
        const OnlineStatus status = OnlineAccount(dataDir()).status();
        QCOMPARE(status.callsLeft, 0);
        QVERIFY(status.blockedUntil.isValid());
        QVERIFY(status.blockedUntil > QDateTime::currentDateTimeUtc().addSecs(3600));
        QVERIFY(!status.fetchDue());
        QVERIFY2(errorsOf(run).contains(u"daily limit"_s), qPrintable(errorsOf(run)));

        // The next fetch does not even ask.
        const qsizetype asked = m_server->requests().size();
        auto again = fetch();
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"UTC"_s), qPrintable(again.error()));
        QCOMPARE(m_server->requests().size(), asked);
    }

    void fetchBeyondTodaysCallsWaits()
    {
        QVERIFY(connectAccount());
        OnlineState state(dataDir());
        while (state.callsLeft() > 2)
            QVERIFY(state.reserveCall());
        const qsizetype asked = m_server->requests().size();
        auto run = fetch();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(u"needs at least"_s) && run.error().contains(u"2 are left"_s),
                 qPrintable(run.error()));
        QCOMPARE(m_server->requests().size(), asked);
    }

    void serverErrorsAreRetriedWithBackOff()
    {
        QVERIFY(connectAccount());
        m_server->addFault({u"chargingHistory"_s, 2, 503, "{}"});
        auto run = fetch();
        QVERIFY2(run && !run->failed(), qPrintable(run ? run->files.value(0).error : run.error()));
        QCOMPARE(countAnswers(*m_server, 503), 2);
        QCOMPARE(run->files.first().vehicles.first().sessionsNew, 7);
    }

    void serverErrorsGiveUpAfterThreeTries()
    {
        QVERIFY(connectAccount());
        m_server->addFault({u"basicData"_s, 5, 502, "{}"});
        auto run = fetch();
        QVERIFY(run);
        QVERIFY(run->failed());
        QCOMPARE(countAnswers(*m_server, 502), 3);
        // The fetch stopped there: no more calls spent on a failing service.
        QCOMPARE(countRequests(*m_server, "GET", u"chargingHistory"_s), 0);
    }

    void containerIsCreatedOnceAndReused()
    {
        QVERIFY(connectAccount());
        QVERIFY(fetch());
        QCOMPARE(m_server->containersCreated(), 1);
        QCOMPARE(countRequests(*m_server, "POST", u"/customers/containers"_s), 1);
        const QString id = OnlineState(dataDir()).containerId();
        QCOMPARE(id.size(), 13);

        // Reused as remembered: no list, no creation.
        const int listed = countRequests(*m_server, "GET", u"/customers/containers"_s);
        QVERIFY(fetch());
        QCOMPARE(m_server->containersCreated(), 1);
        QCOMPARE(countRequests(*m_server, "GET", u"/customers/containers"_s), listed);

        // Forgotten locally: found again by its name, not made twice.
        QVERIFY(QFile::remove(OnlineState(dataDir()).filePath()));
        QVERIFY(fetch());
        QCOMPARE(m_server->containersCreated(), 1);
        QCOMPARE(OnlineState(dataDir()).containerId(), id);

        // Deleted at BMW (CU-105): made anew, once.
        m_server->deleteContainers();
        auto run = fetch();
        QVERIFY(run && !run->failed());
        QCOMPARE(m_server->containersCreated(), 2);
        QVERIFY(OnlineState(dataDir()).containerId() != id);
    }

    void containerLimitIsExplained()
    {
        m_server->addForeignContainers(10);
        QVERIFY(connectAccount());
        auto run = fetch();
        QVERIFY(run);
        QVERIFY(run->failed());
        QVERIFY2(errorsOf(run).contains(u"10 containers"_s), qPrintable(errorsOf(run)));
    }

    void interruptedFetchResumesWithoutDuplicates()
    {
        m_server->setPageSize(3);
        // Newest first: BMW promises no order, so the sessions that came say
        // nothing about those that did not.
        const QJsonArray oldestFirst = sessions(7, daysAgo(30));
        QJsonArray newestFirst;
        for (qsizetype i = oldestFirst.size() - 1; i >= 0; --i)
            newestFirst.append(oldestFirst.at(i));
        m_server->setSessions(vinA, newestFirst);
        QVERIFY(connectAccount());
        // The first page comes, then the service fails for good.
        StandInCarData::Fault fault{u"chargingHistory"_s, 3, 500, "{}", 1};
        m_server->addFault(fault);
        auto run = fetch();
        QVERIFY(run);
        QVERIFY(run->failed()); // the user hears that the fetch stopped
        const FileImportResult &partial = run->files.first();
        QCOMPARE(partial.status, FileImportResult::Status::Imported);
        QCOMPARE(partial.vehicles.first().sessionsNew, 3);
        QVERIFY2(partial.vehicles.first().note.contains(u"next fetch"_s), qPrintable(partial.vehicles.first().note));
        QVERIFY(!OnlineAccount(dataDir()).status().lastFetchAt);

        // The next fetch asks for the whole span again: what came before is
        // recognised, nothing is stored twice.
        auto again = fetch();
        QVERIFY2(again && !again->failed(), qPrintable(TestSupport::errorText(again)));
        QCOMPARE(again->files.first().vehicles.first().sessionsNew, 4);
        QCOMPARE(again->files.first().vehicles.first().sessionsDuplicate, 3);
        auto operations = Operations::open(dataDir());
        QCOMPARE((*operations)->vehicles()->first().sessions, 7);
        // Both fetches asked from the same point.
        QStringList froms;
        for (const auto &r : m_server->requests())
            if (r.path.contains(u"chargingHistory"_s) && !r.query.contains(u"nextToken"_s))
                froms.append(r.query.value(u"from"_s));
        QCOMPARE(froms.size(), 2);
        QCOMPARE(froms.at(0), froms.at(1));
    }

    void cancelledFetchStoresNothingAndIsAskedAgain()
    {
        QVERIFY(connectAccount());
        std::atomic_bool cancel = false;
        auto operations = Operations::open(dataDir());
        QVERIFY(operations);
        // Cancel pressed while the charging history is on its way.
        auto run = (*operations)->fetchOnline(
            [&](const ImportProgress &p) {
                if (p.fetching && p.currentFile == u"charging history")
                    cancel = true;
            },
            {}, &cancel, 10);
        QVERIFY2(run, qPrintable(TestSupport::errorText(run)));
        QVERIFY(run->cancelled);
        QCOMPARE((*operations)->vehicles()->size(), 0);
        QCOMPARE(countRequests(*m_server, "GET", u"chargingHistory"_s), 0);
        QCOMPARE(OnlineAccount(dataDir()).status().lastFetchAt, qint64(0));
        // The next fetch brings everything.
        auto again = fetch();
        QVERIFY(again && !again->failed());
        QCOMPARE(again->files.first().vehicles.first().sessionsNew, 7);
    }

    void fetchMergesWithAnOlderExportOfTheSameCar()
    {
        // An export of the same car (sessions of a month ago), then a fetch
        // that sends those again with newer ones: one vehicle, no doubles.
        const QJsonArray older = sessions(5, daysAgo(60));
        QJsonArray all = older;
        for (const QJsonValue &s : sessions(4, daysAgo(50), 20000 + 5 * 120))
            all.append(s);
        m_server->setSessions(vinA, all);
        const QString exportFile = QDir(dataDir()).filePath(u"exports/BMW-CarData-Ladehistorie_%1_01-10-2026.json"_s.arg(vinA));
        QVERIFY(TestSupport::writeFile(exportFile, QJsonDocument(older).toJson()));
        {
            auto operations = Operations::open(dataDir());
            QVERIFY(operations);
            auto imported = (*operations)->importPaths({exportFile}, {});
            QVERIFY(imported && !imported->failed());
            QCOMPARE(imported->files.first().vehicles.first().sessionsNew, 5);
        }
        QVERIFY(connectAccount());
        auto run = fetch();
        QVERIFY2(run && !run->failed(), qPrintable(TestSupport::errorText(run)));
        const VehicleImport &v = run->files.first().vehicles.first();
        QCOMPARE(v.sessionsNew, 4);
        // The fetch began a day before the export's last session: that one
        // came again and was recognised.
        QCOMPARE(v.sessionsDuplicate, 1);
        auto operations = Operations::open(dataDir());
        auto vehicles = (*operations)->vehicles();
        QVERIFY(vehicles);
        QCOMPARE(vehicles->size(), 1);
        QCOMPARE(vehicles->first().sessions, 9);
        QCOMPARE(vehicles->first().model, u"i4 eDrive40"_s); // from the basic data
    }

    // --- privacy and discipline ----------------------------------------------

    void noSecretOrVinReachesDatabaseStateOrLog()
    {
        QStringList logged;
        static QStringList *sink = nullptr;
        sink = &logged;
        QLoggingCategory::setFilterRules(u"cardata.*=true"_s);
        const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            sink->append(m);
        });
        auto connected = connectAccount();
        auto run = fetch();
        m_server->expireAccessToken();
        auto again = fetch();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(u"cardata.*.debug=false"_s);
        QVERIFY(connected && run && again);
        QVERIFY(!logged.isEmpty());

        const QStringList secrets = {vinA, clientId, connected->credentials.accessToken,
                                     connected->credentials.refreshToken, m_server->currentAccessToken(),
                                     m_server->currentRefreshToken(), u"Hauptstraße"_s};
        const QByteArray database = TestSupport::databaseBytes(dataDir());
        QVERIFY(!database.isEmpty());
        const QByteArray state = TestSupport::readFile(OnlineState(dataDir()).filePath());
        QVERIFY(!state.isEmpty());
        const QString log = logged.join(u'\n');
        for (const QString &secret : secrets) {
            QVERIFY2(!database.contains(secret.toUtf8()), qPrintable(u"database holds "_s + secret.left(4)));
            QVERIFY2(!state.contains(secret.toUtf8()), qPrintable(u"state file holds "_s + secret.left(4)));
            QVERIFY2(!log.contains(secret), qPrintable(u"log holds "_s + secret.left(4)));
        }
        // No coordinates either (48.137 / 11.575 came with every session).
        QVERIFY(!database.contains("48.137"));
    }

    void disconnectRemovesEverything()
    {
        QVERIFY(connectAccount());
        QVERIFY(fetch());
        QVERIFY(!OnlineState(dataDir()).containerId().isEmpty());
        QVERIFY(OnlineAccount(dataDir()).disconnect());
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(QString::fromLatin1(CredentialStore::fileName))));
        auto loaded = CredentialStore(dataDir()).load();
        QVERIFY(loaded && !*loaded);
        QVERIFY(OnlineState(dataDir()).containerId().isEmpty());
        QVERIFY(!TestSupport::readFile(OnlineState(dataDir()).filePath()).contains("historyThrough\": {\""));
        QVERIFY(!OnlineAccount(dataDir()).status().connected);
        // The calls BMW counted today still count.
        QVERIFY(OnlineState(dataDir()).callsLeft() < OnlineState::dailyQuota);
        auto run = fetch();
        QVERIFY(!run);
        QVERIFY2(run.error().contains(u"No BMW CarData account"_s), qPrintable(run.error()));
    }

    void certificatesAreChecked()
    {
        // The stand-in over TLS with a certificate no trusted authority
        // signed: the login stops at the handshake, before a byte of it is sent.
        StandInCarData tls(TestSupport::fixture(u"tls/selfsigned-cert.pem"_s),
                           TestSupport::fixture(u"tls/selfsigned-key.pem"_s));
        QVERIFY(tls.isListening());
        tls.setClientId(clientId);
        QCOMPARE(tls.baseUrl().scheme(), u"https"_s);
        qputenv("CARDATA_AUTH_URL", tls.baseUrl().toString().toLatin1());
        qputenv("CARDATA_API_URL", tls.baseUrl().toString().toLatin1());
        auto connected = connectAccount();
        QVERIFY(!connected);
        QVERIFY2(connected.error().contains(u"Cannot reach BMW's login service"_s)
                     && connected.error().contains(u"SSL"_s, Qt::CaseInsensitive)
                     && connected.error().contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(connected.error()));
        QVERIFY(tls.requests().isEmpty());
    }

    void oversizedAnswersAreCutOff()
    {
        // A host that sends without end is not held in memory: the answer is
        // cut off at the limit, and is not asked for again.
        HttpClient http(*CarDataEndpoints::fromEnvironment());
        http.setMaxBodyBytes(100000);
        QUrl url = m_server->baseUrl();
        url.setPath(u"/test/bytes"_s);
        url.setQuery(u"n=5000000"_s);
        const HttpReply big = http.get(url, {});
        QCOMPARE(big.status, 0);
        QVERIFY(big.tooLarge);
        QVERIFY(big.body.isEmpty());
        QVERIFY2(big.error.contains(u"larger than"_s), qPrintable(big.error));
        QVERIFY(!ApiError::from(big).transient());
        url.setQuery(u"n=90000"_s);
        const HttpReply fits = http.get(url, {});
        QCOMPARE(fits.status, 200);
        QCOMPARE(fits.body.size(), 90000);
    }

    void onlyCarDataHostsAreContacted()
    {
        HttpClient http(*CarDataEndpoints::fromEnvironment());
        const HttpReply reply = http.get(QUrl(u"http://127.0.0.1:1/elsewhere"_s), {});
        QCOMPARE(reply.status, 0);
        QVERIFY2(reply.error.contains(u"only"_s), qPrintable(reply.error));
        const HttpReply other = http.get(QUrl(u"https://example.org/"_s), {});
        QVERIFY(other.error.contains(u"refused"_s));
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOnline)
#include "tst_online.moc"
