// Synthetic gigs for the benchmarks: every benchmark that needs a busy day of gigs builds them
// the same way, so their figures compare.
#pragma once

#include "models/artist.h"
#include "models/event.h"

#include <QGeoCoordinate>

namespace gig::bench {

// Gig number `i`: a tour night of artist `i % artistCount` with `lineupSize` artists out of
// `artistCount`, at `venue` in `city`, one of 365 days from 2026-11-02, every 50th postponed.
inline Event syntheticEvent(
    int i, int artistCount, const QGeoCoordinate &venue, const QString &city, int lineupSize = 3)
{
    using namespace Qt::StringLiterals;
    Event event;
    event.id = u"tm:G5vYZ9%1"_s.arg(i, 7, 10, QChar(u'0'));
    event.name = u"Artist %1 — World Tour 2027 (night %2)"_s.arg(i % artistCount).arg(i % 7);
    event.status = i % 50 == 0 ? EventStatus::Postponed : EventStatus::Ok;
    event.start = EventStart(QDate(2026, 11, 2).addDays(i % 365), QTime(19 + i % 4, 30),
        i % 3 == 0 ? std::optional<int>() : std::optional<int>(3600));
    event.venue = { u"Venue %1"_s.arg(i % 2000), venue, city, u"DE"_s };
    for (int a = 0; a < lineupSize; ++a)
        event.lineup.append(
            u"tm:K8vZ9%1"_s.arg((i * 7 + a * 13) % artistCount, 6, 10, QChar(u'0')));
    event.url = u"https://www.example.com/event/%1"_s.arg(event.id);
    return event;
}

// Artist number `a`, as syntheticEvent() names it in lineups, with an MBID.
inline Artist syntheticArtist(int a)
{
    using namespace Qt::StringLiterals;
    return { u"tm:K8vZ9%1"_s.arg(a, 6, 10, QChar(u'0')),
        u"a74b1b7f-71a5-4011-9441-d0b5e4%1"_s.arg(a, 6, 10, QChar(u'0')), u"Artist %1"_s.arg(a),
        {} };
}

} // namespace gig::bench
