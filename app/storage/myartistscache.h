// Keeps "my artists" in the cache: reads them when the cache is loaded and writes the whole list
// behind every change.
#pragma once

#include <QObject>

namespace gig {

class CacheDatabase;
class MyArtists;

class MyArtistsCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyArtistsCache)

public:
    // Neither is owned; both must outlive this object. Call after cache->load().
    MyArtistsCache(MyArtists *artists, CacheDatabase *cache, QObject *parent = nullptr);

    // Replaces the list with what the cache holds (nothing is written back).
    void load();

private:
    MyArtists *m_artists;
    CacheDatabase *m_cache;
};

} // namespace gig
