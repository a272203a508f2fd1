// The logging category of the map widget and its layers ("gigmap.map").
#pragma once

#include <QLoggingCategory>

namespace gig {
Q_DECLARE_LOGGING_CATEGORY(lcMap)
} // namespace gig
