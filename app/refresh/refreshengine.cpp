#include "app/refresh/refreshengine.h"

#include "app/net/requestqueue.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/releaserefresher.h"
#include "app/sources/combinedeventsource.h"
#include "app/sources/musicbrainzsource.h"
#include "app/sources/nominatimsource.h"
#include "app/sources/seatgeeksource.h"
#include "app/sources/songkicksource.h"
#include "app/sources/ticketmastersource.h"
#include "models/gigstore.h"

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// The sandbox takes any non-empty key; the demo needs none from the user.
const QString demoKey = u"demo"_s;

} // namespace

QString EngineConfig::keyOf(Source source) const
{
    const std::optional<Service> service = sourceService(source);
    return service ? keys.key(*service) : QString();
}

QUrl EngineConfig::url(Service service) const
{
    const QUrl given = urls.value(service);
    return given.isEmpty() ? serviceSpec(service).baseUrl() : given;
}

RefreshEngine::RefreshEngine(GigStore *store, RequestQueue *queue, const EngineConfig &config,
    std::shared_ptr<Clock> clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_queue(queue)
    , m_config(config)
    , m_clock(clock ? std::move(clock) : Clock::system())
{
    Q_ASSERT(store && queue);
    buildServices();
    m_releases = std::make_unique<ReleaseRefresher>(
        m_musicbrainz.get(), m_store, m_clock, m_config.refresh);
    m_registry = std::make_unique<LocationRegistry>(
        m_eventSource.get(), m_store, m_releases.get(), m_clock, m_config.refresh);
}

RefreshEngine::~RefreshEngine()
{
    // Watches and fetches go before the sources they use.
    m_registry.reset();
    m_releases.reset();
}

std::unique_ptr<EventSource> RefreshEngine::makeEventSource() const
{
    Q_ASSERT(!m_config.sources.isEmpty());
    // The demo reads the sandbox's stand-ins of two providers, so that it shows merged gigs too.
    const QList<Source> asked = m_config.isDemo()
        ? QList<Source> { Source::Ticketmaster, Source::SeatGeek }
        : m_config.sources;
    if (asked.size() == 1)
        return makeEventSource(asked.constFirst());
    std::vector<std::unique_ptr<EventSource>> sources;
    for (const Source source : asked)
        sources.push_back(makeEventSource(source));
    return std::make_unique<CombinedEventSource>(std::move(sources));
}

std::unique_ptr<EventSource> RefreshEngine::makeEventSource(Source source) const
{
    switch (source) {
    case Source::Demo:
    case Source::Ticketmaster: {
        TicketmasterSource::Config tm;
        tm.baseUrl = m_config.url(Service::Ticketmaster);
        tm.apiKey = m_config.isDemo() ? demoKey : m_config.keyOf(source);
        return std::make_unique<TicketmasterSource>(m_queue, tm);
    }
    case Source::Songkick: {
        SongkickSource::Config sk;
        sk.baseUrl = m_config.url(Service::Songkick);
        sk.apiKey = m_config.keyOf(source);
        return std::make_unique<SongkickSource>(m_queue, sk);
    }
    case Source::SeatGeek: {
        SeatGeekSource::Config sg;
        sg.baseUrl = m_config.url(Service::SeatGeek);
        sg.clientId = m_config.isDemo() ? demoKey : m_config.keyOf(source);
        return std::make_unique<SeatGeekSource>(m_queue, sg);
    }
    }
    Q_UNREACHABLE();
    return {};
}

void RefreshEngine::buildServices()
{
    m_eventSource = makeEventSource();
    MusicBrainzSource::Config mb;
    mb.baseUrl = m_config.url(Service::MusicBrainz);
    mb.countedTypes = m_config.releaseTypes;
    m_musicbrainz = std::make_unique<MusicBrainzSource>(m_queue, mb);
    NominatimSource::Config nominatim;
    nominatim.baseUrl = m_config.url(Service::Nominatim);
    m_placeSearch = std::make_unique<NominatimSource>(m_queue, nominatim);
}

void RefreshEngine::reconfigure(const EngineConfig &config)
{
    const bool otherTypes = config.releaseTypes != m_config.releaseTypes;
    const bool otherSources = config.sources != m_config.sources;
    m_config = config;
    if (otherSources) {
        // The gigs shown came from the old sources (the demo's are made up): they go at once,
        // and every place is fetched from the new ones.
        m_store->forgetLocationEvents(m_store->locationIds());
        m_store->sweep(m_clock->systemNow());
    }
    // The old services live until the registry and the refresher have let go of them.
    auto oldSource = std::move(m_eventSource);
    auto oldMusicbrainz = std::move(m_musicbrainz);
    auto oldPlaceSearch = std::move(m_placeSearch);
    buildServices();
    m_releases->setSource(m_musicbrainz.get());
    m_registry->setEventSource(m_eventSource.get());
    if (otherTypes) {
        // The old answers stay on screen (stale) until the new rule has replaced them.
        m_store->markReleasesStale(m_store->releaseMbids());
        m_releases->enqueueLacking();
    }
}

} // namespace gig
