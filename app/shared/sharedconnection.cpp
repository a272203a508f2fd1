#include "app/shared/sharedconnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace gig {

namespace {

Q_LOGGING_CATEGORY(lcShared, "gigmap.shared")

} // namespace

SharedConnection::SharedConnection(const CacheLocation &location)
    : m_location(location)
    , m_connectionName(u"gigmap-shared-%1"_s.arg(quintptr(this), 0, 16))
    // host/process/random: an administrator can tell which desktop holds a lease.
    , m_desktopId(u"%1/%2/%3"_s.arg(QSysInfo::machineHostName())
                      .arg(QCoreApplication::applicationPid())
                      .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{ }

SharedConnection::~SharedConnection()
{
    close();
}

QString SharedConnection::nowSql()
{
    return u"CAST(extract(epoch from clock_timestamp()) * 1000 AS bigint)"_s;
}

QSqlDatabase *SharedConnection::database()
{
    if (m_broken) {
        close();
        m_broken = false;
    }
    if (m_database.isOpen())
        return &m_database;
    if (m_sinceFailure.isValid() && m_sinceFailure.elapsed() < m_pause.count())
        return nullptr;
    close();
    m_database = m_location.addDatabase(m_connectionName, 2);
    if (m_database.open()) {
        m_sinceFailure.invalidate();
        m_pause = 0ms;
        return &m_database;
    }
    qCInfo(lcShared).noquote() << "cannot reach the shared cache" << m_location.displayText()
                               << "to coordinate:" << m_database.lastError().text();
    m_pause = std::clamp(m_pause * 2, 1000ms, 30000ms);
    m_sinceFailure.start();
    close();
    return nullptr;
}

void SharedConnection::failed(const QSqlQuery &query)
{
    qCInfo(lcShared).noquote() << "a coordinating statement failed:" << query.lastError().text();
    // A lost connection, most likely: drop it, and try again after a pause.
    m_pause = std::clamp(m_pause * 2, 1000ms, 30000ms);
    m_sinceFailure.start();
    m_broken = true;
}

void SharedConnection::close()
{
    if (!m_database.isValid())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace gig
