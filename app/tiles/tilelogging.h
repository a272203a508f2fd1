// The logging category of map tile fetching and caching ("gigmap.tiles").
#pragma once

#include <QLoggingCategory>

namespace gig {
Q_DECLARE_LOGGING_CATEGORY(lcTiles)
} // namespace gig
