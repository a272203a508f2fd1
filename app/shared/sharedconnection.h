// The main thread's own connection to a shared PostgreSQL cache, for the short statements that
// coordinate desktops (turns to send, leases on work). The cache's rows go through CacheWorker's
// connection on the storage thread; this one never carries them.
#pragma once

#include "app/storage/cachelocation.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <chrono>

class QSqlQuery;

namespace gig {

class SharedConnection
{
    Q_DISABLE_COPY_MOVE(SharedConnection)

public:
    explicit SharedConnection(const CacheLocation &location);
    ~SharedConnection();

    // The open connection, or nothing while the database is out of reach: a failed attempt is
    // not repeated for a while (1 s, doubling up to 30 s), so callers never wait on it often.
    QSqlDatabase *database();
    // A statement failed: the connection is dropped (at the next database()) and opened again
    // after the pause.
    void failed(const QSqlQuery &query);

    bool isAvailable() const { return m_database.isOpen() && !m_broken; }
    // Who this desktop is to the others, one id per process: "<host>/<process id>/<random>".
    QString desktopId() const { return m_desktopId; }

    // The database clock in milliseconds since the epoch, as an SQL expression: every desktop
    // measures turns and leases on one clock.
    static QString nowSql();

private:
    void close();

    CacheLocation m_location;
    QString m_connectionName;
    QString m_desktopId;
    QSqlDatabase m_database;
    QElapsedTimer m_sinceFailure;
    bool m_broken = false;
    std::chrono::milliseconds m_pause { 0 };
};

} // namespace gig
