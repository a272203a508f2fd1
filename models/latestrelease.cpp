#include "models/latestrelease.h"

#include <QDebugStateSaver>

namespace gig {

QDebug operator<<(QDebug debug, const LatestRelease &latest)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "LatestRelease(" << latest.artistMbid << ", ";
    if (latest.release)
        debug << *latest.release;
    else
        debug << "none";
    debug << ')';
    return debug;
}

} // namespace gig
