// Paces one network lane: tokens refill at a rate up to a burst, and each request takes one.
#pragma once

#include <chrono>

namespace gig {

class TokenBucket
{
public:
    using Time = std::chrono::microseconds;

    TokenBucket() = default;
    // A bucket that starts full. `ratePerSecond` <= 0 means unlimited; `burst` is at least 1.
    TokenBucket(double ratePerSecond, int burst, Time now = Time(0));

    // Changes rate and burst, keeping the tokens there are (clipped to the new burst).
    void configure(double ratePerSecond, int burst, Time now);

    bool isUnlimited() const { return m_rate <= 0; }
    double tokens(Time now) const;
    // How long until a token is there; zero when one is there now.
    Time timeUntilAvailable(Time now) const;
    // Takes a token when one is there.
    bool tryTake(Time now);
    // The request that took the last token actually left at `sentAt`: refill counts from then, so
    // a request held up on its way out does not let the next one follow it closer than the rate.
    void refillFrom(Time sentAt);

private:
    double refilled(Time now) const;

    double m_rate = 0.0;
    int m_burst = 1;
    double m_tokens = 1.0;
    Time m_last { 0 };
};

} // namespace gig
