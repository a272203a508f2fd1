#include "app/sources/eventcollector.h"

#include "app/sources/jsonrecord.h"

namespace gig {

EventCollector::EventCollector(QStringView service, QStringList *skipped)
    : m_service(service.toString())
    , m_skipped(skipped)
{
}

void EventCollector::addPerformer(Event &event, const Artist &artist)
{
    if (event.lineup.contains(artist.id))
        return;
    event.lineup.append(artist.id);
    if (!m_artistIds.contains(artist.id)) {
        m_artistIds.insert(artist.id);
        m_batch.artists.append(artist);
    }
}

void EventCollector::addEvent(Event event, const QStringList &notes)
{
    logNotes(m_service, event.id, notes);
    if (m_eventIds.contains(event.id))
        return;
    m_eventIds.insert(event.id);
    m_batch.events.append(std::move(event));
}

void EventCollector::skip(const QString &reason)
{
    logSkipped(m_service, m_skipped, reason);
}

} // namespace gig
