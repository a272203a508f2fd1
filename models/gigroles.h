// The item-data roles every gig model answers, so views (table, map) read gigs the same way.
#pragma once

#include <Qt>

namespace gig {

enum GigRole {
    EventIdRole = Qt::UserRole + 1, // QString: gig::Event::id
    CoordinateRole, // QGeoCoordinate of the venue; invalid when unknown
    StartRole, // QDateTime to sort by: UTC instant when known, else local time read as UTC
    StatusRole, // int(gig::EventStatus)
    EventNameRole, // QString
    VenueNameRole, // QString
    LineupTextRole, // QString: artist names in billing order joined by "; "
    DistanceKmRole, // double: from the shown place
    FreshnessRole, // int(gig::Freshness): stale event → Stale; a release still fetching → Pending
    SortKeyRole, // per column: QDateTime, double or case-folded QString to sort by
    LineupIdsRole, // QStringList: artist ids in billing order
    LocalDateRole, // QDate: the gig's local date
};

} // namespace gig
