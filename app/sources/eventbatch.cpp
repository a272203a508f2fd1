#include "app/sources/eventbatch.h"

#include <QHash>
#include <QSet>
#include <algorithm>

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
    for (const QString &page : other.missingPages) {
        if (!missingPages.contains(page))
            missingPages.append(page);
    }
    for (const SourceState &source : other.sources) {
        if (!sources.contains(source))
            sources.append(source);
    }
}

void EventBatch::sortByStart()
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (const auto c = a.start <=> b.start; c != 0)
            return c < 0;
        return a.id < b.id;
    });
    QHash<QString, qsizetype> rank;
    for (const Event &event : std::as_const(events)) {
        for (const QString &id : event.lineup) {
            if (!rank.contains(id))
                rank.insert(id, rank.size());
        }
    }
    std::stable_sort(artists.begin(), artists.end(), [&rank](const Artist &a, const Artist &b) {
        return rank.value(a.id, rank.size()) < rank.value(b.id, rank.size());
    });
}

void EventBatch::retainEvents(const std::function<bool(const Event &)> &keep)
{
    events.removeIf([&keep](const Event &event) { return !keep(event); });
    QSet<QString> named;
    for (const Event &event : std::as_const(events)) {
        for (const QString &id : event.lineup)
            named.insert(id);
    }
    artists.removeIf([&named](const Artist &artist) { return !named.contains(artist.id); });
}

} // namespace gig
