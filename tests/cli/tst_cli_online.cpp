// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The CLI's contract for BMW CarData online, against the stand-in on
// 127.0.0.1: connect prints the link and the user code, waits and exits 0
// once the tokens are stored; fetch prints one result per vehicle as import
// does; account tells the state; disconnect forgets everything.
#include "standincardata.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString vinA = u"WBA71AW0X0FP20001"_s;
const QString vinB = u"WBA31DH0X0FP20002"_s;
const QString clientId = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;

using Run = TestSupport::CliRun;

} // namespace

class TestCliOnline : public QObject
{
    Q_OBJECT

    std::unique_ptr<StandInCarData> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;

    QString dataDir() const { return m_dir->filePath(u"data"_s); }

    Run cli(const QStringList &args)
    {
        return TestSupport::runCli(QStringList{u"--data-dir"_s, dataDir()} + args, m_dir->path(), m_env);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<StandInCarData>();
        QVERIFY(m_server->isListening());
        m_server->setClientId(clientId);
        m_server->setLogin(StandInCarData::Login::Approve, 2);
        const qint64 start = QDateTime::currentSecsSinceEpoch() - 40 * 86400;
        m_server->addVehicle(vinA, u"PRIMARY"_s, StandInCarData::sampleBasicData(vinA, u"i4 eDrive40"_s),
                             StandInCarData::sampleTelematicData(), StandInCarData::sampleSessions(5, start));
        m_server->addVehicle(vinB, u"PRIMARY"_s, StandInCarData::sampleBasicData(vinB, u"iX1 xDrive30"_s),
                             StandInCarData::sampleTelematicData(), StandInCarData::sampleSessions(4, start, 5000));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"CARDATA_AUTH_URL"_s, m_server->baseUrl().toString());
        m_env.insert(u"CARDATA_API_URL"_s, m_server->baseUrl().toString());
        m_env.insert(u"CARDATA_KEYCHAIN"_s, u"off"_s);
        m_env.insert(u"QT_LOGGING_RULES"_s, u"cardata.*=true"_s); // every log line, for the privacy scan
    }

    void connectFetchAccountDisconnect()
    {
        const Run connected = cli({u"connect"_s, u"--client-id"_s, clientId});
        QCOMPARE(connected.exitCode, 0);
        const QString code = m_server->lastUserCode();
        QVERIFY(!code.isEmpty());
        QVERIFY2(connected.out.contains(u"confirm the code: "_s + code), qPrintable(connected.out));
        const QRegularExpression link(u"http://127\\.0\\.0\\.1:\\d+/oneid/link\\?user_code=(\\S+)"_s);
        const auto match = link.match(connected.out);
        QVERIFY2(match.hasMatch(), qPrintable(connected.out));
        QCOMPARE(match.captured(1), code);
        QVERIFY2(connected.out.contains(u"Vehicles: 2 (2 with this account as primary user)"_s), qPrintable(connected.out));
        QVERIFY2(connected.out.contains(u"VIN …P20001: primary user"_s), qPrintable(connected.out));
        QVERIFY(QFile::exists(QDir(dataDir()).filePath(u"cardata-account.json"_s)));

        const Run fetched = cli({u"fetch"_s, u"--json"_s});
        QCOMPARE(fetched.exitCode, 0);
        const QList<QJsonObject> lines = fetched.jsonLines();
        QCOMPARE(lines.size(), 2);
        QSet<QString> models;
        int sessions = 0;
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value(u"file"_s).toString(), u"BMW CarData online"_s);
            QCOMPARE(o.value(u"status"_s).toString(), u"imported"_s);
            QVERIFY(o.value(u"error"_s).isNull());
            QCOMPARE(o.value(u"vehicle"_s).toString().size(), 16);
            models.insert(o.value(u"model"_s).toString());
            sessions += o.value(u"sessions_new"_s).toInt();
        }
        QCOMPARE(models, (QSet<QString>{u"i4 eDrive40"_s, u"iX1 xDrive30"_s}));
        QCOMPARE(sessions, 9);

        // The same fetch again: nothing new, everything recognised.
        const Run again = cli({u"fetch"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"0 new"_s) && again.out.contains(u"API calls left today: "_s), qPrintable(again.out));

        const Run account = cli({u"account"_s, u"--json"_s});
        QCOMPARE(account.exitCode, 0);
        const QJsonObject status = account.jsonLines().value(0);
        QCOMPARE(status.value(u"connected"_s).toBool(), true);
        QCOMPARE(status.value(u"primary_vehicles"_s).toInt(), 2);
        QCOMPARE(status.value(u"calls_left_today"_s).toInt(), 50 - m_server->apiCalls());
        QVERIFY(status.value(u"last_fetch"_s).isDouble());

        // Nothing secret anywhere in the data folder but the account file,
        // nor in anything the CLI printed (its log included).
        const QStringList secrets = {vinA, vinB, clientId, m_server->currentAccessToken(), m_server->currentRefreshToken()};
        QDirIterator files(dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(u"cardata-account.json"_s))
                continue;
            const QByteArray bytes = TestSupport::readFile(path);
            ++scanned;
            for (const QString &secret : secrets)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path + u" holds a secret"_s));
        }
        QVERIFY(scanned >= 2);
        for (const Run *run : {&connected, &fetched, &again, &account})
            for (const QString &secret : secrets)
                QVERIFY2(!run->out.contains(secret) && !run->err.contains(secret), "a secret was printed");

        const Run gone = cli({u"disconnect"_s});
        QCOMPARE(gone.exitCode, 0);
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(u"cardata-account.json"_s)));
        QCOMPARE(cli({u"account"_s, u"--json"_s}).jsonLines().value(0).value(u"connected"_s).toBool(), false);
        const Run notConnected = cli({u"fetch"_s});
        QCOMPARE(notConnected.exitCode, 1);
        QVERIFY2(notConnected.err.contains(u"No BMW CarData account is connected"_s), qPrintable(notConnected.err));
    }

    void connectFailures()
    {
        QCOMPARE(cli({u"connect"_s}).exitCode, 2);
        QCOMPARE(cli({u"connect"_s, u"--client-id"_s, clientId, u"extra"_s}).exitCode, 2);

        m_server->setLogin(StandInCarData::Login::Deny);
        const Run denied = cli({u"connect"_s, u"--client-id"_s, clientId});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains(u"declined"_s), qPrintable(denied.err));
        QVERIFY(!QFile::exists(QDir(dataDir()).filePath(u"cardata-account.json"_s)));

        const Run unknown = cli({u"connect"_s, u"--client-id"_s, u"00000000-1111-2222-3333-444444444444"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"client ID"_s), qPrintable(unknown.err));

        // Plain http to anything but loopback is refused before any request.
        const qsizetype asked = m_server->requests().size();
        m_env.insert(u"CARDATA_AUTH_URL"_s, u"http://cardata.example.net"_s);
        const Run insecure = cli({u"connect"_s, u"--client-id"_s, clientId});
        QCOMPARE(insecure.exitCode, 1);
        QVERIFY2(insecure.err.contains(u"CARDATA_AUTH_URL"_s), qPrintable(insecure.err));
        QCOMPARE(m_server->requests().size(), asked);
    }

    void fetchStoppedByTheQuotaFails()
    {
        QCOMPARE(cli({u"connect"_s, u"--client-id"_s, clientId}).exitCode, 0);
        m_server->setDailyQuota(4);
        const Run fetched = cli({u"fetch"_s, u"--json"_s});
        QCOMPARE(fetched.exitCode, 1);
        bool said = false;
        for (const QJsonObject &o : fetched.jsonLines())
            said = said || o.value(u"error"_s).toString().contains(u"daily limit"_s);
        QVERIFY2(said, qPrintable(fetched.out));
        const Run later = cli({u"fetch"_s});
        QCOMPARE(later.exitCode, 1);
        QVERIFY2(later.err.contains(u"can run after"_s), qPrintable(later.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOnline)
#include "tst_cli_online.moc"
