// A benchmark clock whose speed changes while it runs: slow while requests are under way, so the
// rate limits and not the machine set the pace, fast while every client only waits for a timer.
#pragma once

#include "app/net/clock.h"

#include <QDateTime>
#include <QList>
#include <mutex>

class QObject;

namespace gig {

class VariableClock final : public Clock
{
    Q_DISABLE_COPY_MOVE(VariableClock)

public:
    // Logical wall time starts at `wallStart` (UTC) when the clock is made.
    VariableClock(double speed, const QDateTime &wallStart);

    Time now() const override;
    QDateTime systemNow() const override;
    std::chrono::milliseconds toRealInterval(Time logical) const override;

    double currentSpeed() const;
    // Changes the speed from now on. Timers already running were armed in real milliseconds for
    // the old speed, so every active QTimer found under `timerOwners` is re-armed to end at the
    // same logical moment (repeating ones keep their logical period). Timers owned by a
    // QNetworkAccessManager are Qt's own and are left alone.
    void setSpeed(double speed, const QList<QObject *> &timerOwners);

private:
    Time nowLocked(std::chrono::steady_clock::time_point real) const;

    mutable std::mutex m_mutex;
    double m_speed;
    std::chrono::steady_clock::time_point m_realAnchor;
    Time m_logicalAnchor { 0 };
    QDateTime m_wallStart;
};

} // namespace gig
