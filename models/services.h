// The outside services gigmap talks to, one row each (id, name, default base URL, key, lane
// limits), and the gig sources the user picks from: settings, the settings dialog, the key store,
// the engine and the network lanes all read this one table.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace gig {

// Every outside service gigmap asks.
enum class Service {
    Ticketmaster,
    Songkick,
    SeatGeek,
    MusicBrainz,
    Nominatim,
    Tiles,
    ListenBrainz,
    LastFm,
    CoverArtArchive
};

// Where the gigs come from: the user's choice (the demo is the built-in sandbox).
enum class Source { Demo, Ticketmaster, Songkick, SeatGeek };

// The limits of a service's lane (app/net's LanePolicy fills in the rest from its defaults).
struct LaneLimits
{
    double ratePerSecond = 2.0; // token refill; <= 0 means unlimited
    int burst = 1;
    int maxInFlight = 2;
    int dailyBudget = 0; // 0 = none
    bool resendSafe = true; // see LanePolicy::resendSafe

    friend bool operator==(const LaneLimits &, const LaneLimits &) = default;
};

struct ServiceSpec
{
    Service service;
    QString id; // "ticketmaster": the settings' and the key store's word
    QString idPrefix; // "tm": its records' ids begin "tm:"; empty when it gives none we keep
    QString displayName; // "Ticketmaster"
    QString defaultBaseUrl; // the real service's root (for tiles: the URL template)
    bool needsKey = false; // an API key the user gives (kept in the keyring)
    LaneLimits lane; // the limits of the lane named after the base URL's host
    bool keysForPartnersOnly = false; // gives no new keys to the public (Songkick)
    QString keyVariable = QString(); // the environment variable that may hold its key; empty: none

    // The lane (host) its requests go through: the default base URL's host.
    QString laneName() const;
    QUrl baseUrl() const { return QUrl(defaultBaseUrl); }
};

// Every row, in the order of the Service enum.
const QList<ServiceSpec> &services();
// The services asked at a base URL the user may change: every row but the map tiles, whose row
// holds a URL template.
QList<Service> apiServices();
// The services that need a key from the user.
QList<Service> keyedServices();
// The services whose keys the keyring keeps: the keyed ones and the map's tile server, whose
// template may hold a {key}.
QList<Service> storedKeyServices();
const ServiceSpec &serviceSpec(Service service);
// The row whose lane is `lane` (a host name); nullptr for other lanes.
const ServiceSpec *serviceForLane(QStringView lane);

// The service whose records' ids begin with its prefix and a colon ("tm:G5vYZ9"); std::nullopt
// for any other id.
std::optional<Service> serviceOfRecord(QStringView recordId);

// The website whose pages go with a MusicBrainz web service root: "https://musicbrainz.org" for
// "https://musicbrainz.org/ws/2" (a mirror's or the sandbox's likewise).
QUrl musicBrainzWebRoot(const QUrl &apiRoot);

// Every source the user can pick, the demo first.
QList<Source> sources();
// The service behind a source; std::nullopt for the demo.
std::optional<Service> sourceService(Source source);
// "demo", "ticketmaster", "songkick", "seatgeek" — the words the settings file and the command line
// use.
QString sourceName(Source source);
// The source named `name` (case does not matter).
std::optional<Source> sourceFromName(QStringView name);

} // namespace gig
