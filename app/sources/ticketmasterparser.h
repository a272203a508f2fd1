// Reads Ticketmaster Discovery v2 answers (one page of events.json) into gigmap's values.
#pragma once

#include "app/sources/eventbatch.h"
#include "app/sources/parsed.h"

#include <QByteArray>

namespace gig {

struct TicketmasterPage
{
    EventBatch batch; // events with ids "tm:…", artists (attractions) with ids "tm:…"
    int number = 0; // page.number, from 0
    int size = 0; // page.size
    int totalPages = 0;
    qint64 totalElements = 0;
};

// One page of `GET /events.json`. An error body (`fault.faultstring`, `errors[]`) gives a
// ServiceError with the service's message; a body that is not such a page gives BadResponse;
// an event that lacks its id, name or local date is skipped with the reason.
Parsed<TicketmasterPage> parseTicketmasterEvents(const QByteArray &body);

// The service's own message when `body` is a Ticketmaster error body; empty otherwise.
QString ticketmasterErrorMessage(const QByteArray &body);

} // namespace gig
