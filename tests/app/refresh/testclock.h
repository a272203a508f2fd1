// A clock for the refresh tests: logical time stands still until advance() moves it, and the
// engine's timers run `speed` times faster than logical time (an hour's timer fires in a few
// real milliseconds), so that tests read exact times and never wait real seconds. Timers started
// while holdTimers(true) is in force never fire in a test's lifetime.
#pragma once

#include "app/net/clock.h"

#include <QDateTime>

namespace gig::testing {

class TestClock final : public Clock
{
public:
    explicit TestClock(double speed = 10'000.0)
        : Clock(speed)
    { }

    Time now() const override { return m_now; }
    QDateTime systemNow() const override
    {
        return m_wallStart.addMSecs(
            std::chrono::duration_cast<std::chrono::milliseconds>(m_now).count());
    }
    std::chrono::milliseconds toRealInterval(Time logical) const override
    {
        return m_timersHeld ? std::chrono::milliseconds(std::chrono::hours(24))
                            : Clock::toRealInterval(logical);
    }
    void advance(std::chrono::milliseconds by) { m_now += by; }
    void holdTimers(bool held) { m_timersHeld = held; }

private:
    bool m_timersHeld = false;
    Time m_now { 0 };
    const QDateTime m_wallStart { QDate(2026, 6, 1), QTime(12, 0), Qt::UTC };
};

} // namespace gig::testing
