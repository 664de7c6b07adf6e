// SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/store/databasechoice.h"

#include "core/privacy/keychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::expected<ServerAddress, QString> ServerAddress::parse(const QString &url)
{
    if (!isServerUrl(url))
        return std::unexpected(u"\"%1\" is not a PostgreSQL address: write postgresql://user@host:port/database"_s.arg(url));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return std::unexpected(u"the database address is not a valid URL (%1)"_s.arg(parsed.errorString()));
    ServerAddress a;
    a.host = parsed.host(QUrl::FullyDecoded);
    a.user = parsed.userName(QUrl::FullyDecoded);
    a.password = parsed.password(QUrl::FullyDecoded);
    a.database = parsed.path(QUrl::FullyDecoded);
    if (a.database.startsWith(u'/'))
        a.database.remove(0, 1);
    if (parsed.port() > 0)
        a.port = parsed.port();
    QStringList options;
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            a.host = value;
        else if (key == u"port")
            a.port = value.toInt();
        else if (key == u"user")
            a.user = value;
        else if (key == u"dbname")
            a.database = value;
        else if (key == u"password")
            a.password = value;
        else if (key.contains(u';') || value.contains(u';') || key.contains(u'=') || key.isEmpty())
            return std::unexpected(u"the database address has an option that cannot be passed on: %1"_s.arg(key));
        else
            options.append(key + u'=' + value);
    }
    if (a.database.isEmpty())
        return std::unexpected(u"the database address names no database: write postgresql://user@host/database"_s);
    if (a.port <= 0 || a.port > 65535)
        return std::unexpected(u"the database address has no valid port"_s);
    a.options = options.join(u';');
    return a;
}

QString ServerAddress::shown() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    else
        url.setHost(host);
    if (!user.isEmpty())
        url.setUserName(user);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u"/"_s + database);
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" when there is no host part at all.
    if (!text.startsWith(u"postgresql://"_s))
        text.replace(0, int(qstrlen("postgresql:")), u"postgresql://"_s);
    return text;
}

QString ServerAddress::passwordEntry() const
{
    return u"postgresql:%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

namespace {

QMutex overrideMutex;
QString processOverride;

bool meansLocalFile(const QString &text)
{
    return text == u"file" || text == u"local";
}

QString settingsPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QString::fromLatin1(DatabaseChoice::settingsFileName));
}

} // namespace

namespace DatabaseChoice {

std::expected<void, QString> keepPassword(const QString &url, const QString &password)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        return std::unexpected(address.error());
    if (password.isEmpty()) {
        if (!Keychain::remove(address->passwordEntry()))
            return std::unexpected(u"Cannot remove the password of %1 from the desktop keychain"_s.arg(address->shown()));
        return {};
    }
    if (!Keychain::write(address->passwordEntry(), password.toUtf8()))
        return std::unexpected(u"No desktop keychain answered, so the password of %1 was not kept. Put it in "
                               "~/.pgpass instead (docs/server.md)."_s.arg(address->shown()));
    return {};
}

QString keptPassword(const ServerAddress &address)
{
    const auto kept = Keychain::read(address.passwordEntry());
    return kept ? QString::fromUtf8(*kept) : QString();
}

std::expected<void, QString> makeDataFolder(const QString &dataDir)
{
    const bool existed = QFileInfo(dataDir).isDir();
    if (!QDir(dataDir).mkpath(u"."_s))
        return std::unexpected(u"Cannot create the data folder %1"_s.arg(QDir::toNativeSeparators(dataDir)));
    // Only its owner may look inside: it holds the installation's secret.
    if (!existed)
        QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

void setProcessOverride(const QString &url)
{
    QMutexLocker lock(&overrideMutex);
    processOverride = url.trimmed();
}

QString serverUrl(const QString &dataDir)
{
    {
        QMutexLocker lock(&overrideMutex);
        if (!processOverride.isEmpty())
            return meansLocalFile(processOverride) ? QString() : processOverride;
    }
    // The folder's own choice, then the variable for folders that make none.
    if (const QString own = saved(dataDir); !own.isEmpty())
        return meansLocalFile(own) ? QString() : own;
    const QString variable = qEnvironmentVariable(environmentVariable).trimmed();
    return meansLocalFile(variable) ? QString() : variable;
}

QString saved(const QString &dataDir)
{
    if (!QFile::exists(settingsPath(dataDir)))
        return {};
    QSettings settings(settingsPath(dataDir), QSettings::IniFormat);
    return settings.value(u"database/server"_s).toString().trimmed();
}

std::expected<void, QString> save(const QString &dataDir, const QString &url)
{
    QString kept;
    if (meansLocalFile(url.trimmed())) {
        kept = u"file"_s;
    } else if (!url.trimmed().isEmpty()) {
        const auto address = ServerAddress::parse(url.trimmed());
        if (!address)
            return std::unexpected(address.error());
        kept = address->shown(); // never with a password
    }
    if (auto made = makeDataFolder(dataDir); !made)
        return made;
    QSettings settings(settingsPath(dataDir), QSettings::IniFormat);
    if (kept.isEmpty())
        settings.remove(u"database/server"_s);
    else
        settings.setValue(u"database/server"_s, kept);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return std::unexpected(u"Cannot write %1"_s.arg(QDir::toNativeSeparators(settingsPath(dataDir))));
    QFile::setPermissions(settingsPath(dataDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace DatabaseChoice
