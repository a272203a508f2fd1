// What an event source found for a place: the gigs, their artists and the place's metro area.
#pragma once

#include "models/artist.h"
#include "models/event.h"
#include "models/sourcestate.h"

#include <QList>
#include <functional>

namespace gig {

struct EventBatch
{
    QList<Event> events; // each id once
    QList<Artist> artists; // every artist the lineups name, each id once
    QString metroArea; // the Songkick metro area id; empty for sources without metro areas
    bool complete = true; // false when the service could not list every gig it has
    // The pages that could not be read even when asked again, each in words with the reason
    // ("page 2 of 3: …"). Their gigs are missing from `events`; the pages read are all there.
    QStringList missingPages;
    // Of several sources asked together: how each fared, in the order they were asked. A source
    // whose gigs could not be read at all is Failed, its problem a sentence for people ("SeatGeek
    // did not accept the API key."); its loss is also a missing page. Empty for a single source.
    QList<SourceState> sources;

    bool hasEveryPage() const { return missingPages.isEmpty(); }

    // Appends what `other` found that this batch does not hold yet (by id; the first copy wins).
    void merge(const EventBatch &other);

    // Orders the events by start (then id) and the artists by where the lineups first name them,
    // so that a batch does not depend on the order its pages arrived in.
    void sortByStart();

    // Keeps the events `keep` accepts, and the artists their lineups still name.
    void retainEvents(const std::function<bool(const Event &)> &keep);

    friend bool operator==(const EventBatch &, const EventBatch &) = default;
};

} // namespace gig
