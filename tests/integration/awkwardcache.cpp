// Test helper for the export checks in real programs: writes a gigmap cache holding one place
// (central Berlin, 30 km) whose gigs have the names that trip spreadsheets and calendars:
// formula-looking text, tabs, carriage returns, line breaks, quotes, commas, other scripts.
//   awkwardcache <cache file>
// `gigmap export --offline --cache <file> --lat 52.52 --lng 13.405` then writes them.
#include "app/storage/cachedatabase.h"
#include "models/gigstore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fputs("usage: awkwardcache <cache file>\n", stderr);
        return 2;
    }
    gig::GigStore store;
    gig::CacheDatabase cache(&store, args.at(1));
    if (!cache.load()) {
        std::fprintf(stderr, "awkwardcache: %s\n", qPrintable(cache.warning()));
        return 1;
    }
    const QStringList names = { u"=SUM(1+1)"_s, u"+44 Lights"_s, u"-Minus-"_s, u"@handle"_s,
        u"\tTabbed"_s, u"\rCarriage"_s, u"Two\nlines"_s, u"Say \"yes\", twice"_s, u"Zoë"_s,
        u"Город 312"_s, u"東京事変"_s, u"=cmd|' /C calc'!A0"_s, u"Plain"_s };
    const QDateTime now = store.now();
    const QDate first = now.date().addDays(2);
    QList<gig::Event> events;
    QList<gig::Artist> artists;
    gig::Location place;
    place.id = u"awkward"_s;
    place.name = u"Berlin"_s;
    place.coordinate = QGeoCoordinate(52.52, 13.405);
    place.radiusKm = 30;
    for (qsizetype i = 0; i < names.size(); ++i) {
        gig::Event event;
        event.id = u"tm:AWK%1"_s.arg(i);
        event.name = names.at(i);
        // Timed in UTC+1, timed with no offset, and untimed gigs.
        event.start = i % 3 == 0 ? gig::EventStart(first.addDays(i), QTime(20, 30), 3600)
            : i % 3 == 1         ? gig::EventStart(first.addDays(i), QTime(19, 0))
                                 : gig::EventStart(first.addDays(i));
        event.venue = { u"Hall \"%1\", Kreuzberg"_s.arg(names.at(i)),
            QGeoCoordinate(52.5 + double(i) / 1000.0, 13.4), u"Berlin"_s, u"DE"_s };
        event.url = u"https://www.ticketmaster.de/event/AWK%1"_s.arg(i);
        const QString artistId = u"tm:K%1"_s.arg(i);
        event.lineup = { artistId };
        artists.append({ artistId, {}, names.at(i), {} });
        place.eventIds.append(event.id);
        events.append(event);
    }
    {
        gig::GigStore::Batch scope(store);
        store.upsertEvents(events, now, now.addDays(1));
        store.upsertArtists(artists, now, now.addDays(1));
        store.upsertLocation(place, now, now.addDays(1));
    }
    cache.flush();
    return 0;
}
