// The item-data roles every gig model answers, so views (table, map) read gigs the same way.
#pragma once

#include <Qt>

namespace gig {

enum GigRole {
    EventIdRole = Qt::UserRole + 1, // QString: gig::Event::id
    CoordinateRole, // QGeoCoordinate of the venue; invalid when unknown
    StartRole, // QDateTime: the venue's local date and time (marked UTC; midnight when untimed)
    StatusRole, // int(gig::EventStatus)
    EventNameRole, // QString
    VenueNameRole, // QString
    LineupTextRole, // QString: artist names in billing order joined by "; "
    DistanceKmRole, // double: from the shown place
    FreshnessRole, // int(gig::Freshness): stale event → Stale; a release still fetching → Pending
    SortKeyRole, // per column: qint64 (EventStart::sortKey), double or case-folded QString
    LineupIdsRole, // QStringList: artist ids in billing order
    LocalDateRole, // QDate: the gig's local date
    ListingsRole, // QStringList: the event id of each provider's listing, the gig's own id first
    MineRole, // bool: at least one artist of the lineup is one of my artists (models/myartists.h)
};

} // namespace gig
