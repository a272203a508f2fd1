#include "app/net/tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace gig {

TokenBucket::TokenBucket(double ratePerSecond, int burst, Time now)
    : m_rate(ratePerSecond)
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
    , m_last(now)
{ }

void TokenBucket::configure(double ratePerSecond, int burst, Time now)
{
    m_tokens = refilled(now);
    m_last = std::max(m_last, now);
    m_rate = ratePerSecond;
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, double(m_burst));
}

double TokenBucket::refilled(Time now) const
{
    if (isUnlimited())
        return m_burst;
    const auto elapsed = std::max<long long>(0, (now - m_last).count());
    return std::min(double(m_burst), m_tokens + double(elapsed) * m_rate / 1e6);
}

double TokenBucket::tokens(Time now) const
{
    return refilled(now);
}

TokenBucket::Time TokenBucket::timeUntilAvailable(Time now) const
{
    if (isUnlimited())
        return Time(0);
    const double missing = 1.0 - refilled(now);
    if (missing <= 0)
        return Time(0);
    return Time(static_cast<long long>(std::ceil(missing * 1e6 / m_rate)));
}

bool TokenBucket::tryTake(Time now)
{
    if (isUnlimited())
        return true;
    m_tokens = refilled(now);
    m_last = std::max(m_last, now);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void TokenBucket::refillFrom(Time sentAt)
{
    if (isUnlimited() || sentAt <= m_last)
        return;
    m_last = sentAt; // the refill between the take and the send is forfeited
}

} // namespace gig
