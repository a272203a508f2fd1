// What a release source answers: the latest release of an artist (found by name when needed).
#pragma once

#include "app/net/networkresult.h"
#include "app/sources/sourcereply.h"
#include "models/artist.h"
#include "models/release.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <optional>

namespace gig {

struct ReleaseAnswer
{
    QString artistId; // the Artist::id asked about
    QString mbid; // the MBID used: the artist's own, or the one an exact-name search found; empty
                  // when none
    bool mbidFromSearch = false; // true when `mbid` was found by the name search
    // What the search by name found (NotSearched when the artist had an MBID or no name): Found
    // with `mbid`, or NoMatch / Several with `mbid` empty. Only a readable answer gives one; a
    // failed search ends the fetch with an error instead.
    NameSearch nameSearch = NameSearch::NotSearched;
    std::optional<Release> release; // std::nullopt: "none" (no candidate, or no MBID)
    int releaseGroupCount = 0; // release groups read, over every page
    // False when only the MBID was looked up (fetchArtistMbid): `release` then says nothing.
    bool releaseAsked = true;

    friend bool operator==(const ReleaseAnswer &, const ReleaseAnswer &) = default;
};

using ReleaseFetch = SourceResult<ReleaseAnswer>;

// What one batched look-up decided: the latest release (or none) of each asked artist that a
// search over the window [1 January of fromYear, today], read in full, proves. The others stay
// undecided.
struct ReleaseBatchAnswer
{
    QStringList asked; // the MBIDs named, normalized
    int fromYear = 0;
    QHash<QString, std::optional<Release>> decided; // asked MBID → its latest release, or none
    int hitCount = 0; // hits read, over every page

    friend bool operator==(const ReleaseBatchAnswer &, const ReleaseBatchAnswer &) = default;
};

using ReleaseBatchFetch = SourceResult<ReleaseBatchAnswer>;
// One answer (mbid, nameSearch; releaseAsked false) for each artist of a batched name search.
using NameBatchFetch = SourceResult<QList<ReleaseAnswer>>;

class ReleaseSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseSource)

public:
    // The latest release of `artist` as of `today` (invalid: the current UTC date). An artist
    // without an MBID is looked up once by exact name first. The reply is parented to the
    // source, emits finished() once and then deletes itself; cancel() drops it.
    virtual ReleaseFetch *fetchLatestRelease(const Artist &artist, QDate today = {},
        RequestPriority priority = RequestPriority::Background)
        = 0;

    // Only the exact-name search of an artist without an MBID: the answer's mbid and nameSearch,
    // with releaseAsked false, so that the release can be looked up with others. nullptr when
    // the source cannot (then fetchLatestRelease() does both).
    virtual ReleaseFetch *fetchArtistMbid(
        const Artist &artist, RequestPriority priority = RequestPriority::Background)
    {
        Q_UNUSED(artist);
        Q_UNUSED(priority);
        return nullptr;
    }

    // How many artists without an MBID one fetchArtistMbids() may name; 0 when the source
    // searches one name at a time only.
    virtual int nameBatchSize() const { return 0; }
    // The exact-name searches of `artists` (at most nameBatchSize(), none with an MBID) in one
    // request, decided by the same rule as one search each. Only asked when nameBatchSize() > 0.
    virtual NameBatchFetch *fetchArtistMbids(
        const QList<Artist> &artists, RequestPriority priority = RequestPriority::Background)
    {
        Q_UNUSED(artists);
        Q_UNUSED(priority);
        return nullptr;
    }

    // How many artists one fetchLatestReleases() may name; 0 when the source asks about one
    // artist at a time only.
    virtual int batchSize() const { return 0; }
    // The latest releases among `mbids` (at most batchSize()) that one search over the window
    // from 1 January of `fromYear` to `today` decides. Only asked when batchSize() > 0. A query
    // the service refuses as too long or too broad fails with InvalidQuery or a 4xx: ask again
    // with fewer artists.
    virtual ReleaseBatchFetch *fetchLatestReleases(const QStringList &mbids, int fromYear,
        QDate today, RequestPriority priority = RequestPriority::Background)
    {
        Q_UNUSED(mbids);
        Q_UNUSED(fromYear);
        Q_UNUSED(today);
        Q_UNUSED(priority);
        return nullptr;
    }

protected:
    explicit ReleaseSource(QObject *parent = nullptr)
        : QObject(parent)
    { }
};

} // namespace gig
