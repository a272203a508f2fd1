// "My artists" as the window and the engine share it: the followed artists (a MyArtistSet) and a
// signal when they change, so the gig table, its filter and the cache follow.
#pragma once

#include "models/myartistset.h"

#include <QObject>

namespace gig {

class MyArtists final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtists)

public:
    explicit MyArtists(QObject *parent = nullptr);

    const MyArtistSet &set() const { return m_set; }
    const QList<FollowedArtist> &artists() const { return m_set.artists(); }
    qsizetype size() const { return m_set.size(); }
    bool follows(const Artist &artist) const { return m_set.follows(artist); }

    // Replaces the whole list, as it was read from the cache: emits loaded(), not changed().
    void load(const QList<FollowedArtist> &artists);

    // Each emits changed() once when the list changed, and nothing when it did not.
    bool add(const FollowedArtist &artist);
    // Adds each in turn (see MyArtistSet::add); returns how many are new entries (an entry that
    // only learnt its MBID changed the list, and is not counted).
    qsizetype addAll(const QList<FollowedArtist> &artists);
    qsizetype remove(const QString &nameOrMbid);
    qsizetype unfollow(const Artist &artist);
    bool removeEntry(const FollowedArtist &artist);
    qsizetype removeEntries(const QList<FollowedArtist> &artists);

signals:
    void changed(); // by the person or an import: the cache writes it
    void loaded(); // read from the cache: nothing to write

private:
    MyArtistSet m_set;
};

} // namespace gig
