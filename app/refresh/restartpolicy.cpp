#include "app/refresh/restartpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace gig {

RestartPolicy::RestartPolicy(RestartPolicyConfig config, std::function<double()> random01)
    : m_config(config)
    , m_random01(random01 ? std::move(random01)
                          : [] { return QRandomGenerator::global()->generateDouble(); })
{
}

std::chrono::milliseconds RestartPolicy::backoffBound(int failure) const
{
    using std::chrono::milliseconds;
    const qint64 base = m_config.backoffBase.count();
    const qint64 cap = m_config.backoffCap.count();
    qint64 bound = base;
    for (int i = 1; i < failure && bound < cap; ++i)
        bound *= 2;
    return milliseconds(std::min(bound, cap));
}

RestartPolicy::Decision RestartPolicy::recordFailure(TimePoint now)
{
    ++m_consecutiveFailures;
    m_recentFailures.append(now);
    const auto windowStart = now - m_config.window;
    m_recentFailures.removeIf([&](TimePoint t) { return t < windowStart; });

    if (m_recentFailures.size() > m_config.maxFailuresInWindow) {
        m_parkedUntil = now + m_config.backoffCap;
        m_recentFailures.clear();
        return {m_config.backoffCap, true};
    }
    const auto bound = backoffBound(m_consecutiveFailures);
    const double r = std::clamp(m_random01(), 0.0, 1.0);
    return {std::chrono::milliseconds(qint64(double(bound.count()) * r)), false};
}

void RestartPolicy::recordSuccess()
{
    m_consecutiveFailures = 0;
    m_recentFailures.clear();
    m_parkedUntil.reset();
}

} // namespace gig
