// One artist the person follows ("my artists"): its MusicBrainz id when known, its name, where it
// came from and when it was added.
#pragma once

#include <QDateTime>
#include <QDebug>
#include <QString>
#include <optional>

namespace gig {

// Where a followed artist came from.
enum class ArtistOrigin {
    MusicLibrary, // the tags of the person's music files
    ListenBrainz, // a ListenBrainz user's listening statistics
    LastFm, // a Last.fm user's top artists
    ByHand, // followed from a lineup, the dialog or the command line
};

// "library", "listenbrainz", "lastfm", "hand": the words the cache and the command line use.
QString artistOriginName(ArtistOrigin origin);
std::optional<ArtistOrigin> artistOriginFromName(QStringView name);
// What a person reads: "music library", "ListenBrainz", "Last.fm", "added by hand".
QString artistOriginText(ArtistOrigin origin);

// Whether `text` is a MusicBrainz id (a UUID, any case, without braces); `canonical` receives it
// in lower case.
bool isMbid(const QString &text, QString *canonical = nullptr);

struct FollowedArtist
{
    QString mbid; // lower case; empty when only the name is known
    QString name; // as the source wrote it; may be empty for an id a source named no artist for
    ArtistOrigin origin = ArtistOrigin::ByHand;
    QDateTime addedAt {}; // UTC

    bool hasMbid() const { return !mbid.isEmpty(); }
    // What a person reads for it: the name, or the MBID when no name is known.
    QString displayName() const { return name.isEmpty() ? mbid : name; }

    friend bool operator==(const FollowedArtist &, const FollowedArtist &) = default;
};

QDebug operator<<(QDebug debug, const FollowedArtist &artist);

} // namespace gig
