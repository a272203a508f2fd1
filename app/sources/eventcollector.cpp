#include "app/sources/eventcollector.h"

#include "app/sources/jsonrecord.h"

using namespace Qt::StringLiterals;

namespace gig {

std::optional<SourceError> EventCollector::readEvents(const JsonRecord &page, QStringView path,
    QStringView pageKind, QStringView service, EventReader read, EventBatch *batch,
    QStringList *skipped)
{
    const QJsonValue events = page.value(path);
    if (!page.ok() || !(events.isUndefined() || events.isArray())) {
        return badResponse(page.ok() ? QString(path + u" is not an array"_s)
                                     : QString(u"not "_s + pageKind + u": "_s + page.failure()));
    }
    EventCollector collector(service, skipped);
    for (const QJsonValue &value : events.toArray()) {
        QStringList notes;
        if (std::optional<Event> event = read(value, collector, &notes))
            collector.addEvent(std::move(*event), notes);
    }
    *batch = collector.takeBatch();
    return std::nullopt;
}

EventCollector::EventCollector(QStringView service, QStringList *skipped)
    : m_service(service.toString())
    , m_skipped(skipped)
{ }

void EventCollector::addPerformer(
    Event &event, const Artist &artist, std::optional<Billing> billing)
{
    if (event.lineup.contains(artist.id))
        return;
    if (billing) {
        // Acts added without billing before this one take their place in the order.
        while (event.billing.size() < event.lineup.size())
            event.billing.append(event.billing.isEmpty() ? Billing::Headline : Billing::Support);
        event.billing.append(*billing);
    } else if (!event.billing.isEmpty()) {
        event.billing.append(Billing::Support);
    }
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
