#include "app/net/lanepolicy.h"

using namespace Qt::StringLiterals;

namespace gig {

LanePolicy LanePolicy::defaultFor(const QString &lane)
{
    LanePolicy policy;
    if (lane == u"musicbrainz.org"_s) {
        policy.ratePerSecond = 1.0; // over 1/s MusicBrainz answers 503 and may block the IP
        policy.burst = 1;
        policy.maxInFlight = 1;
        policy.resendSafe = false; // counts Qt's own resends too
    } else if (lane == u"app.ticketmaster.com"_s) {
        policy.ratePerSecond = 4.0; // under the 5/s that gives 429
        policy.maxInFlight = 2;
        policy.dailyBudget = 5000;
    } else if (lane == u"api.songkick.com"_s) {
        policy.ratePerSecond = 2.0;
    } else if (lane == u"nominatim.openstreetmap.org"_s) {
        policy.ratePerSecond = 1.0;
        policy.maxInFlight = 1;
        policy.resendSafe = false;
    } else if (lane == u"tile.openstreetmap.org"_s) {
        policy.ratePerSecond = 0.0; // paced by what the view needs; at most 4 at a time
        policy.maxInFlight = 4;
    }
    return policy;
}

} // namespace gig
