// Adds up the CPU time a thread spends inside an object's own code, for benchmarks.
#pragma once

#include <QtGlobal>
#include <chrono>

namespace gig {

class BusyMeter
{
    Q_DISABLE_COPY_MOVE(BusyMeter)

public:
    BusyMeter() = default;

    // Off by default: then a Scope costs one test of a flag.
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }

    // The CPU time measured by the outermost scopes, less what exclude() took away.
    std::chrono::nanoseconds busyTime() const { return m_busy - m_excluded; }

    // Measures the outermost entry into the code it guards; nested scopes add nothing.
    class Scope
    {
        Q_DISABLE_COPY_MOVE(Scope)

    public:
        explicit Scope(BusyMeter &meter);
        ~Scope();

    private:
        BusyMeter *m_meter;
    };

    // Runs `work` and leaves its CPU time out of busyTime() (work handed to others).
    template<class Work> decltype(auto) exclude(Work &&work)
    {
        if (!m_enabled)
            return work();
        const Excluded excluded(*this);
        return work();
    }

    // The calling thread's CPU time so far.
    static std::chrono::nanoseconds threadCpuTime();

private:
    class Excluded
    {
        Q_DISABLE_COPY_MOVE(Excluded)

    public:
        explicit Excluded(BusyMeter &meter)
            : m_meter(meter)
            , m_start(threadCpuTime())
        { }
        ~Excluded() { m_meter.m_excluded += threadCpuTime() - m_start; }

    private:
        BusyMeter &m_meter;
        std::chrono::nanoseconds m_start;
    };

    bool m_enabled = false;
    int m_depth = 0;
    std::chrono::nanoseconds m_start { 0 };
    std::chrono::nanoseconds m_busy { 0 };
    std::chrono::nanoseconds m_excluded { 0 };
};

} // namespace gig
