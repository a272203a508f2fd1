// A MusicBrainz lane for tests against loopback servers: no pacing, one retry after a few
// milliseconds, short timeouts, no budget and no circuit breaker.
#pragma once

#include "app/net/requestqueue.h"
#include "app/sources/musicbrainzsource.h"

#include <chrono>

namespace gig::test {

inline void useFastMusicBrainzLane(RequestQueue &queue,
    std::chrono::milliseconds transferTimeout = std::chrono::milliseconds(300),
    std::chrono::milliseconds transferDeadline = std::chrono::milliseconds(2000))
{
    queue.setCacheDirectory({});
    LanePolicy policy;
    policy.ratePerSecond = 0;
    policy.maxInFlight = 2;
    policy.maxRetries = 1; // a 5xx is tried twice: "after the queue's retries"
    policy.backoffBase = std::chrono::milliseconds(1);
    policy.backoffCap = std::chrono::milliseconds(5);
    policy.dailyBudget = 0;
    policy.transferTimeout = transferTimeout;
    policy.transferDeadline = transferDeadline;
    policy.circuitFailureThreshold = 100000;
    queue.setLanePolicy(MusicBrainzSource::laneName(), policy);
}

} // namespace gig::test
