#include "app/refresh/releasebatchplanner.h"

#include <algorithm>

namespace gig {

ReleaseBatchPlanner::ReleaseBatchPlanner(int windows)
    : m_windows(std::max(1, windows))
    , m_waiting(m_windows)
    , m_inFlight(m_windows, 0)
{ }

bool ReleaseBatchPlanner::add(const QString &mbid)
{
    if (m_pending.contains(mbid))
        return false;
    m_pending.insert(mbid);
    m_waiting[0].append(mbid);
    return true;
}

bool ReleaseBatchPlanner::contains(const QString &mbid) const
{
    return m_pending.contains(mbid);
}

std::optional<ReleaseBatchPlanner::Batch> ReleaseBatchPlanner::take(
    int maxArtists, const std::function<int(const QString &)> &rank, bool moreMayCome)
{
    for (int window = 0; window < m_windows; ++window) {
        QStringList &waiting = m_waiting[window];
        if (waiting.isEmpty())
            continue;
        const int size = std::max(1, std::min(maxArtists, m_limit.value(window, maxArtists)));
        bool earlierInFlight = window == 0 && moreMayCome;
        for (int earlier = 0; earlier < window; ++earlier)
            earlierInFlight = earlierInFlight || m_inFlight.at(earlier) > 0;
        if (earlierInFlight && waiting.size() < size)
            return std::nullopt; // an earlier window's answer may still fill this batch
        if (rank) {
            std::stable_sort(waiting.begin(), waiting.end(),
                [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
        }
        Batch batch { waiting.mid(0, size), window };
        waiting.remove(0, batch.mbids.size());
        ++m_inFlight[window];
        return batch;
    }
    return std::nullopt;
}

QStringList ReleaseBatchPlanner::refill(Batch &batch, qsizetype count)
{
    if (batch.window < 0 || batch.window >= m_windows || count <= 0)
        return {};
    QStringList &waiting = m_waiting[batch.window];
    const QStringList added = waiting.mid(0, count);
    waiting.remove(0, added.size());
    batch.mbids.append(added);
    return added;
}

void ReleaseBatchPlanner::withdraw(Batch &batch, const QStringList &mbids)
{
    if (mbids.isEmpty())
        return;
    for (const QString &mbid : mbids) {
        batch.mbids.removeAll(mbid);
        m_pending.remove(mbid);
    }
    if (batch.mbids.isEmpty())
        finish(batch);
}

void ReleaseBatchPlanner::finish(const Batch &batch)
{
    if (batch.window >= 0 && batch.window < m_windows)
        m_inFlight[batch.window] = std::max(0, m_inFlight.at(batch.window) - 1);
}

QStringList ReleaseBatchPlanner::answered(const Batch &batch, const QSet<QString> &decided)
{
    finish(batch);
    QStringList handedBack;
    for (const QString &mbid : batch.mbids) {
        if (decided.contains(mbid)) {
            m_pending.remove(mbid);
        } else if (batch.window + 1 < m_windows) {
            m_waiting[batch.window + 1].append(mbid);
        } else {
            m_pending.remove(mbid);
            handedBack.append(mbid);
        }
    }
    return handedBack;
}

QStringList ReleaseBatchPlanner::refused(const Batch &batch)
{
    if (batch.mbids.size() <= 1)
        return failed(batch);
    finish(batch);
    const int half = int(batch.mbids.size() + 1) / 2;
    m_limit[batch.window] = std::min(m_limit.value(batch.window, half), half);
    m_waiting[batch.window] = batch.mbids + m_waiting.at(batch.window);
    return {};
}

QStringList ReleaseBatchPlanner::failed(const Batch &batch)
{
    finish(batch);
    for (const QString &mbid : batch.mbids)
        m_pending.remove(mbid);
    return batch.mbids;
}

void ReleaseBatchPlanner::putBack(const Batch &batch)
{
    finish(batch);
    m_waiting[batch.window] = batch.mbids + m_waiting.at(batch.window);
}

QStringList ReleaseBatchPlanner::takeAllWaiting()
{
    QStringList all;
    for (QStringList &waiting : m_waiting) {
        for (const QString &mbid : std::as_const(waiting))
            m_pending.remove(mbid);
        all.append(waiting);
        waiting.clear();
    }
    return all;
}

} // namespace gig
