// The logging category of gigmap's network layer ("gigmap.net"); messages never carry secrets.
#pragma once

#include <QLoggingCategory>

namespace gig {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace gig
