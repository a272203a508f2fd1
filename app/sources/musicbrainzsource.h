// Fetches an artist's latest release from MusicBrainz: every page of its album, EP and single
// release groups, then the latest-release rule; artists without an MBID are matched by exact name.
#pragma once

#include "app/sources/artistsearch.h"
#include "app/sources/latestrelease.h"
#include "app/sources/releasebatchquery.h"
#include "app/sources/releasesource.h"

#include <QUrl>

namespace gig {

class RequestQueue;

class MusicBrainzSource final : public ReleaseSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MusicBrainzSource)

public:
    struct Config
    {
        QUrl baseUrl = defaultBaseUrl(); // the sandbox's serviceRoot(MusicBrainz) plugs in here
        int pageSize = 100; // MusicBrainz's largest browse page
        int maxPages = 100; // a runaway discography stops here
        // The primary types that count as a latest release (the settings' choice); empty: the
        // defaults. Browses ask MusicBrainz for these types only.
        QList<ReleaseType> countedTypes = defaultCountedReleaseTypes();
        // Artists one release-group search names (batched look-ups); 0 asks one at a time.
        int batchArtists = releaseBatchArtists;
        // Artists without an MBID one artist search looks up by exact name; 0: one at a time.
        int batchNames = artistNameBatch;
        // A search whose answer has more hits than this many pages asks again with fewer artists.
        int maxSearchPages = 8;
    };

    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static QString laneName(); // the host of that URL

    // Routes `config.baseUrl` into the MusicBrainz lane of `queue` (1 request/s; the queue sets
    // the User-Agent MusicBrainz requires).
    explicit MusicBrainzSource(
        RequestQueue *queue, const Config &config, QObject *parent = nullptr);

    ReleaseFetch *fetchLatestRelease(const Artist &artist, QDate today = {},
        RequestPriority priority = RequestPriority::Background) override;

    ReleaseFetch *fetchArtistMbid(
        const Artist &artist, RequestPriority priority = RequestPriority::Background) override;
    int nameBatchSize() const override { return m_config.batchNames; }
    NameBatchFetch *fetchArtistMbids(const QList<Artist> &artists,
        RequestPriority priority = RequestPriority::Background) override;
    int batchSize() const override { return m_config.batchArtists; }
    ReleaseBatchFetch *fetchLatestReleases(const QStringList &mbids, int fromYear, QDate today,
        RequestPriority priority = RequestPriority::Background) override;

    QUrl releaseGroupsUrl(const QString &mbid, int offset) const;
    // A search of `path` ("release-group", "artist") for the Lucene `query`, 100 hits a page.
    QUrl searchUrl(const QString &path, const QString &query, int offset) const;
    static constexpr int searchPageSize = 100; // MusicBrainz's largest search page
    QUrl artistSearchUrl(const QString &name) const;

private:
    ReleaseFetch *fetch(const Artist &artist, QDate today, RequestPriority priority, bool nameOnly);

    RequestQueue *m_queue;
    Config m_config;
};

} // namespace gig
