// Builds small GigStores for the item-model tests: a place, its gigs, their artists and releases.
#pragma once

#include "models/gigstore.h"

#include <QDateTime>

namespace gig::testing {

inline const QDateTime fixtureNow(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

inline Event makeEvent(const QString &id, QDate date, QStringList lineup = {},
    QGeoCoordinate where = QGeoCoordinate(52.52, 13.405))
{
    Event event;
    event.id = id;
    event.name = QStringLiteral("Gig ") + id;
    event.start = EventStart(date, QTime(20, 0), 3600);
    event.venue
        = { QStringLiteral("Hall ") + id, where, QStringLiteral("Berlin"), QStringLiteral("DE") };
    event.lineup = std::move(lineup);
    return event;
}

inline Artist makeArtist(const QString &id, const QString &name, const QString &mbid = {})
{
    return Artist { id, mbid, name, {} };
}

inline Location makeLocation(
    const QString &id, QStringList eventIds, QGeoCoordinate where = QGeoCoordinate(52.52, 13.405))
{
    Location location;
    location.id = id;
    location.name = id;
    location.coordinate = where;
    location.radiusKm = 30;
    location.eventIds = std::move(eventIds);
    return location;
}

// Writes events, their artists and the place in one batch, as a refresh does.
inline void writeRefresh(GigStore &store, const Location &place, const QList<Event> &events,
    const QList<Artist> &artists)
{
    GigStore::Batch batch(store);
    const QDateTime expires = fixtureNow.addSecs(3600);
    store.upsertEvents(events, fixtureNow, expires);
    store.upsertArtists(artists, fixtureNow, expires);
    store.upsertLocation(place, fixtureNow, expires);
}

inline void writeRelease(GigStore &store, const QString &mbid, std::optional<Release> release)
{
    store.upsertLatestRelease(
        LatestRelease { mbid, std::move(release) }, fixtureNow, fixtureNow.addDays(1));
}

// One show listed by Ticketmaster (tm:1) and SeatGeek (sg:1) with an act in common, and a lone
// Ticketmaster gig (tm:2) a day later; see twoProvidersArtists() and twoProvidersPlace().
inline const QDate twoProvidersShowDay(2026, 12, 10);

inline QList<Event> twoProvidersOneShow()
{
    Event ticketmaster
        = makeEvent(QStringLiteral("tm:1"), twoProvidersShowDay, { QStringLiteral("tm:a1") });
    ticketmaster.url = QStringLiteral("https://tickets.example/tm1");
    Event seatgeek = makeEvent(QStringLiteral("sg:1"), twoProvidersShowDay,
        { QStringLiteral("sg:a1"), QStringLiteral("sg:a2") });
    seatgeek.url = QStringLiteral("https://tickets.example/sg1");
    return { ticketmaster, seatgeek,
        makeEvent(
            QStringLiteral("tm:2"), twoProvidersShowDay.addDays(1), { QStringLiteral("tm:a1") }) };
}

// "The National" (Ticketmaster) is "National" on SeatGeek, which also bills Phoebe Bridgers.
inline QList<Artist> twoProvidersArtists()
{
    return { makeArtist(QStringLiteral("tm:a1"), QStringLiteral("The National")),
        makeArtist(QStringLiteral("sg:a1"), QStringLiteral("National")),
        makeArtist(QStringLiteral("sg:a2"), QStringLiteral("Phoebe Bridgers")) };
}

// "london", listing `eventIds`.
inline Location twoProvidersPlace(QStringList eventIds
    = { QStringLiteral("tm:1"), QStringLiteral("sg:1"), QStringLiteral("tm:2") })
{
    return makeLocation(QStringLiteral("london"), std::move(eventIds));
}

} // namespace gig::testing
