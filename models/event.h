// One gig as gigmap keeps it: what, when, where, who plays (artist ids in billing order).
#pragma once

#include "models/eventstart.h"
#include "models/ticketprice.h"

#include <QDebug>
#include <QGeoCoordinate>
#include <QStringList>

namespace gig {

enum class EventStatus { Ok, Cancelled, Postponed, Rescheduled };

// "ok", "cancelled", "postponed", "rescheduled" — the words the CSV export and the cache use.
QString eventStatusName(EventStatus status);
// The status as a person reads it ("Cancelled"); empty for a gig on as planned.
QString eventStatusText(EventStatus status);
std::optional<EventStatus> eventStatusFromName(QStringView name);

// An act's place on the bill.
enum class Billing { Headline, Support };

// "headline", "support" — the words the CSV export and the cache use (Songkick's own).
QString billingName(Billing billing);
std::optional<Billing> billingFromName(QStringView name);

struct Venue
{
    QString name;
    QGeoCoordinate coordinate; // invalid when the source does not know it
    QString city;
    QString country; // ISO 3166-1 alpha-2 when the source gives it

    friend bool operator==(const Venue &, const Venue &) = default;
};

struct Event
{
    QString id; // source-qualified, e.g. "tm:G5vYZ9" or "sk:3037536"
    QString name;
    EventStatus status = EventStatus::Ok;
    EventStart start;
    Venue venue;
    QStringList lineup; // artist ids in billing order, headliners first
    // The billing of each lineup entry as the source gave it (Songkick: several acts may
    // headline); empty when the source gives none: then the first act headlines.
    QList<Billing> billing;
    // The gig's page: an absolute http(s) address as fully encoded text (the parsers check it),
    // empty when unknown. Text, not QUrl: exports and the cache write it 100,000 times, and
    // QUrl would encode it again each time.
    QString url;
    // The lowest price the provider lists for a ticket; nothing when it gives none.
    std::optional<TicketPrice> lowestPrice;

    // The billing of lineup entry `index`: as given, else the first act headlines.
    Billing billingAt(qsizetype index) const
    {
        if (billing.size() == lineup.size() && index >= 0 && index < billing.size())
            return billing.at(index);
        return index == 0 ? Billing::Headline : Billing::Support;
    }

    friend bool operator==(const Event &, const Event &) = default;
};

QDebug operator<<(QDebug debug, const Venue &venue);
QDebug operator<<(QDebug debug, const Event &event);

} // namespace gig
