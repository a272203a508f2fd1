#include "models/event.h"

#include <QCoreApplication>
#include <QDebugStateSaver>

using namespace Qt::StringLiterals;

namespace gig {

QString eventStatusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok:
        return u"ok"_s;
    case EventStatus::Cancelled:
        return u"cancelled"_s;
    case EventStatus::Postponed:
        return u"postponed"_s;
    case EventStatus::Rescheduled:
        return u"rescheduled"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString eventStatusText(EventStatus status)
{
    switch (status) {
    case EventStatus::Ok:
        return {};
    case EventStatus::Cancelled:
        return QCoreApplication::translate("gig::EventStatus", "Cancelled");
    case EventStatus::Postponed:
        return QCoreApplication::translate("gig::EventStatus", "Postponed");
    case EventStatus::Rescheduled:
        return QCoreApplication::translate("gig::EventStatus", "Rescheduled");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<EventStatus> eventStatusFromName(QStringView name)
{
    for (EventStatus status : { EventStatus::Ok, EventStatus::Cancelled, EventStatus::Postponed,
             EventStatus::Rescheduled }) {
        if (name == eventStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString billingName(Billing billing)
{
    switch (billing) {
    case Billing::Headline:
        return u"headline"_s;
    case Billing::Support:
        return u"support"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Billing> billingFromName(QStringView name)
{
    for (Billing billing : { Billing::Headline, Billing::Support }) {
        if (name == billingName(billing))
            return billing;
    }
    return std::nullopt;
}

QDebug operator<<(QDebug debug, const Venue &venue)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Venue(" << venue.name << ", " << venue.city << ", " << venue.country;
    if (venue.coordinate.isValid())
        debug << ", " << venue.coordinate.latitude() << ',' << venue.coordinate.longitude();
    debug << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Event &event)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Event(" << event.id << ", " << event.name << ", "
                    << eventStatusName(event.status) << ", " << event.start << ", " << event.venue
                    << ", lineup " << event.lineup;
    if (event.lowestPrice)
        debug << ", from " << *event.lowestPrice;
    debug << ')';
    return debug;
}

} // namespace gig
