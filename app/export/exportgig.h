// One gig as an export writes it: the event, its distance from the chosen place and its lineup
// with each artist's latest release, collected from GigStore in the order exports use.
#pragma once

#include "models/event.h"
#include "models/lineupreleases.h"

#include <QGeoCoordinate>
#include <QList>

namespace gig {

class GigStore;

struct ExportGig
{
    Event event;
    double distanceKm = -1; // < 0 when the venue or the place has no coordinate
    QList<ArtistRelease> lineup; // billing order

    friend bool operator==(const ExportGig &, const ExportGig &) = default;
};

// The gigs `eventIds` names that the store holds, sorted by start (the UTC instant when known,
// else local time), then by event name, then id.
QList<ExportGig> collectExportGigs(const GigStore &store, const QStringList &eventIds,
                                   const QGeoCoordinate &origin);

} // namespace gig
