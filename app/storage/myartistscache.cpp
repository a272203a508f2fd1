#include "app/storage/myartistscache.h"

#include "app/storage/cachedatabase.h"
#include "models/myartists.h"

namespace gig {

MyArtistsCache::MyArtistsCache(MyArtists *artists, CacheDatabase *cache, QObject *parent)
    : QObject(parent)
    , m_artists(artists)
    , m_cache(cache)
{
    Q_ASSERT(artists && cache);
    connect(artists, &MyArtists::changed, this,
        [this] { m_cache->writeMyArtists(m_artists->artists()); });
}

void MyArtistsCache::load()
{
    m_artists->load(m_cache->readMyArtists());
}

} // namespace gig
