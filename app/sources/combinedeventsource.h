// Several gig sources asked as one: each fetch asks every source at once, and the gigs of those
// that answered come back together, each provider's events as it gave them (the views merge the
// listings of one show). A source that fails takes only its own gigs away: they are named in the
// batch's missingPages, so the place keeps what it knew of them, stale; only when every source
// fails does the fetch fail.
#pragma once

#include "app/sources/eventsource.h"

#include <memory>
#include <vector>

namespace gig {

class CombinedEventSource final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CombinedEventSource)

public:
    // Takes the sources over; asks them in this order (the order the merge prefers).
    explicit CombinedEventSource(
        std::vector<std::unique_ptr<EventSource>> sources, QObject *parent = nullptr);
    ~CombinedEventSource() override;

    QString name() const override; // "ticketmaster+seatgeek"
    QString displayName() const override; // "Ticketmaster and SeatGeek"
    EventFetch *fetchEvents(const EventQuery &query, RequestPriority priority) override;

    qsizetype sourceCount() const { return qsizetype(m_sources.size()); }

private:
    std::vector<std::unique_ptr<EventSource>> m_sources;
};

} // namespace gig
