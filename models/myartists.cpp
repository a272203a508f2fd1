#include "models/myartists.h"

namespace gig {

MyArtists::MyArtists(QObject *parent)
    : QObject(parent)
{ }

void MyArtists::load(const QList<FollowedArtist> &artists)
{
    m_set = MyArtistSet(artists);
    emit loaded();
}

bool MyArtists::add(const FollowedArtist &artist)
{
    if (!m_set.add(artist))
        return false;
    emit changed();
    return true;
}

qsizetype MyArtists::addAll(const QList<FollowedArtist> &artists)
{
    const qsizetype before = m_set.size();
    bool any = false;
    for (const FollowedArtist &artist : artists)
        any = m_set.add(artist) || any;
    if (any)
        emit changed();
    return m_set.size() - before;
}

qsizetype MyArtists::remove(const QString &nameOrMbid)
{
    const qsizetype removed = m_set.remove(nameOrMbid);
    if (removed > 0)
        emit changed();
    return removed;
}

qsizetype MyArtists::unfollow(const Artist &artist)
{
    const qsizetype removed = m_set.removeMatching(artist);
    if (removed > 0)
        emit changed();
    return removed;
}

bool MyArtists::removeEntry(const FollowedArtist &artist)
{
    if (!m_set.removeEntry(artist))
        return false;
    emit changed();
    return true;
}

qsizetype MyArtists::removeEntries(const QList<FollowedArtist> &artists)
{
    qsizetype removed = 0;
    for (const FollowedArtist &artist : artists) {
        if (m_set.removeEntry(artist))
            ++removed;
    }
    if (removed > 0)
        emit changed();
    return removed;
}

} // namespace gig
