// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "standincardata.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 200;
    QByteArray body;
};

Answer json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Answer json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact)};
}

Answer oauthError(int status, const QString &error)
{
    return json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, QString(u"stand-in: "_s + error)}});
}

Answer apiError(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{u"exveErrorId"_s, code},
                                    {u"exveErrorMsg"_s, message},
                                    {u"exveErrorRef"_s, u"stand-in"_s},
                                    {u"exveNote"_s, QString()}});
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QHash<QString, QString> formOf(const QByteArray &body)
{
    QHash<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        // A form encodes a space as '+'; a literal '+' arrives as %2B.
        QByteArray name = pair.left(eq), value = pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

// Everything the stand-in knows; every access holds `mutex`.
class StandInCarData::Server : public QObject
{
public:
    struct Vehicle
    {
        QString vin;
        QString mappingType;
        QJsonObject basicData;
        QJsonObject telematicData;
        QJsonArray sessions;
    };
    struct Container
    {
        QString id;
        QString name;
        QString state = u"ACTIVE"_s;
        QJsonArray descriptors;
    };
    struct Device
    {
        QString userCode;
        QString challenge;
        QElapsedTimer issued;
        qint64 lastPollMs = -1;
        int polls = 0;
    };

    mutable QMutex mutex;
    QTcpServer *tcp = nullptr;
    quint16 port = 0;
    QString certificatePem;
    QString keyPem;

    QString clientId = u"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;
    Login login = Login::Approve;
    int approveAfterPolls = 1;
    bool expiredAs400 = false;
    int expiresInS = 300;
    int intervalS = 0;
    bool sendCompleteUri = false;
    bool slowDownOnce = false;
    int accessLifetimeS = 3600;
    QHash<QString, Device> devices;
    int serial = 0;
    QString accessToken;
    QString refreshToken;
    bool accessExpired = false;
    int refreshCount = 0;
    QString lastUserCode;

    QList<Vehicle> vehicles;
    bool mappingsAsObject = false;
    int pageSize = 3;
    QString nextTokenName = u"next_token"_s;
    int dailyQuota = 50;
    int apiCallCount = 0;
    QList<Fault> faults;
    QList<Container> containers;
    int created = 0;

    QList<Request> log;

    void start()
    {
        if (certificatePem.isEmpty()) {
            tcp = new QTcpServer(this);
        } else {
            auto *ssl = new QSslServer(this);
            QFile cert(certificatePem), key(keyPem);
            if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                qFatal("stand-in: cannot read the TLS certificate or key");
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
            config.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
            ssl->setSslConfiguration(config);
            tcp = ssl;
        }
        tcp->listen(QHostAddress::LocalHost, 0);
        port = tcp->serverPort();
        const auto accept = [this] {
            while (QTcpSocket *socket = tcp->nextPendingConnection())
                serve(socket);
        };
        QObject::connect(tcp, &QTcpServer::newConnection, this, accept);
        QObject::connect(tcp, &QTcpServer::pendingConnectionAvailable, this, accept);
    }

    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            const QUrl target(QString::fromLatin1(first.value(1)));
            request.path = target.path();
            for (const auto &[name, value] : QUrlQuery(target).queryItems(QUrl::FullyDecoded))
                request.query.insert(name, value);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                request.headers.insert(name, lines.at(i).mid(colon + 1).trimmed());
                if (name == "content-length")
                    length = lines.at(i).mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            const Answer answer = handle(request);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status)
                                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n"
                                  + answer.body;
            {
                QMutexLocker lock(&mutex);
                request.status = answer.status;
                log.append(request);
            }
            buffer->clear();
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    Answer handle(const Request &r)
    {
        QMutexLocker lock(&mutex);
        if (r.method == "POST" && r.path == u"/gcdm/oauth/device/code")
            return deviceCode(formOf(r.body));
        if (r.method == "POST" && r.path == u"/gcdm/oauth/token")
            return token(formOf(r.body));
        if (r.path.startsWith(u"/customers/"))
            return api(r);
        if (r.path == u"/test/bytes") // an answer of any size, for limits
            return {200, QByteArray(r.query.value(u"n"_s).toLongLong(), 'x')};
        return json(404, QJsonObject{{u"error"_s, u"not_found"_s}});
    }

    QString newToken(const char *prefix)
    {
        // Characters that a careless form encoding would break.
        return QString::fromLatin1(prefix) + QString::number(++serial) + u"+/x="_s
               + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
    }

    Answer issueTokens()
    {
        accessToken = newToken("at");
        refreshToken = newToken("rt");
        accessExpired = false;
        return json(200, QJsonObject{{u"access_token"_s, accessToken},
                                     {u"refresh_token"_s, refreshToken},
                                     {u"id_token"_s, u"stand-in.id.token"_s},
                                     {u"token_type"_s, u"Bearer"_s},
                                     {u"expires_in"_s, accessLifetimeS},
                                     {u"scope"_s, u"authenticate_user openid cardata:api:read"_s},
                                     {u"gcid"_s, u"00000000-0000-0000-0000-000000000000"_s}});
    }

    Answer deviceCode(const QHash<QString, QString> &form)
    {
        if (form.value(u"client_id"_s) != clientId)
            return oauthError(401, u"invalid_client"_s);
        if (form.value(u"response_type"_s) != u"device_code" || form.value(u"code_challenge_method"_s) != u"S256"
            || form.value(u"code_challenge"_s).isEmpty() || form.value(u"scope"_s).isEmpty())
            return oauthError(400, u"invalid_request"_s);
        Device device;
        device.userCode = u"SBX-%1"_s.arg(++serial, 4, 10, QLatin1Char('0'));
        device.challenge = form.value(u"code_challenge"_s);
        device.issued.start();
        const QString code = u"dc-"_s + QString::number(++serial);
        devices.insert(code, device);
        lastUserCode = device.userCode;
        const QString link = u"http://127.0.0.1:%1/oneid/link"_s.arg(port);
        QJsonObject answer{{u"device_code"_s, code},
                           {u"user_code"_s, device.userCode},
                           {u"verification_uri"_s, link},
                           {u"expires_in"_s, expiresInS},
                           {u"interval"_s, intervalS}};
        if (sendCompleteUri)
            answer.insert(u"verification_uri_complete"_s, QString(link + u"?user_code="_s + device.userCode));
        return json(200, answer);
    }

    Answer token(const QHash<QString, QString> &form)
    {
        const QString grant = form.value(u"grant_type"_s);
        if (form.value(u"client_id"_s) != clientId)
            return oauthError(401, u"invalid_client"_s);
        if (grant == u"refresh_token") {
            // Each refresh token works once: the answer carries the next.
            if (refreshToken.isEmpty() || form.value(u"refresh_token"_s) != refreshToken)
                return oauthError(400, u"invalid_grant"_s);
            ++refreshCount;
            return issueTokens();
        }
        if (grant != u"urn:ietf:params:oauth:grant-type:device_code")
            return oauthError(400, u"unsupported_grant_type"_s);
        auto it = devices.find(form.value(u"device_code"_s));
        if (it == devices.end())
            return oauthError(400, u"invalid_grant"_s);
        Device &device = *it;
        if (s256(form.value(u"code_verifier"_s)) != device.challenge)
            return oauthError(400, u"invalid_grant"_s);
        const qint64 nowMs = device.issued.elapsed();
        if (nowMs > qint64(expiresInS) * 1000)
            return oauthError(expiredAs400 ? 400 : 401, u"expired_token"_s);
        // RFC 8628: polling faster than the interval earns slow_down.
        if (device.lastPollMs >= 0 && nowMs - device.lastPollMs < qint64(intervalS) * 1000 - 150) {
            device.lastPollMs = nowMs;
            return oauthError(400, u"slow_down"_s);
        }
        device.lastPollMs = nowMs;
        ++device.polls;
        if (slowDownOnce && device.polls == 1)
            return oauthError(400, u"slow_down"_s);
        switch (login) {
        case Login::Approve:
            if (device.polls > approveAfterPolls) {
                devices.erase(it);
                return issueTokens();
            }
            return oauthError(403, u"authorization_pending"_s);
        case Login::Deny:
            return oauthError(403, u"access_denied"_s);
        case Login::Expire:
            return oauthError(expiredAs400 ? 400 : 401, u"expired_token"_s);
        case Login::InvalidGrant:
            return oauthError(400, u"invalid_grant"_s);
        case Login::KeyManagement500:
            devices.erase(it);
            return json(500, QJsonObject{{u"fault"_s, QJsonObject{{u"faultstring"_s, u"Invalid access token"_s},
                                                                  {u"detail"_s, QJsonObject{{u"errorcode"_s,
                                                                                            u"keymanagement.service.invalid_access_token"_s}}}}}});
        case Login::Never:
            return oauthError(403, u"authorization_pending"_s);
        }
        return oauthError(400, u"invalid_request"_s);
    }

    Vehicle *vehicle(const QString &vin)
    {
        for (Vehicle &v : vehicles)
            if (v.vin == vin)
                return &v;
        return nullptr;
    }

    Answer api(const Request &r)
    {
        if (r.headers.value("authorization") != "Bearer " + accessToken.toUtf8() || accessToken.isEmpty() || accessExpired)
            return apiError(401, u"CU-102"_s, u"Token expired or invalid"_s);
        if (r.headers.value("x-version") != "v1")
            return apiError(400, u"CU-400"_s, u"x-version header missing"_s);
        if (apiCallCount >= dailyQuota)
            return apiError(403, u"CU-429"_s, u"API rate limit reached"_s);
        ++apiCallCount;
        for (qsizetype i = 0; i < faults.size(); ++i) {
            if (r.path.contains(faults.at(i).pathPart)) {
                if (faults.at(i).skip > 0) {
                    --faults[i].skip;
                    continue;
                }
                const Answer answer{faults.at(i).status, faults.at(i).body};
                if (--faults[i].times <= 0)
                    faults.removeAt(i);
                return answer;
            }
        }
        const QStringList parts = r.path.split(u'/', Qt::SkipEmptyParts); // customers, vehicles, VIN, what
        if (r.method == "GET" && r.path == u"/customers/vehicles/mappings") {
            QJsonArray list;
            for (const Vehicle &v : std::as_const(vehicles))
                list.append(QJsonObject{{u"vin"_s, v.vin},
                                        {u"mappedSince"_s, u"2024-03-01T10:00:00Z"_s},
                                        {u"mappingType"_s, v.mappingType}});
            if (mappingsAsObject && list.size() == 1)
                return json(200, list.first().toObject());
            return json(200, list);
        }
        if (r.path == u"/customers/containers" && r.method == "GET") {
            QJsonArray list;
            for (const Container &c : std::as_const(containers))
                list.append(QJsonObject{{u"containerId"_s, c.id}, {u"name"_s, c.name}, {u"purpose"_s, u"x"_s},
                                        {u"state"_s, c.state}, {u"created"_s, u"2025-01-01T00:00:00Z"_s}});
            return json(200, QJsonObject{{u"containers"_s, list}});
        }
        if (r.path == u"/customers/containers" && r.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(u"name"_s).toString().isEmpty() || body.value(u"technicalDescriptors"_s).toArray().isEmpty())
                return apiError(400, u"CU-400"_s, u"Bad request"_s);
            if (containers.size() >= 10)
                return apiError(403, u"CU-124"_s, u"Container limit reached"_s);
            Container c;
            c.id = u"C%1"_s.arg(++created, 12, 10, QLatin1Char('0')); // 13 characters, as BMW's
            c.name = body.value(u"name"_s).toString();
            c.descriptors = body.value(u"technicalDescriptors"_s).toArray();
            containers.append(c);
            return json(201, QJsonObject{{u"containerId"_s, c.id}, {u"name"_s, c.name},
                                         {u"purpose"_s, body.value(u"purpose"_s)}, {u"state"_s, c.state},
                                         {u"created"_s, u"2025-01-01T00:00:00Z"_s},
                                         {u"technicalDescriptors"_s, c.descriptors}});
        }
        if (parts.size() != 4 || parts.at(0) != u"customers" || parts.at(1) != u"vehicles" || r.method != "GET")
            return apiError(404, u"CU-400"_s, u"Unknown resource"_s);
        Vehicle *v = vehicle(parts.at(2));
        if (!v || v->mappingType != u"PRIMARY")
            return apiError(403, u"CU-104"_s, u"No permission for this VIN"_s);
        if (parts.at(3) == u"basicData")
            return json(200, v->basicData);
        if (parts.at(3) == u"telematicData") {
            const QString id = r.query.value(u"containerId"_s);
            if (id.isEmpty())
                return apiError(400, u"CU-401"_s, u"containerId missing"_s);
            for (const Container &c : std::as_const(containers))
                if (c.id == id && c.state == u"ACTIVE")
                    return json(200, QJsonObject{{u"telematicData"_s, v->telematicData}});
            return apiError(403, u"CU-105"_s, u"Container not found"_s);
        }
        if (parts.at(3) == u"chargingHistory")
            return history(*v, r.query);
        return apiError(404, u"CU-400"_s, u"Unknown resource"_s);
    }

    Answer history(const Vehicle &v, const QHash<QString, QString> &query)
    {
        const QDateTime from = QDateTime::fromString(query.value(u"from"_s), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(query.value(u"to"_s), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return apiError(400, u"CU-401"_s, u"from and to are required"_s);
        QJsonArray inRange;
        for (const QJsonValue &s : v.sessions) {
            const qint64 start = s.toObject().value(u"startTime"_s).toInteger();
            if (start >= from.toSecsSinceEpoch() && start <= to.toSecsSinceEpoch())
                inRange.append(s);
        }
        qsizetype offset = 0;
        if (query.contains(u"nextToken"_s)) {
            bool ok = false;
            offset = QByteArray::fromBase64(query.value(u"nextToken"_s).toLatin1()).mid(5).toLongLong(&ok);
            if (!ok || offset <= 0 || offset > inRange.size())
                return apiError(400, u"CU-125"_s, u"Pagination token expired"_s);
        }
        QJsonArray page;
        for (qsizetype i = offset; i < std::min(inRange.size(), offset + pageSize); ++i)
            page.append(inRange.at(i));
        QJsonObject answer{{u"data"_s, page}};
        if (offset + pageSize < inRange.size())
            answer.insert(nextTokenName, QString::fromLatin1(QByteArray("page:" + QByteArray::number(offset + pageSize)).toBase64()));
        return json(200, answer);
    }
};

StandInCarData::StandInCarData() : StandInCarData(QString(), QString()) {}

StandInCarData::StandInCarData(const QString &certificatePem, const QString &keyPem)
    : m_server(std::make_unique<Server>())
{
    m_server->certificatePem = certificatePem;
    m_server->keyPem = keyPem;
    m_thread.setObjectName(u"stand-in CarData"_s);
    m_thread.start();
    m_server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_server.get(), [this] { m_server->start(); }, Qt::BlockingQueuedConnection);
}

StandInCarData::~StandInCarData()
{
    QMetaObject::invokeMethod(m_server.get(), [this] { delete m_server->tcp; m_server->tcp = nullptr; },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool StandInCarData::isListening() const
{
    return m_server->port != 0;
}

QUrl StandInCarData::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_server->certificatePem.isEmpty() ? u"http"_s : u"https"_s)
                    .arg(m_server->port));
}

QJsonArray StandInCarData::sampleSessions(int count, qint64 firstStart, double kmFirst)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const qint64 start = firstStart + qint64(i) * 2 * 86400;
        list.append(QJsonObject{
            {u"startTime"_s, start},
            {u"endTime"_s, start + 4 * 3600},
            {u"timeZone"_s, u"Europe/Berlin"_s},
            {u"displayedStartSoc"_s, 20 + i % 5},
            {u"displayedSoc"_s, 80},
            {u"energyConsumedFromPowerGridKwh"_s, 44.0 + (i % 3) * 0.4},
            {u"mileage"_s, kmFirst + i * 120},
            {u"mileageUnits"_s, u"MileageUnits.KM"_s},
            {u"isPreconditioningActivated"_s, false},
            {u"totalChargingDurationSec"_s, 4 * 3600},
            {u"chargingLocation"_s, QJsonObject{{u"formattedAddress"_s, u"Hauptstraße 1, 80331 München"_s},
                                                {u"mapMatchedLatitude"_s, 48.137},
                                                {u"mapMatchedLongitude"_s, 11.575}}},
            {u"chargingBlocks"_s, QJsonArray{QJsonObject{{u"startTime"_s, start},
                                                         {u"endTime"_s, start + 4 * 3600},
                                                         {u"averagePowerGridKw"_s, 11.0}}}}});
    }
    return list;
}

QJsonObject StandInCarData::sampleBasicData(const QString &vin, const QString &modelName)
{
    return {{u"vin"_s, vin}, {u"brand"_s, u"BMW"_s}, {u"modelName"_s, modelName},
            {u"series"_s, u"4"_s}, {u"driveTrain"_s, u"BEV"_s}, {u"hvsMaxEnergyAbsolute"_s, u"80.7"_s}};
}

QJsonObject StandInCarData::sampleTelematicData()
{
    const QString when = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    const auto value = [&](const QString &v, const QString &unit) {
        return QJsonObject{{u"value"_s, v}, {u"unit"_s, unit}, {u"timestamp"_s, when}};
    };
    return {{u"vehicle.drivetrain.batteryManagement.maxEnergy"_s, value(u"78.4"_s, u"kWh"_s)},
            {u"vehicle.powertrain.electric.battery.stateOfHealth.displayed"_s, value(u"96"_s, u"%"_s)},
            {u"vehicle.vehicle.travelledDistance"_s, value(u"23456"_s, u"km"_s)},
            {u"vehicle.drivetrain.batteryManagement.batterySizeMax"_s,
             QJsonObject{{u"value"_s, QJsonValue()}, {u"unit"_s, QJsonValue()}, {u"timestamp"_s, QJsonValue()}}}};
}

#define LOCKED QMutexLocker lock(&m_server->mutex)

void StandInCarData::setClientId(const QString &clientId) { LOCKED; m_server->clientId = clientId; }
void StandInCarData::setLogin(Login outcome, int approveAfterPolls)
{
    LOCKED;
    m_server->login = outcome;
    m_server->approveAfterPolls = approveAfterPolls;
}
void StandInCarData::setExpiredAs400(bool on) { LOCKED; m_server->expiredAs400 = on; }
void StandInCarData::setCodeTiming(int expiresInS, int intervalS)
{
    LOCKED;
    m_server->expiresInS = expiresInS;
    m_server->intervalS = intervalS;
}
void StandInCarData::setSendCompleteUri(bool on) { LOCKED; m_server->sendCompleteUri = on; }
void StandInCarData::setSlowDownOnce(bool on) { LOCKED; m_server->slowDownOnce = on; }
void StandInCarData::setAccessLifetimeS(int seconds) { LOCKED; m_server->accessLifetimeS = seconds; }
void StandInCarData::expireAccessToken() { LOCKED; m_server->accessExpired = true; }

void StandInCarData::addVehicle(const QString &vin, const QString &mappingType, const QJsonObject &basicData,
                                const QJsonObject &telematicData, const QJsonArray &sessions)
{
    LOCKED;
    m_server->vehicles.append({vin, mappingType, basicData, telematicData, sessions});
}
void StandInCarData::setSessions(const QString &vin, const QJsonArray &sessions)
{
    LOCKED;
    if (Server::Vehicle *v = m_server->vehicle(vin))
        v->sessions = sessions;
}
void StandInCarData::setMappingsAsObject(bool on) { LOCKED; m_server->mappingsAsObject = on; }
void StandInCarData::setPageSize(int sessions) { LOCKED; m_server->pageSize = sessions; }
void StandInCarData::setNextTokenName(const QString &name) { LOCKED; m_server->nextTokenName = name; }
void StandInCarData::setDailyQuota(int calls) { LOCKED; m_server->dailyQuota = calls; }
void StandInCarData::addFault(const Fault &fault) { LOCKED; m_server->faults.append(fault); }
void StandInCarData::addForeignContainers(int count)
{
    LOCKED;
    for (int i = 0; i < count; ++i)
        m_server->containers.append({u"F%1"_s.arg(i, 12, 10, QLatin1Char('0')), u"Someone else's"_s, u"ACTIVE"_s, {}});
}
void StandInCarData::deleteContainers()
{
    LOCKED;
    for (Server::Container &c : m_server->containers)
        c.state = u"DELETED"_s;
}

QList<StandInCarData::Request> StandInCarData::requests() const { LOCKED; return m_server->log; }
int StandInCarData::requestCount(const QString &pathPart, const QByteArray &method, int status) const
{
    LOCKED;
    int n = 0;
    for (const Request &r : std::as_const(m_server->log))
        n += r.path.contains(pathPart) && (method.isEmpty() || r.method == method) && (status == 0 || r.status == status);
    return n;
}
int StandInCarData::apiCalls() const { LOCKED; return m_server->apiCallCount; }
int StandInCarData::containersCreated() const { LOCKED; return m_server->created; }
int StandInCarData::refreshes() const { LOCKED; return m_server->refreshCount; }
QString StandInCarData::currentRefreshToken() const { LOCKED; return m_server->refreshToken; }
QString StandInCarData::currentAccessToken() const { LOCKED; return m_server->accessToken; }
QString StandInCarData::lastUserCode() const { LOCKED; return m_server->lastUserCode; }
