// Finds an artist's MBID by exact name when a source gave none: the query and the rule that
// decides whether the answer names exactly one artist.
#pragma once

#include "models/artist.h"

#include <QDebug>
#include <QList>
#include <QString>

namespace gig {

struct ArtistHit
{
    QString mbid;
    QString name;
    int score = 0; // 0…100: MusicBrainz's text relevance, not evidence of identity

    friend bool operator==(const ArtistHit &, const ArtistHit &) = default;
};

QDebug operator<<(QDebug debug, const ArtistHit &hit);

// One page of an artist search: the hits in the service's order (best score first), and how
// many hits the whole answer has.
struct ArtistSearchPage
{
    QList<ArtistHit> hits;
    qint64 count = 0; // "count": hits in the whole answer, over every page
    qint64 offset = 0; // "offset": where this page starts

    // The page holds the whole answer.
    bool isComplete() const { return offset == 0 && count <= hits.size(); }

    friend bool operator==(const ArtistSearchPage &, const ArtistSearchPage &) = default;
};

// The most hits one search asks for: MusicBrainz's maximum `limit` for searches.
inline constexpr int artistSearchLimit = 100;

// The Lucene query `artist:"NAME"` with every Lucene special character of NAME escaped.
QString exactArtistQuery(const QString &name);
// `artist:("NAME 1" OR "NAME 2" …)`, escaped the same way: one search for several names.
QString exactArtistsQuery(const QStringList &names);

// Names one artist search asks about. Each adds its phrase and " OR " to the query; 25 typical
// names stay near 600 characters. The answer holds every hit of every name, over its pages.
inline constexpr int artistNameBatch = 25;

// What two artist names compare by: accents dropped, case folded, spaces simplified, a leading
// "The " dropped. "The Beatles", "beatles" and "BEATLES" give one key; "Sigur Rós" and
// "Sigur Ros" too.
QString artistNameKey(const QString &name);

struct NameMatch
{
    NameSearch outcome = NameSearch::NoMatch; // Found, NoMatch or Several
    QString mbid; // the one artist's MBID when Found

    friend bool operator==(const NameMatch &, const NameMatch &) = default;
};

// The rule of truth for an artist without an MBID: it is Found only when exactly one MusicBrainz
// artist among the hits has `name` (by artistNameKey(), whatever the scores); two or more leave it
// Several, none NoMatch. A page that is not the whole answer and whose last hit still has the
// name cannot prove the name unique: Several.
NameMatch matchArtistName(const ArtistSearchPage &page, const QString &name);

} // namespace gig
