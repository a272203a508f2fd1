// Finds an artist's MBID by exact name when a source gave none: the query and the acceptance rule.
#pragma once

#include <QDebug>
#include <QList>
#include <QString>

#include <optional>

namespace gig {

struct ArtistHit
{
    QString mbid;
    QString name;
    int score = 0; // 0…100, MusicBrainz's confidence

    friend bool operator==(const ArtistHit &, const ArtistHit &) = default;
};

QDebug operator<<(QDebug debug, const ArtistHit &hit);

// The Lucene query `artist:"NAME"` with every Lucene special character of NAME escaped.
QString exactArtistQuery(const QString &name);

// The MBID of the top hit when it is certain: its score is 100, its name equals `name`
// case-insensitively, and no other hit also scores 100. Otherwise std::nullopt.
std::optional<QString> acceptedArtistMbid(const QList<ArtistHit> &hits, const QString &name);

} // namespace gig
