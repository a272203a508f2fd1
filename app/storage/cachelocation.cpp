#include "app/storage/cachelocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gig {

CacheLocation CacheLocation::fromText(const QString &text)
{
    CacheLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return location;
    if (!trimmed.startsWith(u"postgresql://"_s) && !trimmed.startsWith(u"postgres://"_s)) {
        location.m_kind = Kind::File;
        location.m_filePath = text;
        return location;
    }
    location.m_kind = Kind::Postgres;
    const QUrl url(trimmed, QUrl::StrictMode);
    location.m_host = url.host();
    location.m_port = url.port(-1);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_databaseName = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(u"host"_s))
        location.m_host = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (!url.isValid()) {
        location.m_problem = QCoreApplication::translate(
            "CacheLocation", "The address of the shared cache is not a valid URL: %1")
                                 .arg(url.errorString());
    } else if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(u'/')) {
        location.m_problem = QCoreApplication::translate("CacheLocation",
            "The address of the shared cache names no database. Write it as "
            "postgresql://user@host:5432/database.");
    }
    return location;
}

QSqlDatabase CacheLocation::addDatabase(
    const QString &connectionName, int connectTimeoutSeconds) const
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!database.isValid())
        return database;
    database.setHostName(m_host);
    database.setPort(m_port);
    database.setUserName(m_user);
    database.setPassword(m_password);
    database.setDatabaseName(m_databaseName);
    database.setConnectOptions(
        u"connect_timeout=%1;application_name=gigmap"_s.arg(connectTimeoutSeconds));
    return database;
}

QString CacheLocation::displayText() const
{
    if (m_kind != Kind::Postgres)
        return m_filePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    if (m_host.startsWith(u'/')) {
        url.setHost(QString());
        url.setQuery(u"host="_s + m_host);
    } else {
        url.setHost(m_host);
    }
    url.setPort(m_port);
    url.setPath(u'/' + m_databaseName);
    return url.toString();
}

} // namespace gig
