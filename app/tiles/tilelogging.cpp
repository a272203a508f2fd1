#include "app/tiles/tilelogging.h"

namespace gig {
Q_LOGGING_CATEGORY(lcTiles, "gigmap.tiles")
} // namespace gig
