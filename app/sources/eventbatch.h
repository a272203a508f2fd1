// What an event source found for a place: the gigs, their artists and the place's metro area.
#pragma once

#include "models/artist.h"
#include "models/event.h"

#include <QList>

namespace gig {

struct EventBatch
{
    QList<Event> events; // each id once
    QList<Artist> artists; // every artist the lineups name, each id once
    QString metroArea; // the Songkick metro area id; empty for sources without metro areas
    bool complete = true; // false when the service could not list every gig it has

    // Appends what `other` found that this batch does not hold yet (by id; the first copy wins).
    void merge(const EventBatch &other);

    friend bool operator==(const EventBatch &, const EventBatch &) = default;
};

} // namespace gig
