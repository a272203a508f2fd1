// Reads SeatGeek Platform answers (one page of GET /2/events) into gigmap's values.
#pragma once

#include "app/sources/eventbatch.h"
#include "app/sources/parsed.h"

#include <QByteArray>

namespace gig {

struct SeatGeekPage
{
    EventBatch batch; // events with ids "sg:…", artists (performers) with ids "sg:…"
    int page = 1; // meta.page, from 1
    int perPage = 0; // meta.per_page; 0 when the answer does not say
    qint64 total = 0; // meta.total: the events of every page
};

// One page of `GET /events`. An error body (`message`, `errors[]`, `status` 400 and up) gives a
// ServiceError with the service's message; a body that is not such a page (no `meta.total`)
// gives BadResponse. An event that lacks its id, title or local date-time is skipped with the
// reason, and so is one whose date is not known yet (`date_tbd`). With `time_tbd` the gig has
// a date and no time: the 03:30 SeatGeek writes then is a placeholder.
Parsed<SeatGeekPage> parseSeatGeekEvents(const QByteArray &body);

// The service's own message when `body` is a SeatGeek error body; empty otherwise.
QString seatGeekErrorMessage(const QByteArray &body);

} // namespace gig
