#include "app/shared/sharedworkleases.h"

#include "app/shared/sharedconnection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace gig {

SharedWorkLeases::SharedWorkLeases(SharedConnection *connection, std::chrono::milliseconds ttl,
    std::chrono::milliseconds recent, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_ttl(ttl)
    , m_recent(recent)
{
    m_renewal.setInterval(ttl / 3);
    connect(&m_renewal, &QTimer::timeout, this, &SharedWorkLeases::renew);
}

SharedWorkLeases::~SharedWorkLeases()
{
    const QSet<QString> held = m_held;
    for (const QString &key : held)
        release(key, false);
}

WorkLeases::Claim SharedWorkLeases::claim(const QString &key)
{
    QSqlDatabase *database = m_connection->database();
    if (!database)
        return Claim::Granted; // alone until the database is back
    const QString now = SharedConnection::nowSql();
    // Free, expired, or already this desktop's, and not just finished by another: it is taken.
    QSqlQuery take(*database);
    take.prepare(u"INSERT INTO work_leases (key, holder, expires_at, done_at) VALUES (?, ?, %1 + ?,"
                 " NULL) ON CONFLICT (key) DO UPDATE SET holder = EXCLUDED.holder,"
                 " expires_at = EXCLUDED.expires_at, done_at = NULL"
                 " WHERE (work_leases.holder IS NULL OR work_leases.holder = EXCLUDED.holder"
                 " OR work_leases.expires_at < %1)"
                 " AND (work_leases.done_at IS NULL OR work_leases.done_at < %1 - ?)"
                 " RETURNING key"_s.arg(now));
    take.addBindValue(key);
    take.addBindValue(m_connection->desktopId());
    take.addBindValue(qint64(m_ttl.count()));
    take.addBindValue(qint64(m_recent.count()));
    if (!take.exec()) {
        m_connection->failed(take);
        return Claim::Granted;
    }
    if (take.next()) {
        m_held.insert(key);
        if (!m_renewal.isActive())
            m_renewal.start();
        return Claim::Granted;
    }
    QSqlQuery who(*database);
    who.prepare(
        u"SELECT holder IS NOT NULL AND expires_at >= %1 FROM work_leases WHERE key = ?"_s.arg(
            now));
    who.addBindValue(key);
    if (!who.exec()) {
        m_connection->failed(who);
        return Claim::Granted;
    }
    return who.next() && who.value(0).toBool() ? Claim::HeldElsewhere : Claim::DoneElsewhere;
}

void SharedWorkLeases::release(const QString &key, bool done)
{
    if (!m_held.remove(key))
        return;
    if (m_held.isEmpty())
        m_renewal.stop();
    QSqlDatabase *database = m_connection->database();
    if (!database)
        return; // it lapses by itself
    QSqlQuery let(*database);
    let.prepare(u"UPDATE work_leases SET holder = NULL, expires_at = NULL,"
                " done_at = CASE WHEN ? THEN %1 ELSE done_at END"
                " WHERE key = ? AND holder = ?"_s.arg(SharedConnection::nowSql()));
    let.addBindValue(done);
    let.addBindValue(key);
    let.addBindValue(m_connection->desktopId());
    if (!let.exec())
        m_connection->failed(let);
}

void SharedWorkLeases::renew()
{
    QSqlDatabase *database = m_connection->database();
    if (!database)
        return;
    QSqlQuery renewal(*database);
    renewal.prepare(u"UPDATE work_leases SET expires_at = %1 + ? WHERE holder = ?"_s.arg(
        SharedConnection::nowSql()));
    renewal.addBindValue(qint64(m_ttl.count()));
    renewal.addBindValue(m_connection->desktopId());
    if (!renewal.exec())
        m_connection->failed(renewal);
}

} // namespace gig
