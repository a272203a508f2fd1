// A performer as the event sources name it, with its MusicBrainz id when one is known.
#pragma once

#include <QDateTime>
#include <QDebug>
#include <QStringList>

namespace gig {

struct Artist
{
    QString id; // source-qualified, e.g. "tm:K8vZ917" or "sk:29835"
    QString mbid; // empty when the source gives none and no exact match was found
    QString name;
    QStringList otherMbids; // further MBIDs a source attached (Songkick can give several)
    // When a search of MusicBrainz by name last found no certain match (invalid: never), so that
    // the search is not repeated at every start; it is tried again after a while.
    QDateTime mbidSearchedAt{};

    bool hasMbid() const { return !mbid.isEmpty(); }

    friend bool operator==(const Artist &, const Artist &) = default;
};

QDebug operator<<(QDebug debug, const Artist &artist);

} // namespace gig
