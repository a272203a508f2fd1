#include "ui/map/inertia.h"

#include <algorithm>
#include <cmath>

namespace gig {

void Inertia::press(qint64 ms, QPointF position)
{
    m_samples.clear();
    m_samples.push_back(Sample { ms, position });
}

void Inertia::move(qint64 ms, QPointF position)
{
    m_samples.push_back(Sample { ms, position });
    while (m_samples.size() > 2 && ms - m_samples.front().ms > WindowMs)
        m_samples.erase(m_samples.begin());
}

std::optional<Inertia::Glide> Inertia::release(qint64 ms, QPointF position) const
{
    if (m_samples.size() < 2 || ms - m_samples.back().ms > MaxPauseMs)
        return std::nullopt;
    const Sample &first = m_samples.front();
    const double seconds = std::max(1, int(ms - first.ms)) / 1000.0;
    QPointF velocity = (position - first.position) / seconds;
    const double speed = std::hypot(velocity.x(), velocity.y());
    if (speed < MinSpeed)
        return std::nullopt;
    if (speed > MaxSpeed)
        velocity *= MaxSpeed / speed;
    const double duration = std::min(speed, MaxSpeed) / Deceleration;
    return Glide { velocity * duration / 2.0, int(duration * 1000) };
}

} // namespace gig
