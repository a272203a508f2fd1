#include "ui/map/maplogging.h"

namespace gig {
Q_LOGGING_CATEGORY(lcMap, "gigmap.map")
} // namespace gig
