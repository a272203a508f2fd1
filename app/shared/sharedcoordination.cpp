#include "app/shared/sharedcoordination.h"

#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/releaserefresher.h"
#include "app/shared/sharedconnection.h"
#include "app/shared/sharedlaneturns.h"
#include "app/shared/sharedworkleases.h"
#include "app/storage/cachelocation.h"

namespace gig {

std::unique_ptr<SharedCoordination> SharedCoordination::forCache(const QString &cacheLocation)
{
    const CacheLocation location = CacheLocation::fromText(cacheLocation);
    if (!location.isShared() || !location.problem().isEmpty())
        return nullptr;
    return std::unique_ptr<SharedCoordination>(
        new SharedCoordination(std::make_unique<SharedConnection>(location)));
}

SharedCoordination::SharedCoordination(std::unique_ptr<SharedConnection> connection)
    : m_connection(std::move(connection))
    , m_turns(std::make_unique<SharedLaneTurns>(m_connection.get()))
    , m_leases(std::make_unique<SharedWorkLeases>(m_connection.get()))
{ }

SharedCoordination::~SharedCoordination()
{
    if (m_queue)
        m_queue->setLaneTurns(nullptr);
    if (m_releases)
        m_releases->setLeases(nullptr);
    if (m_registry)
        m_registry->setLeases(nullptr);
}

void SharedCoordination::attach(
    RequestQueue *queue, ReleaseRefresher *releases, LocationRegistry *registry)
{
    m_queue = queue;
    m_releases = releases;
    m_registry = registry;
    queue->setLaneTurns(m_turns.get());
    releases->setLeases(m_leases.get());
    registry->setLeases(m_leases.get());
}

} // namespace gig
