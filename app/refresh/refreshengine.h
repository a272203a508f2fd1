// Assembles gigmap's engine from a configuration: the RequestQueue, the event source chosen
// (Ticketmaster, Songkick or the demo sandbox), MusicBrainz, Nominatim, the release refresher
// and the location registry. The window and `gigmap export` both run on it.
#pragma once

#include "app/net/clock.h"
#include "app/refresh/refreshsettings.h"
#include "app/sources/latestrelease.h"
#include "models/appsettings.h"
#include "models/services.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace gig {

class EventSource;
class GigStore;
class LocationRegistry;
class MusicBrainzSource;
class PlaceSearch;
class ReleaseRefresher;
class RequestQueue;

struct EngineConfig
{
    // The gig sources asked, each once, in the order the merge prefers (Demo alone, or keyed
    // sources); several are asked together and each provider's gigs kept (CombinedEventSource).
    QList<Source> sources { Source::Demo };
    ApiKeys keys;
    // Service roots; a service not in it is asked at its real root (for Demo, every service the
    // demo uses must be given the sandbox's).
    QMap<Service, QUrl> urls;
    RefreshSettings refresh;
    // Primary types that count as an artist's latest release (the settings' choice).
    QList<ReleaseType> releaseTypes = defaultCountedReleaseTypes();

    bool isDemo() const { return sources.contains(Source::Demo); }
    // The key `source` needs; empty for Demo.
    QString keyOf(Source source) const;
    // The root `service` is asked at.
    QUrl url(Service service) const;
};

class RefreshEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshEngine)

public:
    // `clock` paces everything (tests and benchmarks speed it up); nullptr: real time.
    RefreshEngine(GigStore *store, RequestQueue *queue, const EngineConfig &config,
        std::shared_ptr<Clock> clock = nullptr, QObject *parent = nullptr);
    ~RefreshEngine() override;

    const EngineConfig &config() const { return m_config; }
    // A new source or new URLs: the watches are rebuilt on the new services; the places and the
    // release queue stay, and their cached gigs too unless the gig sources changed (then those
    // go at once and every place is fetched from the new sources). placeSearch() and eventSource()
    // change. Other release types counted: every cached latest release turns stale and is fetched
    // again.
    void reconfigure(const EngineConfig &config);

    RequestQueue *queue() const { return m_queue; }
    EventSource *eventSource() const { return m_eventSource.get(); }
    PlaceSearch *placeSearch() const { return m_placeSearch.get(); }
    ReleaseRefresher *releases() const { return m_releases.get(); }
    LocationRegistry *registry() const { return m_registry.get(); }

private:
    std::unique_ptr<EventSource> makeEventSource() const;
    std::unique_ptr<EventSource> makeEventSource(Source source) const;
    void buildServices();

    GigStore *m_store;
    RequestQueue *m_queue;
    EngineConfig m_config;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<EventSource> m_eventSource;
    std::unique_ptr<MusicBrainzSource> m_musicbrainz;
    std::unique_ptr<PlaceSearch> m_placeSearch;
    std::unique_ptr<ReleaseRefresher> m_releases;
    std::unique_ptr<LocationRegistry> m_registry;
};

} // namespace gig
