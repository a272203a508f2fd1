#include "app/refresh/restartpolicy.h"

#include "app/net/backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace gig {

RestartPolicy::RestartPolicy(RestartPolicyConfig config, std::function<double()> random01)
    : m_config(config)
    , m_random01(random01 ? std::move(random01)
                          : [] { return QRandomGenerator::global()->generateDouble(); })
{ }

std::chrono::milliseconds RestartPolicy::backoffBound(int failure) const
{
    return backoffCeiling(failure - 1, m_config.backoffBase, m_config.backoffCap);
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
        return { m_config.backoffCap, true };
    }
    return { backoffDelay(m_consecutiveFailures - 1, m_config.backoffBase, m_config.backoffCap,
                 std::clamp(m_random01(), 0.0, 1.0)),
        false };
}

void RestartPolicy::recordSuccess()
{
    m_consecutiveFailures = 0;
    m_recentFailures.clear();
    m_parkedUntil.reset();
}

} // namespace gig
