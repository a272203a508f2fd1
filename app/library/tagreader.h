// Reads the artists a music file's tags name, with their MusicBrainz ids, through TagLib: ID3v2
// (TXXX:MusicBrainz Artist Id), Vorbis comments and FLAC (MUSICBRAINZ_ARTISTID), MP4
// (----:com.apple.iTunes:MusicBrainz Artist Id) and whatever else TagLib maps to the same keys.
#pragma once

#include "app/library/libraryfile.h"

#include <QMap>
#include <QStringList>
#include <optional>

namespace gig {

class TagReader
{
public:
    // The artists of the file at `path` (track artists, then album artists, each once), or
    // std::nullopt when TagLib cannot read it as audio (a broken or foreign file).
    static std::optional<QList<TaggedArtist>> read(const QString &path);

    // The rule, on tags already read (upper-case keys as TagLib's PropertyMap names them):
    // MUSICBRAINZ_ARTISTID may hold several ids (several values, or one value split at '/' or
    // ';'); they pair with ARTISTS (else ARTIST, split the same way when that makes the counts
    // agree) in order when the counts match. When they do not, the names are kept without ids
    // and the ids without names. The same for ALBUMARTIST(S) and MUSICBRAINZ_ALBUMARTISTID.
    // Text that is not an MBID is ignored; "Various Artists" is not an artist.
    static QList<TaggedArtist> artistsFromTags(const QMap<QString, QStringList> &tags);

    // Whether the file's name says it may be music that TagLib reads.
    static bool isMusicFileName(const QString &fileName);
};

} // namespace gig
