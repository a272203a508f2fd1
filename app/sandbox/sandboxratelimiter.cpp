#include "app/sandbox/sandboxratelimiter.h"

#include <algorithm>

namespace gig {

SandboxRateLimiter::SandboxRateLimiter(int limit, std::chrono::milliseconds window)
    : m_limit(limit)
    , m_window(window)
{ }

bool SandboxRateLimiter::tryAcquire(TimePoint now)
{
    while (!m_accepted.empty() && m_accepted.front() <= now - m_window)
        m_accepted.pop_front();
    if (int(m_accepted.size()) >= m_limit)
        return false;
    m_accepted.push_back(now);
    return true;
}

std::chrono::milliseconds SandboxRateLimiter::waitFrom(TimePoint now) const
{
    if (used(now) < m_limit || m_accepted.empty())
        return std::chrono::milliseconds(0);
    // The oldest request inside the window leaves it at oldest + window.
    const auto oldest = m_accepted.at(m_accepted.size() - size_t(m_limit));
    return std::max(std::chrono::milliseconds(0),
        std::chrono::ceil<std::chrono::milliseconds>(oldest + m_window - now));
}

int SandboxRateLimiter::used(TimePoint now) const
{
    return int(std::count_if(
        m_accepted.begin(), m_accepted.end(), [&](TimePoint at) { return at > now - m_window; }));
}

std::chrono::milliseconds SandboxRateLimiter::untilOldestLeaves(TimePoint now) const
{
    for (TimePoint at : m_accepted) {
        if (at > now - m_window)
            return std::chrono::ceil<std::chrono::milliseconds>(at + m_window - now);
    }
    return std::chrono::milliseconds(0);
}

void SandboxRateLimiter::reset()
{
    m_accepted.clear();
}

} // namespace gig
