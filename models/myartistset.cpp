#include "models/myartistset.h"

#include "models/gigmerge.h"
#include "models/namekeyhash.h"

#include <algorithm>

namespace gig {

namespace {

QStringList mbidsOf(const Artist &artist)
{
    QStringList mbids;
    if (artist.hasMbid())
        mbids.append(artist.mbid.toLower());
    for (const QString &other : artist.otherMbids) {
        if (!other.isEmpty())
            mbids.append(other.toLower());
    }
    return mbids;
}

bool holdsKey(const QHash<quint64, QStringList> &keys, const QString &key)
{
    const auto found = keys.constFind(nameKeyHash(key));
    return found != keys.cend() && found->contains(key);
}

} // namespace

MyArtistSet::MyArtistSet(const QList<FollowedArtist> &artists)
{
    for (const FollowedArtist &artist : artists)
        add(artist);
}

QString MyArtistSet::nameKey(const QString &name)
{
    return normalizedGigName(name);
}

bool MyArtistSet::add(const FollowedArtist &artist)
{
    FollowedArtist entry = artist;
    entry.mbid = entry.mbid.trimmed().toLower();
    entry.name = entry.name.trimmed();
    const QString key = nameKey(entry.name);
    if (entry.mbid.isEmpty() && key.isEmpty())
        return false;
    if (entry.hasMbid()) {
        if (m_mbids.contains(entry.mbid))
            return false;
        if (!key.isEmpty() && holdsKey(m_nameOnly, key)) {
            // The entry known by name learns its id.
            for (FollowedArtist &known : m_artists) {
                if (!known.hasMbid() && nameKey(known.name) == key) {
                    known.mbid = entry.mbid;
                    reindex();
                    return true;
                }
            }
        }
    } else if (holdsKey(m_names, key)) {
        return false;
    }
    m_artists.append(entry);
    index(entry);
    return true;
}

qsizetype MyArtistSet::remove(const QString &nameOrMbid)
{
    QString mbid;
    const qsizetype before = m_artists.size();
    if (isMbid(nameOrMbid, &mbid)) {
        m_artists.removeIf([&mbid](const FollowedArtist &a) { return a.mbid == mbid; });
    } else {
        const QString key = nameKey(nameOrMbid);
        if (key.isEmpty())
            return 0;
        m_artists.removeIf([&key](const FollowedArtist &a) { return nameKey(a.name) == key; });
    }
    const qsizetype removed = before - m_artists.size();
    if (removed > 0)
        reindex();
    return removed;
}

qsizetype MyArtistSet::removeMatching(const Artist &artist)
{
    const qsizetype before = m_artists.size();
    m_artists.removeIf(
        [this, &artist](const FollowedArtist &entry) { return entryMatches(entry, artist); });
    const qsizetype removed = before - m_artists.size();
    if (removed > 0)
        reindex();
    return removed;
}

bool MyArtistSet::removeEntry(const FollowedArtist &artist)
{
    if (!m_artists.removeOne(artist))
        return false;
    reindex();
    return true;
}

bool MyArtistSet::follows(const QString &mbid, const QString &name) const
{
    Artist artist;
    artist.mbid = mbid;
    artist.name = name;
    return follows(artist);
}

bool MyArtistSet::hasMbid(const QString &mbid) const
{
    if (m_mbids.contains(mbid))
        return true;
    // Sources write MBIDs in lower case; lower another only when it has upper-case letters.
    const bool upper
        = std::any_of(mbid.cbegin(), mbid.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    return upper && m_mbids.contains(mbid.toLower());
}

quint64 MyArtistSet::keyHashOf(const QString &name) const
{
    // The gig table asks for the same few thousand names again at every change of the list: a
    // name seen before costs one look-up.
    if (const auto known = m_keyHashes.constFind(name); known != m_keyHashes.cend())
        return *known;
    if (m_keyHashes.size() >= 200'000)
        m_keyHashes.clear(); // a bound, far above the artists of any place
    const quint64 hash = gigNameKeyHash(name);
    m_keyHashes.insert(name, hash);
    return hash;
}

bool MyArtistSet::hasName(const QHash<quint64, QStringList> &keys, const QString &name) const
{
    const auto found = keys.constFind(keyHashOf(name));
    // Equal numbers, so almost surely equal keys: the keys themselves decide.
    return found != keys.cend() && found->contains(nameKey(name));
}

bool MyArtistSet::follows(const Artist &artist) const
{
    if (m_artists.isEmpty())
        return false;
    bool anyMbid = false;
    if (artist.hasMbid()) {
        anyMbid = true;
        if (hasMbid(artist.mbid))
            return true;
    }
    for (const QString &other : artist.otherMbids) {
        if (other.isEmpty())
            continue;
        anyMbid = true;
        if (hasMbid(other))
            return true;
    }
    const QHash<quint64, QStringList> &names = anyMbid ? m_nameOnly : m_names;
    if (names.isEmpty() || artist.name.isEmpty())
        return false;
    return hasName(names, artist.name);
}

bool MyArtistSet::entryMatches(const FollowedArtist &entry, const Artist &artist) const
{
    const QStringList mbids = mbidsOf(artist);
    if (entry.hasMbid() && mbids.contains(entry.mbid))
        return true;
    if (!mbids.isEmpty() && entry.hasMbid())
        return false; // both ids known, and they differ
    const QString key = nameKey(artist.name);
    return !key.isEmpty() && nameKey(entry.name) == key;
}

QList<FollowedArtist> MyArtistSet::matches(const Artist &artist) const
{
    QList<FollowedArtist> found;
    for (const FollowedArtist &entry : m_artists) {
        if (entryMatches(entry, artist))
            found.append(entry);
    }
    return found;
}

void MyArtistSet::reindex()
{
    m_mbids.clear();
    m_names.clear();
    m_nameOnly.clear();
    for (const FollowedArtist &artist : std::as_const(m_artists))
        index(artist);
}

void MyArtistSet::index(const FollowedArtist &artist)
{
    if (artist.hasMbid())
        m_mbids.insert(artist.mbid);
    const QString key = nameKey(artist.name);
    if (key.isEmpty())
        return;
    const quint64 hash = nameKeyHash(key);
    const auto addKey = [&key](QStringList &keys) {
        if (!keys.contains(key))
            keys.append(key);
    };
    addKey(m_names[hash]);
    if (!artist.hasMbid())
        addKey(m_nameOnly[hash]);
}

} // namespace gig
