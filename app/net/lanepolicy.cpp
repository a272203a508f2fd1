#include "app/net/lanepolicy.h"

#include "models/services.h"

namespace gig {

LanePolicy LanePolicy::defaultFor(const QString &lane)
{
    LanePolicy policy;
    if (const ServiceSpec *service = serviceForLane(lane)) {
        const LaneLimits &limits = service->lane;
        policy.ratePerSecond = limits.ratePerSecond;
        policy.burst = limits.burst;
        policy.maxInFlight = limits.maxInFlight;
        policy.dailyBudget = limits.dailyBudget;
        policy.resendSafe = limits.resendSafe;
    }
    return policy;
}

} // namespace gig
