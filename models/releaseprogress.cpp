#include "models/releaseprogress.h"

#include <algorithm>
#include <cmath>

namespace gig {

namespace {

constexpr int minimumDone = 2; // releases known before the pace is trusted
constexpr qint64 minimumElapsedMs = 3000;

} // namespace

void ReleaseProgress::update(int pending, const QDateTime &now)
{
    pending = std::max(pending, 0);
    if (pending == 0) {
        m_pending = 0;
        m_total = 0;
        m_started = {};
        return;
    }
    if (m_pending == 0) {
        m_total = 0;
        m_started = now;
    }
    if (pending > m_pending)
        m_total += pending - m_pending;
    m_pending = pending;
}

std::optional<qint64> ReleaseProgress::secondsLeft(const QDateTime &now) const
{
    if (!isActive() || done() < minimumDone || !m_started.isValid())
        return std::nullopt;
    const qint64 elapsedMs = m_started.msecsTo(now);
    if (elapsedMs < minimumElapsedMs)
        return std::nullopt;
    const double msPerRelease = double(elapsedMs) / done();
    return qint64(std::ceil(msPerRelease * m_pending / 1000.0));
}

} // namespace gig
