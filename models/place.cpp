#include "models/place.h"

#include <QDebugStateSaver>

namespace gig {

QDebug operator<<(QDebug debug, const Place &place)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Place(" << place.name << ", " << place.displayName << ", "
                    << place.coordinate.latitude() << ',' << place.coordinate.longitude() << ')';
    return debug;
}

} // namespace gig
