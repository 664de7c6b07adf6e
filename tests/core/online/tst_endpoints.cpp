// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Where the app may connect: BMW's two CarData hosts, or a replacement given
// in CARDATA_AUTH_URL / CARDATA_API_URL (plain http only to loopback).
#include "core/online/endpoints.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        qunsetenv("CARDATA_AUTH_URL");
        qunsetenv("CARDATA_API_URL");
    }

    void defaultsAreBmwsHosts()
    {
        auto endpoints = CarDataEndpoints::fromEnvironment();
        QVERIFY(endpoints);
        QCOMPARE(endpoints->authUrl(u"/gcdm/oauth/token"_s).toString(),
                 u"https://customer.bmwgroup.com/gcdm/oauth/token"_s);
        QCOMPARE(endpoints->apiUrl(u"/customers/vehicles/mappings"_s).toString(),
                 u"https://api-cardata.bmwgroup.com/customers/vehicles/mappings"_s);
        QVERIFY(endpoints->allows(QUrl(u"https://api-cardata.bmwgroup.com/customers/containers"_s)));
        QVERIFY(!endpoints->allows(QUrl(u"http://api-cardata.bmwgroup.com/customers/containers"_s)));
        QVERIFY(!endpoints->allows(QUrl(u"https://api-cardata.bmwgroup.com.example.org/"_s)));
        QVERIFY(!endpoints->allows(QUrl(u"https://api-cardata.bmwgroup.com:8443/"_s)));
        QVERIFY(!endpoints->allows(QUrl(u"https://cdn.plot.ly/plotly.js"_s)));
    }

    void replacementsAreChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://cardata.example.net"_s << true;
        QTest::newRow("https with path") << u"https://cardata.example.net/base"_s << true;
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("localhost") << u"http://localhost:9"_s << true;
        QTest::newRow("plain http elsewhere") << u"http://cardata.example.net"_s << false;
        QTest::newRow("plain http on the LAN") << u"http://192.168.1.10:8080"_s << false;
        QTest::newRow("other scheme") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("query") << u"https://cardata.example.net/?x=1"_s << false;
    }

    void replacementsAreChecked()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        qputenv("CARDATA_API_URL", url.toUtf8());
        auto endpoints = CarDataEndpoints::fromEnvironment();
        QCOMPARE(bool(endpoints), accepted);
        if (!accepted)
            QVERIFY(endpoints.error().contains(u"CARDATA_API_URL"_s));
    }

    void pathsJoinTheBase()
    {
        qputenv("CARDATA_AUTH_URL", "http://127.0.0.1:7000/auth/");
        auto endpoints = CarDataEndpoints::fromEnvironment();
        QVERIFY(endpoints);
        QCOMPARE(endpoints->authUrl(u"/gcdm/oauth/token"_s).toString(), u"http://127.0.0.1:7000/auth/gcdm/oauth/token"_s);
        QVERIFY(endpoints->allows(QUrl(u"http://127.0.0.1:7000/anything"_s)));
        QVERIFY(!endpoints->allows(QUrl(u"http://127.0.0.1:7001/anything"_s)));
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
