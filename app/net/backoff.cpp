#include "app/net/backoff.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace gig {

std::chrono::milliseconds backoffCeiling(
    int retry, std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    const double baseMs = double(std::max<long long>(0, base.count()));
    const double capMs = double(std::max<long long>(0, cap.count()));
    const double grown = baseMs * std::exp2(std::clamp(retry, 0, 62));
    return std::chrono::milliseconds(static_cast<long long>(std::min(grown, capMs)));
}

std::chrono::milliseconds backoffDelay(
    int retry, std::chrono::milliseconds base, std::chrono::milliseconds cap, double unit)
{
    const double ceiling = double(backoffCeiling(retry, base, cap).count());
    const double clamped = std::isfinite(unit) ? std::clamp(unit, 0.0, 1.0) : 0.0;
    return std::chrono::milliseconds(static_cast<long long>(std::floor(ceiling * clamped)));
}

std::chrono::milliseconds randomBackoff(
    int retry, std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    return backoffDelay(retry, base, cap, QRandomGenerator::global()->generateDouble());
}

} // namespace gig
