#include "tests/bench/variableclock.h"

#include <QNetworkAccessManager>
#include <QTimer>
#include <QVariant>
#include <cmath>
#include <utility>

namespace gig {

namespace {

const char logicalPeriodProperty[] = "gigmapBenchLogicalPeriodMs"; // a repeating timer's period
const char periodHookProperty[] = "gigmapBenchPeriodHooked";

int toRealMs(double logicalMs, double speed)
{
    return int(std::max(0.0, std::round(logicalMs / speed)));
}

} // namespace

VariableClock::VariableClock(double speed, const QDateTime &wallStart)
    : Clock(speed)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_realAnchor(std::chrono::steady_clock::now())
    , m_wallStart(wallStart.toUTC())
{ }

Clock::Time VariableClock::nowLocked(std::chrono::steady_clock::time_point real) const
{
    const auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(real - m_realAnchor);
    return m_logicalAnchor + Time(qint64(double(elapsed.count()) * m_speed / 1000.0));
}

Clock::Time VariableClock::now() const
{
    const auto real = std::chrono::steady_clock::now();
    const std::lock_guard lock(m_mutex);
    return nowLocked(real);
}

QDateTime VariableClock::systemNow() const
{
    return m_wallStart.addMSecs(now().count() / 1000);
}

std::chrono::milliseconds VariableClock::toRealInterval(Time logical) const
{
    if (logical.count() <= 0)
        return std::chrono::milliseconds(0);
    const std::lock_guard lock(m_mutex);
    return std::chrono::milliseconds(qint64(std::ceil(double(logical.count()) / m_speed / 1000.0)));
}

double VariableClock::currentSpeed() const
{
    const std::lock_guard lock(m_mutex);
    return m_speed;
}

void VariableClock::setSpeed(double speed, const QList<QObject *> &timerOwners)
{
    if (speed <= 0)
        return;
    double old = 0;
    {
        const auto real = std::chrono::steady_clock::now();
        const std::lock_guard lock(m_mutex);
        if (speed == m_speed)
            return;
        m_logicalAnchor = nowLocked(real);
        m_realAnchor = real;
        old = std::exchange(m_speed, speed);
    }
    for (QObject *owner : timerOwners) {
        if (!owner)
            continue;
        for (QTimer *timer : owner->findChildren<QTimer *>()) {
            if (!timer->isActive() || qobject_cast<QNetworkAccessManager *>(timer->parent()))
                continue;
            const double leftLogicalMs = double(std::max(0, timer->remainingTime())) * old;
            if (timer->isSingleShot()) {
                timer->start(toRealMs(leftLogicalMs, speed));
                continue;
            }
            // A repeating timer: the first shot ends its current period, then the period goes on
            // at the new speed (start(ms) would otherwise make the remainder its period).
            if (!timer->property(periodHookProperty).toBool()) {
                timer->setProperty(logicalPeriodProperty, double(timer->interval()) * old);
                timer->setProperty(periodHookProperty, true);
                QObject::connect(timer, &QTimer::timeout, timer, [this, timer] {
                    const int period = toRealMs(
                        timer->property(logicalPeriodProperty).toDouble(), currentSpeed());
                    if (timer->interval() != period)
                        timer->setInterval(period);
                });
            }
            timer->start(toRealMs(leftLogicalMs, speed));
        }
    }
}

} // namespace gig
