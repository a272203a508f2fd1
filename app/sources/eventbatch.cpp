#include "app/sources/eventbatch.h"

#include <QSet>

namespace gig {

void EventBatch::merge(const EventBatch &other)
{
    QSet<QString> eventIds;
    eventIds.reserve(events.size());
    for (const Event &event : std::as_const(events))
        eventIds.insert(event.id);
    for (const Event &event : other.events) {
        if (!eventIds.contains(event.id)) {
            eventIds.insert(event.id);
            events.append(event);
        }
    }

    QSet<QString> artistIds;
    artistIds.reserve(artists.size());
    for (const Artist &artist : std::as_const(artists))
        artistIds.insert(artist.id);
    for (const Artist &artist : other.artists) {
        if (!artistIds.contains(artist.id)) {
            artistIds.insert(artist.id);
            artists.append(artist);
        }
    }

    if (metroArea.isEmpty())
        metroArea = other.metroArea;
    complete = complete && other.complete;
}

} // namespace gig
