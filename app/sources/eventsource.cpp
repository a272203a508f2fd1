#include "app/sources/eventsource.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gig {

QString EventQuery::problem() const
{
    if (!centre.isValid())
        return u"the place has no valid coordinate"_s;
    if (!std::isfinite(radiusKm) || radiusKm <= 0)
        return u"the radius must be a positive number of km"_s;
    if (!from.isValid() || !to.isValid())
        return u"the date range needs a first and a last day"_s;
    if (from > to)
        return u"the date range ends before it starts"_s;
    return {};
}

} // namespace gig
