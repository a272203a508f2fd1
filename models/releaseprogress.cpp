#include "models/releaseprogress.h"

#include <QCoreApplication>
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

QString ReleaseProgress::timeLeftText(const QDateTime &now) const
{
    const std::optional<qint64> left = secondsLeft(now);
    return left ? timeLeftText(*left) : QString();
}

QString ReleaseProgress::timeLeftText(qint64 seconds)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("gig::ReleaseProgress", text);
    };
    if (seconds < 60)
        return tr("less than a minute left");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("about %1 min left").arg(minutes);
    return tr("about %1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}

} // namespace gig
