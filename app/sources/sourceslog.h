// The logging category of the outside-service clients ("gigmap.sources").
#pragma once

#include <QLoggingCategory>

namespace gig {

Q_DECLARE_LOGGING_CATEGORY(lcSources)

} // namespace gig
