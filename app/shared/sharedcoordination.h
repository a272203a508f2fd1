// What a desktop does, beyond reading and writing rows, to share one PostgreSQL cache with
// others: its network lanes take their turns from the database (so all desktops together keep
// each service's rate) and its refreshes of places and artists are leased there (so each is
// fetched by one desktop, and read by the others).
#pragma once

#include <QPointer>
#include <QString>
#include <memory>

namespace gig {

class ReleaseRefresher;
class LocationRegistry;
class RequestQueue;
class SharedConnection;
class SharedLaneTurns;
class SharedWorkLeases;

class SharedCoordination
{
    Q_DISABLE_COPY_MOVE(SharedCoordination)

public:
    // Nothing when `cacheLocation` (as --cache takes it) is not a shared database.
    static std::unique_ptr<SharedCoordination> forCache(const QString &cacheLocation);
    ~SharedCoordination(); // detaches, and lets go of every lease

    // Paces `queue`'s lanes and leases the work of `releases` and `registry` through the
    // database, until this object goes.
    void attach(RequestQueue *queue, ReleaseRefresher *releases, LocationRegistry *registry);

    SharedLaneTurns *turns() const { return m_turns.get(); }
    SharedWorkLeases *leases() const { return m_leases.get(); }

private:
    explicit SharedCoordination(std::unique_ptr<SharedConnection> connection);

    std::unique_ptr<SharedConnection> m_connection;
    std::unique_ptr<SharedLaneTurns> m_turns;
    std::unique_ptr<SharedWorkLeases> m_leases;
    QPointer<RequestQueue> m_queue;
    QPointer<ReleaseRefresher> m_releases;
    QPointer<LocationRegistry> m_registry;
};

} // namespace gig
