// How each gig source fared in the shown place's last refresh, when several are asked together:
// the status bar reports each one ("Ticketmaster: 18 gigs · SeatGeek: could not be read").
#pragma once

#include <QDebug>
#include <QList>
#include <QString>

namespace gig {

struct SourceState
{
    enum class Outcome {
        Read, // every page of its gigs was read
        Partial, // some pages were read, others were lost (asked again)
        Failed, // none of its gigs could be read (those known before are kept)
    };

    QString provider; // the source's display name, "SeatGeek"
    Outcome outcome = Outcome::Read;
    int gigs = 0; // the gigs it listed for the place
    QString problem; // what went wrong, a sentence for people; empty when Read

    friend bool operator==(const SourceState &, const SourceState &) = default;
};

// The problems of the sources that failed outright, joined into one text for people; empty when
// none failed.
QString failedSourcesText(const QList<SourceState> &states);

QDebug operator<<(QDebug debug, const SourceState &state);

} // namespace gig
