#include "models/location.h"

#include <QDebugStateSaver>

namespace gig {

QDebug operator<<(QDebug debug, const Location &location)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Location(" << location.id << ", " << location.name << ", "
                    << location.coordinate.latitude() << ',' << location.coordinate.longitude()
                    << ", " << location.radiusKm << " km, " << location.eventIds.size()
                    << " events)";
    return debug;
}

} // namespace gig
