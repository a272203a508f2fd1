// Retry delays for failing requests: exponential backoff with full jitter.
#pragma once

#include <chrono>

namespace gig {

// The largest delay before retry number `retry` (0 for the first retry): min(cap, base · 2^retry).
std::chrono::milliseconds backoffCeiling(
    int retry, std::chrono::milliseconds base, std::chrono::milliseconds cap);
// Full jitter: `unit` (in [0, 1]) of the ceiling, so delays spread evenly from zero to the ceiling.
std::chrono::milliseconds backoffDelay(
    int retry, std::chrono::milliseconds base, std::chrono::milliseconds cap, double unit);
// backoffDelay() with a random unit.
std::chrono::milliseconds randomBackoff(
    int retry, std::chrono::milliseconds base, std::chrono::milliseconds cap);

} // namespace gig
