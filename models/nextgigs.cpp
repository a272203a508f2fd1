#include "models/nextgigs.h"

#include "models/gigstore.h"
#include "models/myartistset.h"

#include <QHash>

namespace gig {

QList<std::optional<Event>> nextGigsOf(const QList<FollowedArtist> &artists, const GigStore &store)
{
    QList<std::optional<Event>> next(artists.size());
    if (artists.isEmpty())
        return next;
    const MyArtistSet set(artists);
    // Where each entry of the set stands in `artists` (the set keeps them trimmed, MBIDs in lower
    // case, and merges duplicates: the first of them stands for all).
    QHash<QString, QList<qsizetype>> positions;
    const auto keyOf = [](const FollowedArtist &artist) {
        return artist.hasMbid() ? artist.mbid.trimmed().toLower()
                                : MyArtistSet::nameKey(artist.name);
    };
    for (qsizetype i = 0; i < artists.size(); ++i)
        positions[keyOf(artists.at(i))].append(i);

    const QDateTime now = store.now();
    const QStringList eventIds = store.eventIds();
    for (const QString &eventId : eventIds) {
        const Event event = store.eventById(eventId).value;
        if (!event.start.isValid() || event.status == EventStatus::Cancelled
            || GigStore::isOver(event, now))
            continue;
        for (const QString &artistId : event.lineup) {
            const Artist artist = store.artist(artistId).value;
            if (!set.follows(artist))
                continue;
            for (const FollowedArtist &entry : set.matches(artist)) {
                for (const qsizetype i : positions.value(keyOf(entry))) {
                    std::optional<Event> &best = next[i];
                    const bool sooner = !best || event.start.sortKey() < best->start.sortKey()
                        || (event.start.sortKey() == best->start.sortKey() && event.id < best->id);
                    if (sooner)
                        best = event;
                }
            }
        }
    }
    return next;
}

} // namespace gig
