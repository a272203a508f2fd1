// Enforces a real service's request rate inside the sandbox: at most N requests in any window.
#pragma once

#include <QList>
#include <chrono>
#include <deque>

namespace gig {

class SandboxRateLimiter
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    SandboxRateLimiter() = default;
    SandboxRateLimiter(int limit, std::chrono::milliseconds window);

    // Counts the request and says yes when fewer than `limit` were accepted in the window before
    // `now`; a refused request is not counted.
    bool tryAcquire(TimePoint now);
    // How long until the next request would be accepted (0 when it would be now).
    std::chrono::milliseconds waitFrom(TimePoint now) const;
    // Accepted requests still inside the window at `now`.
    int used(TimePoint now) const;
    // How long until the oldest request inside the window leaves it (0 when none is inside).
    std::chrono::milliseconds untilOldestLeaves(TimePoint now) const;
    int limit() const { return m_limit; }
    std::chrono::milliseconds window() const { return m_window; }
    void reset();

private:
    int m_limit = 0;
    std::chrono::milliseconds m_window { 0 };
    std::deque<TimePoint> m_accepted;
};

} // namespace gig
