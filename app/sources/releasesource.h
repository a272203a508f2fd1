// What a release source answers: the latest release of an artist (found by name when needed).
#pragma once

#include "app/net/networkresult.h"
#include "app/sources/sourcereply.h"
#include "models/artist.h"
#include "models/release.h"

#include <QDate>
#include <QObject>
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

    friend bool operator==(const ReleaseAnswer &, const ReleaseAnswer &) = default;
};

using ReleaseFetch = SourceResult<ReleaseAnswer>;

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

protected:
    explicit ReleaseSource(QObject *parent = nullptr)
        : QObject(parent)
    { }
};

} // namespace gig
