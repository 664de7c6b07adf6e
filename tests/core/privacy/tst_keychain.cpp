// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The secrets in a real desktop keychain: run by CTest through
// tests/support/withkeyring.sh, which gives it a Secret Service of its own
// (gnome-keyring in a private D-Bus session). The team key, the BMW CarData
// account and a database server's password go there, nothing of them into
// the data folder; with the keychain turned off they fall back as
// documented. Against the suite's PostgreSQL server, a role that must give
// a password connects with the one the keychain keeps, or ~/.pgpass's.
#include "core/online/credentials.h"
#include "core/operations/operations.h"
#include "core/privacy/keychain.h"
#include "core/privacy/teamkey.h"
#include "core/store/databasechoice.h"
#include "core/store/store.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// CARDATA_KEYCHAIN=off for one scope.
class KeychainOff
{
public:
    KeychainOff() { qputenv("CARDATA_KEYCHAIN", "off"); }
    ~KeychainOff() { qunsetenv("CARDATA_KEYCHAIN"); }
};

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void entriesAreKeptReplacedAndRemoved();
    void teamKeyGoesToTheKeychain();
    void teamKeyFallsBackToAFileWithoutKeychain();
    void accountGoesToTheKeychain();
    void serverPasswordFromTheKeychain();
    void serverPasswordFromPgpass();

private:
    QString folder(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeychain::initTestCase()
{
    qunsetenv("CARDATA_KEYCHAIN");
    // No test below means anything without a keychain that answers.
    QVERIFY2(Keychain::write(u"probe"_s, "x"), "no keychain answers: run this test through tests/support/withkeyring.sh");
    QVERIFY(Keychain::remove(u"probe"_s));
}

void TestKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(folder(u"a"_s)) && QDir().mkpath(folder(u"b"_s)));
}

void TestKeychain::entriesAreKeptReplacedAndRemoved()
{
    const QString a = Keychain::folderEntry(u"kind"_s, folder(u"a"_s));
    const QString b = Keychain::folderEntry(u"kind"_s, folder(u"b"_s));
    QVERIFY(a != b);
    QCOMPARE(Keychain::folderEntry(u"kind"_s, folder(u"a"_s) + u"/."_s), a); // the folder, however written
    QVERIFY(!a.contains(folder(u"a"_s)));                                  // not its path

    QVERIFY(!Keychain::read(a));
    QVERIFY(Keychain::write(a, "first"));
    QCOMPARE(Keychain::read(a).value_or("none"), "first");
    QVERIFY(Keychain::write(a, "second"));
    QCOMPARE(Keychain::read(a).value_or("none"), "second");
    QVERIFY(!Keychain::read(b));
    QVERIFY(Keychain::remove(a));
    QVERIFY(!Keychain::read(a));
    QVERIFY(Keychain::remove(a)); // nothing there: still done

    const KeychainOff off;
    QVERIFY(!Keychain::write(a, "third"));
    QVERIFY(!Keychain::read(a));
}

void TestKeychain::teamKeyGoesToTheKeychain()
{
    const QString dir = folder(u"a"_s);
    const QString file = QDir(dir).filePath(QLatin1StringView(TeamKey::fileName));
    // A copy from a time without keychain is replaced, not left lying around.
    QVERIFY(TestSupport::writeFile(file, TeamKey::generate().toLatin1()));
    const QString key = TeamKey::generate();
    const auto saved = TeamKey::save(dir, key);
    QVERIFY2(saved, qPrintable(TestSupport::errorText(saved)));
    QCOMPARE(*saved, TeamKey::Where::Keychain);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(TeamKey::kept(dir) == TeamKey::Where::Keychain);
    QCOMPARE(TeamKey::describe(dir, TeamKey::Where::Keychain), u"the desktop keychain"_s);
    QCOMPARE(TeamKey::find(dir).value_or(QByteArray()), *TeamKey::parse(key));
    // Another folder has none; the environment comes before the keychain.
    QCOMPARE(TeamKey::find(folder(u"b"_s)).value_or("x"), QByteArray());
    const QString given = TeamKey::generate();
    qputenv(TeamKey::environmentVariable, given.toLatin1());
    QCOMPARE(TeamKey::find(dir).value_or(QByteArray()), *TeamKey::parse(given));
    qunsetenv(TeamKey::environmentVariable);

    QVERIFY(TeamKey::forget(dir));
    QVERIFY(TeamKey::kept(dir) == std::nullopt);
    QCOMPARE(TeamKey::find(dir).value_or("x"), QByteArray());
}

void TestKeychain::teamKeyFallsBackToAFileWithoutKeychain()
{
    const QString dir = folder(u"a"_s);
    const QString key = TeamKey::generate();
    {
        const KeychainOff off;
        const auto saved = TeamKey::save(dir, key);
        QVERIFY2(saved, qPrintable(TestSupport::errorText(saved)));
        QCOMPARE(*saved, TeamKey::Where::File);
        const QString file = QDir(dir).filePath(QLatin1StringView(TeamKey::fileName));
        QCOMPARE(TeamKey::describe(dir, *saved), file);
        QCOMPARE(QString::fromLatin1(TestSupport::readFile(file)).trimmed(), key);
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // With the keychain back, the file is still found.
    QVERIFY(TeamKey::kept(dir) == TeamKey::Where::File);
    QCOMPARE(TeamKey::find(dir).value_or(QByteArray()), *TeamKey::parse(key));
    QVERIFY(TeamKey::forget(dir));
    QVERIFY(TeamKey::kept(dir) == std::nullopt);
}

void TestKeychain::accountGoesToTheKeychain()
{
    CredentialStore store(folder(u"a"_s));
    Credentials credentials;
    credentials.clientId = u"client-id"_s;
    credentials.refreshToken = u"refresh"_s;
    credentials.vehicles.append({u"WBY00000000P10001"_s, u"PRIMARY"_s, 0});
    const auto where = store.save(credentials);
    QVERIFY2(where, qPrintable(TestSupport::errorText(where)));
    QCOMPARE(*where, CredentialStore::Where::Keychain);
    QVERIFY(!QFile::exists(store.filePath()));
    const auto loaded = store.load();
    QVERIFY(loaded && *loaded);
    QCOMPARE((*loaded)->refreshToken, u"refresh"_s);
    QCOMPARE((*loaded)->vehicles.first().vin, u"WBY00000000P10001"_s);
    // The other folder's account is another entry.
    QVERIFY(CredentialStore(folder(u"b"_s)).load().value_or(credentials) == std::nullopt);
    QVERIFY(store.clear());
    QVERIFY(store.load().value_or(credentials) == std::nullopt);
}

namespace {

constexpr auto passwordRole = "cardata_password"; // tests/support/pgserver.sh asks it for its password

// A role that must give its password, allowed to read the test database.
QString passwordRoleUrl(const TestDatabase &database, const QString &password)
{
    database.exec(u"DROP ROLE IF EXISTS %1"_s.arg(QLatin1StringView(passwordRole)));
    if (!database.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(QLatin1StringView(passwordRole), password))
        || !database.exec(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(QLatin1StringView(passwordRole))))
        return {};
    QUrl url(database.url());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"user"_s);
    query.addQueryItem(u"user"_s, QLatin1StringView(passwordRole));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void dropPasswordRole(const TestDatabase &database)
{
    database.exec(u"DROP OWNED BY %1"_s.arg(QLatin1StringView(passwordRole)));
    database.exec(u"DROP ROLE IF EXISTS %1"_s.arg(QLatin1StringView(passwordRole)));
}

} // namespace

void TestKeychain::serverPasswordFromTheKeychain()
{
    if (!TestDatabase::serverRun())
        QSKIP("needs the suite's PostgreSQL server (CARDATA_TEST_SERVER)");
    const QString owner = folder(u"a"_s);
    TestDatabase database(owner);
    QVERIFY(Store::open(owner).has_value()); // the schema, made by the owner
    const QString password = u"s3cret-%1"_s.arg(QCoreApplication::applicationPid());
    const QString url = passwordRoleUrl(database, password);
    QVERIFY(!url.isEmpty());
    const QString member = folder(u"b"_s);

    // No password anywhere: the server's refusal, named.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir->filePath(u"no-pgpass"_s)));
    const auto refused = Store::openServer(member, url, true);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Cannot connect to the database server"_s) && refused.error().contains(u"password"_s),
             qPrintable(refused.error()));

    // Typed once in Settings -> Database: tested, then kept in the keychain.
    const auto tested = Operations::checkServer(member, url, QString(), password);
    QVERIFY2(tested, qPrintable(TestSupport::errorText(tested)));
    QVERIFY2(tested->contains(u"may only read"_s), qPrintable(*tested));
    const auto chosen = Operations::chooseDatabase(member, url, QString(), password);
    QVERIFY2(chosen, qPrintable(TestSupport::errorText(chosen)));
    const auto address = ServerAddress::parse(url);
    QVERIFY(address);
    QCOMPARE(QString::fromUtf8(Keychain::read(address->passwordEntry()).value_or("none")), password);
    // Never in the data folder.
    for (const QString &name : QDir(member).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!TestSupport::readFile(QDir(member).filePath(name)).contains(password.toUtf8()), qPrintable(name));

    // The folder's store opens with the kept password, and says so nowhere.
    {
        const auto opened = Store::open(member);
        QVERIFY2(opened, qPrintable(TestSupport::errorText(opened)));
        QVERIFY((*opened)->readOnly());
        QVERIFY(!(*opened)->databasePath().contains(password));
    }

    // A wrong password kept: refused again; removed: refused again.
    QVERIFY(DatabaseChoice::keepPassword(url, u"wrong"_s));
    QVERIFY(!Store::open(member));
    QVERIFY(DatabaseChoice::keepPassword(url, QString()));
    QVERIFY(!Keychain::read(address->passwordEntry()));
    QVERIFY(!Store::open(member));

    // Without a keychain a typed password is refused and nothing changes.
    {
        const KeychainOff off;
        QVERIFY(Operations::chooseDatabase(member, QString(), QString()));
        const auto notKept = Operations::chooseDatabase(member, url, QString(), password);
        QVERIFY(!notKept);
        QVERIFY2(notKept.error().contains(u"~/.pgpass"_s), qPrintable(notKept.error()));
        QCOMPARE(Operations::chosenServer(member), QString());
    }
    qunsetenv("PGPASSFILE");
    dropPasswordRole(database);
}

void TestKeychain::serverPasswordFromPgpass()
{
    if (!TestDatabase::serverRun())
        QSKIP("needs the suite's PostgreSQL server (CARDATA_TEST_SERVER)");
    const QString owner = folder(u"a"_s);
    TestDatabase database(owner);
    QVERIFY(Store::open(owner).has_value());
    const QString password = u"pgpass-%1"_s.arg(QCoreApplication::applicationPid());
    const QString url = passwordRoleUrl(database, password);
    QVERIFY(!url.isEmpty());
    const KeychainOff off;
    // libpq's own password file, as docs/server.md describes it.
    const QString pgpass = m_dir->filePath(u"pgpass"_s);
    QVERIFY(TestSupport::writeFile(pgpass, "*:*:*:" + QByteArray(passwordRole) + ':' + password.toUtf8() + '\n'));
    QFile::setPermissions(pgpass, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(pgpass));
    auto opened = Store::openServer(folder(u"b"_s), url, true);
    QVERIFY2(opened, qPrintable(TestSupport::errorText(opened)));
    QVERIFY((*opened)->vehicleRefs().has_value());
    opened->reset();
    qunsetenv("PGPASSFILE");
    QVERIFY(!Store::openServer(folder(u"b"_s), url, true));
    dropPasswordRole(database);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
