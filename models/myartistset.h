// The artists the person follows as one value, and the rule that says whether a lineup's artist
// is one of them: by MusicBrainz id first, else by name as the gig merge compares names.
#pragma once

#include "models/artist.h"
#include "models/followedartist.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace gig {

// The rule: an artist the source gave an MBID is followed when that MBID (or another MBID it
// carries) is followed, or when a followed entry known by name only has its name; an artist
// without an MBID is followed when any followed entry has its name. Names compare as
// normalizedGigName() does: without case, accents, punctuation and a leading "The".
// So two different artists of one name are told apart whenever both MBIDs are known.
class MyArtistSet
{
public:
    MyArtistSet() = default;
    explicit MyArtistSet(const QList<FollowedArtist> &artists); // duplicates merged as add() does

    const QList<FollowedArtist> &artists() const { return m_artists; }
    qsizetype size() const { return m_artists.size(); }
    bool isEmpty() const { return m_artists.isEmpty(); }

    // Adds the artist unless the set already follows it: an entry with its MBID, or (when it has
    // none) an entry with its name. An entry known by name only gains the MBID of a newcomer of
    // that name. An artist with neither MBID nor name is refused. True when the set changed.
    bool add(const FollowedArtist &artist);
    // Removes the entries `nameOrMbid` names: an MBID the entry with that id, a name every entry
    // of that name. Returns how many went.
    qsizetype remove(const QString &nameOrMbid);
    // Removes every entry that makes `artist` followed. Returns how many went.
    qsizetype removeMatching(const Artist &artist);
    // Removes exactly this entry. True when it was there.
    bool removeEntry(const FollowedArtist &artist);

    bool follows(const Artist &artist) const;
    bool follows(const QString &mbid, const QString &name) const;
    // The entries that make `artist` followed, in the set's order.
    QList<FollowedArtist> matches(const Artist &artist) const;

    // The key names compare by.
    static QString nameKey(const QString &name);

    friend bool operator==(const MyArtistSet &a, const MyArtistSet &b)
    {
        return a.m_artists == b.m_artists;
    }

private:
    bool entryMatches(const FollowedArtist &entry, const Artist &artist) const;
    bool hasMbid(const QString &mbid) const;
    // The number of nameKey(name) (namekeyhash.h), remembered by name.
    quint64 keyHashOf(const QString &name) const;
    // Whether `keys` holds the key of `name`.
    bool hasName(const QHash<quint64, QStringList> &keys, const QString &name) const;
    void reindex();
    void index(const FollowedArtist &artist);

    QList<FollowedArtist> m_artists;
    QSet<QString> m_mbids;
    QHash<quint64, QStringList> m_names; // key number → the entries' keys with that number
    QHash<quint64, QStringList> m_nameOnly; // the same for the entries without an MBID
    mutable QHash<QString, quint64> m_keyHashes; // a name as written → its key's number
};

} // namespace gig
