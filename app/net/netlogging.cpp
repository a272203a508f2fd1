#include "app/net/netlogging.h"

namespace gig {
Q_LOGGING_CATEGORY(lcNet, "gigmap.net")
} // namespace gig
