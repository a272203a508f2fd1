// One announcement of the alerts of my artists, in words a person reads, and the gig it shows.
#pragma once

#include <QMetaType>
#include <QString>

namespace gig {

struct Alert
{
    enum class Kind { Gig, Release };

    Kind kind = Kind::Gig;
    QString eventId; // the gig that opening the alert shows; may be empty for a release
    QString summary; // one line
    QString body; // a sentence or two

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace gig
Q_DECLARE_METATYPE(gig::Alert)
