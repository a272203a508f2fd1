#include "app/net/busymeter.h"

#include <ctime>

namespace gig {

BusyMeter::Scope::Scope(BusyMeter &meter)
    : m_meter(meter.m_enabled ? &meter : nullptr)
{
    if (m_meter && m_meter->m_depth++ == 0)
        m_meter->m_start = threadCpuTime();
}

BusyMeter::Scope::~Scope()
{
    if (m_meter && --m_meter->m_depth == 0)
        m_meter->m_busy += threadCpuTime() - m_meter->m_start;
}

std::chrono::nanoseconds BusyMeter::threadCpuTime()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

} // namespace gig
