// One music file as the library import last read it: where it is, how it looked (size and
// modification time, so an unchanged file is not read again) and the artists its tags name.
#pragma once

#include <QDebug>
#include <QHash>
#include <QList>
#include <QString>

namespace gig {

// An artist a file's tags name: the name, the MusicBrainz id, or both.
struct TaggedArtist
{
    QString name;
    QString mbid; // lower case; empty when the tags give none for this name

    friend bool operator==(const TaggedArtist &, const TaggedArtist &) = default;
};

struct LibraryFile
{
    QString path; // absolute
    qint64 size = 0;
    qint64 modifiedMs = 0; // since the epoch, UTC
    bool readable = false; // false: TagLib could not read it (counted as broken, not read again)
    QList<TaggedArtist> artists;

    // The same file as far as a rescan can tell without reading it.
    bool looksUnchanged(qint64 otherSize, qint64 otherModifiedMs) const
    {
        return size == otherSize && modifiedMs == otherModifiedMs;
    }

    friend bool operator==(const LibraryFile &, const LibraryFile &) = default;
};

// Path → file: what the cache remembers of the last scan.
using LibraryIndex = QHash<QString, LibraryFile>;

inline QDebug operator<<(QDebug debug, const TaggedArtist &artist)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "TaggedArtist(" << artist.name << ", " << artist.mbid << ')';
    return debug;
}

} // namespace gig
