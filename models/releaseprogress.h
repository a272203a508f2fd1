// The latest releases being fetched, as a person follows them: how many of how many are known,
// and about how long the rest will take at the pace so far.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace gig {

class ReleaseProgress
{
public:
    // The releases still pending at `now`. A round starts when some are pending after none were,
    // grows when more are added, and ends when none are left.
    void update(int pending, const QDateTime &now);

    bool isActive() const { return m_pending > 0; }
    int pending() const { return m_pending; }
    int total() const { return m_total; } // of this round
    int done() const { return m_total - m_pending; }

    // About how many seconds the pending releases take at this round's pace so far; nothing
    // until a few are known and some seconds have passed.
    std::optional<qint64> secondsLeft(const QDateTime &now) const;
    // "about 3 min left", or empty while secondsLeft() has nothing to say.
    QString timeLeftText(const QDateTime &now) const;
    // The same words for a number of seconds.
    static QString timeLeftText(qint64 seconds);

private:
    int m_pending = 0;
    int m_total = 0;
    QDateTime m_started;
};

} // namespace gig
