// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

// cardata-standin: the tests' stand-in for BMW's CarData hosts as a program,
// to try the app's Connect and Fetch without a BMW account (docs/online.md).
// It listens on 127.0.0.1 only, approves every login a few seconds after the
// code is shown, and serves synthetic cars until it is stopped.
#include "standincardata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cardata-standin"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A stand-in for BMW's CarData login and API hosts on 127.0.0.1, for trying "
                                     "the app without a BMW account."_s);
    parser.addHelpOption();
    QCommandLineOption vehicles(u"vehicles"_s, u"How many synthetic cars the account has (1-9)."_s, u"N"_s, u"2"_s);
    QCommandLineOption sessions(u"sessions"_s, u"Charging sessions per car, one every two days up to now."_s,
                                u"N"_s, u"60"_s);
    parser.addOptions({vehicles, sessions});
    parser.process(app);
    const int cars = std::clamp(parser.value(vehicles).toInt(), 1, 9);
    const int perCar = std::clamp(parser.value(sessions).toInt(), 1, 2000);

    StandInCarData server;
    if (!server.isListening())
        qFatal("cannot listen on 127.0.0.1");
    const QString clientId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;
    server.setClientId(clientId);
    server.setCodeTiming(300, 5);
    server.setLogin(StandInCarData::Login::Approve, 2); // "confirmed" after about ten seconds
    server.setPageSize(25);
    const QStringList models = {u"i4 eDrive40"_s, u"iX xDrive40"_s, u"MINI Cooper SE"_s};
    const qint64 first = QDateTime::currentSecsSinceEpoch() - qint64(perCar) * 2 * 86400;
    for (int i = 0; i < cars; ++i) {
        const QString vin = u"WBA00000000TEST0%1"_s.arg(i + 1);
        server.addVehicle(vin, u"PRIMARY"_s, StandInCarData::sampleBasicData(vin, models.at(i % models.size())),
                          StandInCarData::sampleTelematicData(),
                          StandInCarData::sampleSessions(perCar, first, 5000.0 + 7000 * i));
    }
    QTextStream out(stdout);
    const QString url = server.baseUrl().toString();
    out << "Listening on " << url << " with " << cars << " car(s). In another shell:\n\n"
        << "  export CARDATA_AUTH_URL=" << url << " CARDATA_API_URL=" << url << " CARDATA_KEYCHAIN=off\n"
        << "  build/bin/cardata-health --data-dir /tmp/standin-data\n\n"
        << "and connect with the client ID " << clientId << ". Ctrl+C stops it.\n";
    out.flush();
    return app.exec();
}
