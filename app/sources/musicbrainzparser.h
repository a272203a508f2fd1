// Reads MusicBrainz ws/2 answers (release-group browse pages, artist search) into values.
#pragma once

#include "app/sources/artistsearch.h"
#include "app/sources/latestrelease.h"
#include "app/sources/parsed.h"

#include <QByteArray>

namespace gig {

struct ReleaseGroupPage
{
    QList<ReleaseGroup> groups;
    qint64 count = 0; // release-group-count: how many the artist has in all
    qint64 offset = 0; // release-group-offset
};

// One hit of a release-group search: the group and the MBIDs of the artists its credit names.
struct ReleaseGroupHit
{
    ReleaseGroup group;
    QStringList artistMbids; // normalized, in credit order
    int score = 0; // 0…100

    friend bool operator==(const ReleaseGroupHit &, const ReleaseGroupHit &) = default;
};

struct ReleaseGroupSearchPage
{
    QList<ReleaseGroupHit> hits;
    qint64 count = 0; // "count": hits in the whole answer, over every page
    qint64 offset = 0; // "offset": where this page starts

    friend bool operator==(const ReleaseGroupSearchPage &, const ReleaseGroupSearchPage &)
        = default;
};

// One page of `GET /release-group?query=…&fmt=json`. Every hit must be readable (an id, a title,
// well-typed types, a date MusicBrainz writes, a score within 0…100 and an artist credit naming
// artists by MBID): a hit left out could be an artist's latest release, so one that cannot be read
// makes the whole page a BadResponse.
Parsed<ReleaseGroupSearchPage> parseMusicBrainzReleaseGroupSearch(const QByteArray &body);

// One page of `GET /release-group?artist=MBID&…&fmt=json`. `{"error": …}` gives a ServiceError;
// a group without a valid id or title, with wrongly typed types or an unreadable date is skipped.
Parsed<ReleaseGroupPage> parseMusicBrainzReleaseGroups(const QByteArray &body);

// `GET /artist?query=…&fmt=json`: the hits in the service's order, `count` and `offset`. An answer
// with a hit that cannot be read (no valid id, no name, a score outside 0…100) cannot show that a
// name is unique: it is a BadResponse, not a page with that hit left out.
Parsed<ArtistSearchPage> parseMusicBrainzArtistSearch(const QByteArray &body);

// The service's own message when `body` is a MusicBrainz error body; empty otherwise.
QString musicBrainzErrorMessage(const QByteArray &body);

} // namespace gig
