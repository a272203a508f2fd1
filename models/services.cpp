#include "models/services.h"

using namespace Qt::StringLiterals;

namespace gig {

const QList<ServiceSpec> &services()
{
    static const QList<ServiceSpec> table {
        { Service::Ticketmaster, u"ticketmaster"_s, u"tm"_s, u"Ticketmaster"_s,
            u"https://app.ticketmaster.com/discovery/v2"_s, true,
            // Under the 5/s that gives 429; 5000 a day.
            LaneLimits { .ratePerSecond = 4.0, .maxInFlight = 2, .dailyBudget = 5000 }, false,
            u"GIGMAP_TICKETMASTER_KEY"_s },
        { Service::Songkick, u"songkick"_s, u"sk"_s, u"Songkick"_s,
            u"https://api.songkick.com/api/3.0"_s, true, LaneLimits { .ratePerSecond = 2.0 },
            /* keysForPartnersOnly */ true, u"GIGMAP_SONGKICK_KEY"_s },
        { Service::SeatGeek, u"seatgeek"_s, u"sg"_s, u"SeatGeek"_s, u"https://api.seatgeek.com/2"_s,
            true,
            // SeatGeek publishes no figure, only a global rate limit it asks clients to keep to
            // (a burst may get 406): 2/s, 2 in flight, and a daily budget like Ticketmaster's.
            LaneLimits { .ratePerSecond = 2.0, .burst = 1, .maxInFlight = 2, .dailyBudget = 5000 },
            false, u"GIGMAP_SEATGEEK_CLIENT_ID"_s },
        { Service::MusicBrainz, u"musicbrainz"_s, u""_s, u"MusicBrainz"_s,
            u"https://musicbrainz.org/ws/2"_s, false,
            // Over 1/s MusicBrainz answers 503 and may block the IP; Qt's own resends count too.
            LaneLimits {
                .ratePerSecond = 1.0, .burst = 1, .maxInFlight = 1, .resendSafe = false } },
        { Service::Nominatim, u"nominatim"_s, u""_s, u"Nominatim"_s,
            u"https://nominatim.openstreetmap.org"_s, false,
            LaneLimits { .ratePerSecond = 1.0, .maxInFlight = 1, .resendSafe = false } },
        { Service::Tiles, u"tiles"_s, u""_s, u"OpenStreetMap tiles"_s,
            u"https://tile.openstreetmap.org/{z}/{x}/{y}.png"_s, false,
            // Paced by what the view needs; at most 4 at a time.
            LaneLimits { .ratePerSecond = 0.0, .maxInFlight = 4 } },
        { Service::ListenBrainz, u"listenbrainz"_s, u""_s, u"ListenBrainz"_s,
            u"https://api.listenbrainz.org"_s, false,
            // Public statistics, no token; its limits come in X-RateLimit headers: one request
            // a second, one at a time, keeps far below them.
            LaneLimits { .ratePerSecond = 1.0, .burst = 1, .maxInFlight = 1 } },
        { Service::LastFm, u"lastfm"_s, u""_s, u"Last.fm"_s, u"https://ws.audioscrobbler.com/2.0"_s,
            true,
            // Last.fm asks for no more than 5 requests a second averaged over 5 minutes (error
            // 29 past it): one a second, one at a time, is far below.
            LaneLimits { .ratePerSecond = 1.0, .burst = 1, .maxInFlight = 1 }, false,
            u"GIGMAP_LASTFM_KEY"_s },
        { Service::CoverArtArchive, u"coverartarchive"_s, u""_s, u"Cover Art Archive"_s,
            u"https://coverartarchive.org"_s, false,
            // No published limit; it redirects every image to the Internet Archive. Two a second,
            // two at a time, for the few covers of one lineup.
            LaneLimits { .ratePerSecond = 2.0, .burst = 2, .maxInFlight = 2 } },
    };
    return table;
}

std::optional<Service> serviceOfRecord(QStringView recordId)
{
    for (const ServiceSpec &spec : services()) {
        if (!spec.idPrefix.isEmpty() && recordId.startsWith(spec.idPrefix)
            && recordId.size() > spec.idPrefix.size() && recordId.at(spec.idPrefix.size()) == u':')
            return spec.service;
    }
    return std::nullopt;
}

QList<Service> apiServices()
{
    QList<Service> result;
    for (const ServiceSpec &spec : services()) {
        if (spec.service != Service::Tiles)
            result.append(spec.service);
    }
    return result;
}

QList<Service> keyedServices()
{
    QList<Service> result;
    for (const ServiceSpec &spec : services()) {
        if (spec.needsKey)
            result.append(spec.service);
    }
    return result;
}

QList<Service> storedKeyServices()
{
    return keyedServices() << Service::Tiles;
}

QString ServiceSpec::laneName() const
{
    return QUrl(defaultBaseUrl).host();
}

const ServiceSpec &serviceSpec(Service service)
{
    return services()[qsizetype(service)];
}

const ServiceSpec *serviceForLane(QStringView lane)
{
    for (const ServiceSpec &spec : services()) {
        if (spec.laneName() == lane)
            return &spec;
    }
    return nullptr;
}

QUrl musicBrainzWebRoot(const QUrl &apiRoot)
{
    QUrl root = apiRoot;
    QString path = root.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/ws/2"_s))
        path.chop(5);
    root.setPath(path);
    root.setQuery(QString());
    return root;
}

QList<Source> sources()
{
    return { Source::Demo, Source::Ticketmaster, Source::Songkick, Source::SeatGeek };
}

std::optional<Service> sourceService(Source source)
{
    switch (source) {
    case Source::Demo:
        return std::nullopt;
    case Source::Ticketmaster:
        return Service::Ticketmaster;
    case Source::Songkick:
        return Service::Songkick;
    case Source::SeatGeek:
        return Service::SeatGeek;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

QString sourceName(Source source)
{
    const std::optional<Service> service = sourceService(source);
    return service ? serviceSpec(*service).id : u"demo"_s;
}

std::optional<Source> sourceFromName(QStringView name)
{
    for (const Source source : sources()) {
        if (name.compare(sourceName(source), Qt::CaseInsensitive) == 0)
            return source;
    }
    return std::nullopt;
}

} // namespace gig
