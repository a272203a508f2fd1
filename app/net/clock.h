// The time source of the engine, one for the whole app: steady time for pacing, wall time for
// HTTP dates and tile freshness; tests speed it up. Durations convert to Time implicitly.
#pragma once

#include <QDateTime>
#include <chrono>
#include <memory>

namespace gig {

class Clock
{
    Q_DISABLE_COPY_MOVE(Clock)

public:
    using Time = std::chrono::microseconds; // steady time since the clock was made

    // `speed` > 1 makes time pass faster: with 50, one logical second lasts 20 real milliseconds.
    explicit Clock(double speed = 1.0);
    virtual ~Clock();

    // Steady logical time; never goes back.
    virtual Time now() const;
    // Logical wall time in UTC, for HTTP dates (Retry-After) and daily budgets.
    virtual QDateTime systemNow() const;
    // How long a timer must run in real time so that `logical` passes on this clock (rounded up).
    virtual std::chrono::milliseconds toRealInterval(Time logical) const;

    double speed() const { return m_speed; }

    // A real clock for a queue or an engine made without one (tests); the app makes its own.
    static std::shared_ptr<Clock> system();

private:
    double m_speed;
    std::chrono::steady_clock::time_point m_start;
    QDateTime m_wallStart;
};

} // namespace gig
