#include "models/storesnapshot.h"

namespace gig {

bool StoreSnapshot::isEmpty() const
{
    return rowCount() == 0;
}

qsizetype StoreSnapshot::rowCount() const
{
    return events.size() + artists.size() + releases.size() + locations.size()
        + removedEventIds.size() + removedArtistIds.size() + removedReleaseMbids.size()
        + removedLocationIds.size();
}

} // namespace gig
