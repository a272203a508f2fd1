// The artists the person follows as one value, and the rule that says whether a lineup's artist
// is one of them: by MusicBrainz id first, else by name as the gig merge compares names.
#pragma once

#include "models/artist.h"
#include "models/followedartist.h"

#include <QHash>
#include <QList>
#include <QSet>

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
    // A number for nameKey(name) (-1 for an empty key), remembered by name: the gig table asks
    // for the same few thousand names again at every change of the list, and folding a name
    // costs ten times a look-up. Equal keys get equal numbers.
    int keyIdOf(const QString &name) const;
    void reindex();
    void index(const FollowedArtist &artist);

    QList<FollowedArtist> m_artists;
    QSet<QString> m_mbids;
    QHash<int, int> m_names; // key id → how many entries have that name
    QHash<int, int> m_nameOnly; // key id → how many entries without an MBID have it
    mutable QHash<QString, int> m_keyIds; // nameKey() → its number; only grows
    mutable QHash<QString, int> m_nameKeyIds; // a name as written → the number of its key
};

} // namespace gig
