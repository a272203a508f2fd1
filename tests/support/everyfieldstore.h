// A store that uses every field and every odd case the cache must keep, and a comparison of two
// stores row by row: the round trip through a SQLite file or a shared PostgreSQL database.
#pragma once

#include "models/gigstore.h"

#include <QTest>
#include <QUrl>

namespace gig::test {

using namespace Qt::StringLiterals;
using gig::GigStore;

inline const QDateTime t0(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);

// A store that uses every field and every odd case the cache must keep.
inline void fillEveryField(GigStore &store)
{
    GigStore::Batch batch(store);
    gig::Event full;
    full.id = u"tm:Ünïcødé-1"_s;
    full.name = u"Björk — Cornucopia 🎶 「東京」"_s;
    full.status = gig::EventStatus::Rescheduled;
    full.start = gig::EventStart(QDate(2026, 12, 5), QTime(20, 30, 15, 250), -28800);
    full.venue = { u"Salle Pleyel"_s, QGeoCoordinate(48.8773, 2.3008), u"Paris"_s, u"FR"_s };
    full.lineup = { u"sk:1"_s, u"sk:2"_s, u"sk:missing"_s };
    full.billing = { gig::Billing::Headline, gig::Billing::Headline, gig::Billing::Support };
    full.url = QUrl(u"https://example.com/événement?id=1&q=ä b"_s).toString(QUrl::FullyEncoded);
    full.lowestPrice = gig::TicketPrice { 39.95, u"EUR"_s };

    gig::Event bare; // no time, no offset, no coordinates, no url, empty strings
    bare.id = u"sk:2"_s;
    bare.status = gig::EventStatus::Cancelled;
    bare.start = gig::EventStart(QDate(2027, 1, 2));
    bare.venue.name = u"Somewhere"_s;

    gig::Event timeNoOffset;
    timeNoOffset.id = u"sk:3"_s;
    timeNoOffset.name = u"Time, no offset"_s;
    timeNoOffset.start = gig::EventStart(QDate(2027, 2, 3), QTime(19, 0));
    timeNoOffset.venue.coordinate = QGeoCoordinate(-33.8688, 151.2093);

    store.upsertEvents({ full, bare }, t0, t0.addSecs(3600));
    store.upsertEvents({ timeNoOffset }, t0.addDays(-3), t0.addDays(-2)); // stale
    store.upsertArtists(
        { { u"sk:1"_s, u"mbid-1"_s, u"Sigur Rós"_s, { u"mbid-x"_s, u"mbid-y"_s } },
            { u"sk:2"_s, QString(), u"Мумий Тролль"_s, {}, t0.addDays(-1),
                gig::NameSearch::Several },
            { u"sk:4"_s, u"mbid-4"_s, u"Found By Name"_s, {}, {}, gig::NameSearch::Found } },
        t0, QDateTime()); // never expires
    store.upsertLatestRelease({ u"mbid-1"_s,
                                  gig::Release { u"rg-1"_s, u"Ágætis byrjun"_s,
                                      gig::ReleaseType::Album, gig::PartialDate::fromYear(1999) } },
        t0, t0.addDays(7));
    store.upsertLatestRelease({ u"mbid-month"_s,
                                  gig::Release { u"rg-2"_s, u"EP"_s, gig::ReleaseType::EP,
                                      gig::PartialDate::fromYearMonth(2020, 2) } },
        t0, t0.addDays(7));
    store.upsertLatestRelease({ u"mbid-day"_s,
                                  gig::Release { u"rg-3"_s, u"Single"_s, gig::ReleaseType::Single,
                                      gig::PartialDate::fromDate(QDate(2024, 2, 29)) } },
        t0, t0.addDays(7));
    store.upsertLatestRelease(
        { u"mbid-undated"_s, gig::Release { QString(), QString(), gig::ReleaseType::Other, {} } },
        t0, t0.addDays(7));
    store.upsertLatestRelease({ u"mbid-none"_s, std::nullopt }, t0, t0.addDays(7));

    gig::Location paris;
    paris.id = u"paris"_s;
    paris.name = u"Paris, Île-de-France"_s;
    paris.coordinate = QGeoCoordinate(48.8566, 2.3522);
    paris.radiusKm = 12.5;
    paris.metroArea = u"28909"_s;
    paris.eventIds = { u"tm:Ünïcødé-1"_s, u"sk:2"_s, u"sk:3"_s, u"sk:not-fetched"_s };
    store.upsertLocation(paris, t0, t0.addSecs(900));
    gig::Location pending;
    pending.id = u"pending"_s;
    pending.name = u"No coordinates yet"_s;
    store.watchLocation(pending);
}

// Every row of `a` is in `b` with the same value and stamps, and nothing else is.
inline void compareStores(const GigStore &a, const GigStore &b)
{
    QCOMPARE(b.eventCount(), a.eventCount());
    QCOMPARE(b.artistCount(), a.artistCount());
    QCOMPARE(b.releaseCount(), a.releaseCount());
    QCOMPARE(b.locationCount(), a.locationCount());
    for (const QString &id : a.eventIds())
        QCOMPARE(b.eventById(id), a.eventById(id));
    for (const QString &id : a.artistIds())
        QCOMPARE(b.artist(id), a.artist(id));
    for (const QString &mbid : a.releaseMbids())
        QCOMPARE(b.latestRelease(mbid), a.latestRelease(mbid));
    for (const QString &id : a.locationIds())
        QCOMPARE(b.location(id), a.location(id));
}

} // namespace gig::test
