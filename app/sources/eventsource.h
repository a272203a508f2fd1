// What every gig source answers: the upcoming gigs around a place, within a radius and dates.
#pragma once

#include "app/net/networkresult.h"
#include "app/sources/eventbatch.h"
#include "app/sources/sourcereply.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QObject>

namespace gig {

struct EventQuery
{
    QGeoCoordinate centre;
    double radiusKm = 30.0;
    QDate from; // first day wanted (the gigs' local dates; Ticketmaster reads it as UTC days)
    QDate to; // last day wanted, inclusive

    // Empty when the query can be asked; else why not.
    QString problem() const;

    friend bool operator==(const EventQuery &, const EventQuery &) = default;
};

// Finished with the gigs (each once), their artists and the place's metro area.
using EventFetch = SourceResult<EventBatch>;

class EventSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSource)

public:
    // "ticketmaster", "songkick": also the prefix of the ids it gives ("tm:", "sk:").
    virtual QString name() const = 0;
    // The service's name for people: "Ticketmaster".
    virtual QString displayName() const = 0;

    // Starts a fetch of every gig the service lists for `query`. The reply is parented to the
    // source, emits finished() once and then deletes itself; cancel() drops it.
    virtual EventFetch *fetchEvents(
        const EventQuery &query, RequestPriority priority = RequestPriority::Background)
        = 0;

protected:
    explicit EventSource(QObject *parent = nullptr)
        : QObject(parent)
    { }
};

} // namespace gig
