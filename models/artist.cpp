#include "models/artist.h"

#include <QDebugStateSaver>

namespace gig {

QDebug operator<<(QDebug debug, const Artist &artist)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Artist(" << artist.id << ", " << artist.name;
    if (artist.hasMbid())
        debug << ", mbid " << artist.mbid;
    debug << ')';
    return debug;
}

} // namespace gig
