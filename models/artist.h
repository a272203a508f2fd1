// A performer as the event sources name it, with its MusicBrainz id when one is known.
#pragma once

#include <QDateTime>
#include <QDebug>
#include <QStringList>

namespace gig {

// What a search of MusicBrainz by name found for an artist its source gave no MBID for.
enum class NameSearch {
    NotSearched, // not searched (yet), or the source gave the MBID itself
    Found, // exactly one MusicBrainz artist has the name: `mbid` is its id
    NoMatch, // no MusicBrainz artist has the name
    Several, // several MusicBrainz artists have the name, so none is taken
};

// "found", "none", "several" (the words the cache uses); empty for NotSearched.
QString nameSearchName(NameSearch search);
NameSearch nameSearchFromName(QStringView name); // NotSearched for anything else

struct Artist
{
    QString id; // source-qualified, e.g. "tm:K8vZ917" or "sk:29835"
    QString mbid; // empty when the source gives none and no exact match was found
    QString name;
    QStringList otherMbids; // further MBIDs a source attached (Songkick can give several)
    // When a search of MusicBrainz by name last answered NoMatch or Several (invalid otherwise),
    // so that the search is not repeated at every start; it is tried again after a while.
    QDateTime mbidSearchedAt {};
    NameSearch nameSearch = NameSearch::NotSearched; // what that search, or the last one, found

    bool hasMbid() const { return !mbid.isEmpty(); }
    // Searched by name, and the answer left the artist without an MBID (NoMatch or Several).
    bool isUnresolved() const
    {
        return !hasMbid()
            && (nameSearch == NameSearch::NoMatch || nameSearch == NameSearch::Several);
    }

    friend bool operator==(const Artist &, const Artist &) = default;
};

QDebug operator<<(QDebug debug, const Artist &artist);

} // namespace gig
