#include "app/sources/sourceslog.h"

namespace gig {

Q_LOGGING_CATEGORY(lcSources, "gigmap.sources")

} // namespace gig
