// Stops a lane that keeps failing: after N consecutive failures it fails fast for a cool-down,
// then lets one probe through (half-open) and closes again when the probe succeeds.
#pragma once

#include <chrono>

namespace gig {

class CircuitBreaker
{
public:
    using Time = std::chrono::microseconds;
    enum class State { Closed, Open, HalfOpen };

    // `threshold` <= 0 disables the breaker.
    void configure(int threshold, Time cooldown);

    State state(Time now) const;
    Time openUntil() const { return m_openUntil; }
    int consecutiveFailures() const { return m_failures; }

    // Counts a failure; returns true when it opened the circuit (or re-opened it after a probe).
    bool recordFailure(Time now);
    // Any success closes the circuit and clears the count.
    void recordSuccess();

private:
    int m_threshold = 5;
    Time m_cooldown { 60'000'000 };
    int m_failures = 0;
    bool m_open = false;
    Time m_openUntil { 0 };
};

} // namespace gig
