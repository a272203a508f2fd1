// The figures every gigmap benchmark reports: median, min and max of its samples beside a target,
// printed as one machine-readable line each that scripts/bench turns into docs/PERFORMANCE.md.
//
// Line format (one per figure, fields separated by '|', no '|' inside a field):
//   BENCH|section|figure|median|min|max|unit|target|result|runs
// section  the docs/PERFORMANCE.md heading the figure belongs under ("Export")
// figure   what was measured ("CSV, 100,000 gigs")
// median, min, max  numbers as printf's %g writes them ('.' decimal point, maybe an exponent),
//          in `unit`
// unit     "ms", "µs", "s", "MiB", "requests", … (may be empty)
// target   the target as text ("< 400 ms", "min ≥ 980 ms"), "-" when the figure has none
// result   "pass", "fail", or "-" when there is no target
// runs     how many samples the figure summarises
// Readers accept lines without the last field (runs) too.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace gig::bench {

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
    qsizetype runs = 0;
};

// Median (the mean of the middle two for an even count), min and max; all zero when empty.
inline Stats statsOf(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    return { median, samples.constFirst(), samples.constLast(), n };
}

// One measured value (a count, a size, a single timing).
inline Stats single(double value)
{
    return { value, value, value, 1 };
}

// What a figure must meet, judged on its median unless `of` says min or max.
struct Target
{
    enum class Compare { None, Below, AtMost, AtLeast, Above, Custom };
    enum class Of { Median, Min, Max };

    Compare compare = Compare::None;
    double value = 0;
    Of of = Of::Median;
    QByteArray customText; // Compare::Custom: the target as text…
    bool customMet = false; // …and whether the benchmark found it met

    static Target none() { return {}; }
    static Target below(double value, Of of = Of::Median)
    {
        return { Compare::Below, value, of, {}, false };
    }
    static Target atMost(double value, Of of = Of::Median)
    {
        return { Compare::AtMost, value, of, {}, false };
    }
    static Target atLeast(double value, Of of = Of::Median)
    {
        return { Compare::AtLeast, value, of, {}, false };
    }
    static Target above(double value, Of of = Of::Median)
    {
        return { Compare::Above, value, of, {}, false };
    }
    // A target the benchmark judges itself ("one browse per MBID").
    static Target custom(QByteArrayView text, bool met)
    {
        return { Compare::Custom, 0, Of::Median, text.toByteArray(), met };
    }

    bool exists() const { return compare != Compare::None; }

    bool met(const Stats &stats) const
    {
        const double v = of == Of::Min ? stats.min : of == Of::Max ? stats.max : stats.median;
        switch (compare) {
        case Compare::None:
            return true;
        case Compare::Below:
            return v < value;
        case Compare::AtMost:
            return v <= value;
        case Compare::AtLeast:
            return v >= value;
        case Compare::Above:
            return v > value;
        case Compare::Custom:
            return customMet;
        }
        return true;
    }

    QByteArray text(QByteArrayView unit) const
    {
        if (compare == Compare::None)
            return QByteArrayLiteral("-");
        if (compare == Compare::Custom)
            return customText;
        static constexpr const char *signs[] = { "", "<", "≤", "≥", ">" };
        QByteArray out;
        if (of != Of::Median)
            out += of == Of::Min ? QByteArrayLiteral("min ") : QByteArrayLiteral("max ");
        out += signs[int(compare)];
        out += ' ';
        out += QByteArray::number(value, 'g', 6);
        if (!unit.isEmpty()) {
            out += ' ';
            out += unit;
        }
        return out;
    }
};

namespace detail {

inline QByteArray field(QByteArrayView text)
{
    QByteArray out = text.toByteArray();
    out.replace('|', '/');
    out.replace('\n', ' ');
    return out;
}

inline QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 7);
}

} // namespace detail

// Prints the figure's BENCH line; returns whether it met its target (true without one).
inline bool report(QByteArrayView section, QByteArrayView figure, const Stats &stats,
    QByteArrayView unit, const Target &target = Target::none())
{
    const bool pass = target.met(stats);
    const QByteArray result = !target.exists() ? QByteArrayLiteral("-")
        : pass                                 ? QByteArrayLiteral("pass")
                                               : QByteArrayLiteral("fail");
    const QByteArray line = QByteArrayLiteral("BENCH|") + detail::field(section) + '|'
        + detail::field(figure) + '|' + detail::number(stats.median) + '|'
        + detail::number(stats.min) + '|' + detail::number(stats.max) + '|' + detail::field(unit)
        + '|' + detail::field(target.text(unit)) + '|' + result + '|'
        + QByteArray::number(stats.runs);
    std::fflush(stdout);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return pass;
}

inline bool report(QByteArrayView section, QByteArrayView figure, const QList<double> &samples,
    QByteArrayView unit, const Target &target = Target::none())
{
    return report(section, figure, statsOf(samples), unit, target);
}

// scripts/bench --quick sets GIGMAP_BENCH_QUICK=1: fewer runs and shorter real-time waits, for
// trying the benchmarks out; the sizes, and so the figures' names, stay the same.
inline bool quick()
{
    return qEnvironmentVariableIntValue("GIGMAP_BENCH_QUICK") != 0;
}

// `full` runs normally, `few` under quick().
inline int runs(int full, int few)
{
    return quick() ? few : full;
}

// CPU time in milliseconds, of the calling thread or of the whole process (all threads). On a
// shared, loaded machine it shows the work itself, where wall time also counts the wait for a core.
inline double cpuMs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
inline double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}
inline double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

// Where a benchmark writes files it makes (plots): GIGMAP_BENCH_OUTPUT_DIR, else the current
// folder.
inline QByteArray outputDir()
{
    const QByteArray dir = qgetenv("GIGMAP_BENCH_OUTPUT_DIR");
    return dir.isEmpty() ? QByteArrayLiteral(".") : dir;
}

} // namespace gig::bench
