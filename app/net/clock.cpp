#include "app/net/clock.h"

#include <cmath>

namespace gig {

Clock::Clock(double speed)
    : m_speed(speed > 0 ? speed : 1.0)
    , m_start(std::chrono::steady_clock::now())
    , m_wallStart(QDateTime::currentDateTimeUtc())
{ }

Clock::~Clock() = default;

Clock::Time Clock::now() const
{
    const auto real = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now() - m_start);
    return Time(static_cast<qint64>(static_cast<double>(real.count()) * m_speed / 1000.0));
}

QDateTime Clock::systemNow() const
{
    if (m_speed == 1.0)
        return QDateTime::currentDateTimeUtc();
    return m_wallStart.addMSecs(now().count() / 1000);
}

std::chrono::milliseconds Clock::toRealInterval(Time logical) const
{
    if (logical.count() <= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(
        static_cast<qint64>(std::ceil(static_cast<double>(logical.count()) / m_speed / 1000.0)));
}

std::shared_ptr<Clock> Clock::system()
{
    static const auto clock = std::make_shared<Clock>();
    return clock;
}

} // namespace gig
