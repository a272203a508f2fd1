// One thing the alerts of my artists have recorded, as the cache keeps it: a saved place that was
// filled once, a gig known (or announced, and whether the person has seen it) or a followed
// artist's latest release. The ledger of these marks is what makes every alert happen only once.
#pragma once

#include <QDateTime>
#include <QDebug>
#include <QString>
#include <optional>

namespace gig {

struct AlertMark
{
    enum class Kind {
        Place, // key: a saved place's location id; its gigs at its first fill are known
        Gig, // key: an event id listed at a saved place
        Release, // key: a followed artist's MBID; value: its latest release (see releaseValue())
    };
    enum class State {
        Known, // recorded without an alert
        Unseen, // announced, not yet looked at: the gig's row says "new"
        Seen, // announced and looked at
    };

    Kind kind = Kind::Gig;
    QString key;
    QString value;
    State state = State::Known;
    QDateTime markedAt {}; // UTC

    // "place", "gig", "release" and "known", "unseen", "seen": the words the cache stores.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);

    friend bool operator==(const AlertMark &, const AlertMark &) = default;
};

QDebug operator<<(QDebug debug, const AlertMark &mark);

} // namespace gig
