#include "app/net/circuitbreaker.h"

namespace gig {

void CircuitBreaker::configure(int threshold, Time cooldown)
{
    m_threshold = threshold;
    m_cooldown = cooldown;
    if (m_threshold <= 0)
        recordSuccess();
}

CircuitBreaker::State CircuitBreaker::state(Time now) const
{
    if (!m_open)
        return State::Closed;
    return now < m_openUntil ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::recordFailure(Time now)
{
    if (m_threshold <= 0)
        return false;
    switch (state(now)) {
    case State::Open:
        return false; // a straggler that was in flight when the circuit opened
    case State::HalfOpen:
        m_openUntil = now + m_cooldown;
        return true;
    case State::Closed:
        if (++m_failures >= m_threshold) {
            m_open = true;
            m_openUntil = now + m_cooldown;
            return true;
        }
        return false;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_openUntil = Time(0);
}

} // namespace gig
