// A GET that an HttpDiskCache stands in front of (map tiles, cover art): a stale copy makes the
// request conditional, and the answer is kept as HTTP allows, or the stale copy stands in when
// the answer fails.
#pragma once

#include "app/net/httpdiskcache.h"
#include "app/net/networkresult.h"

#include <QNetworkRequest>
#include <optional>

namespace gig {

// Whether `result` holds an image: an image/* Content-Type (when there is one) and a body that
// starts like PNG, JPEG, GIF or WebP. A 200 with an HTML maintenance page or a JSON error must not
// replace a good image.
bool isImageAnswer(const NetworkResult &result);

class CachedFetch
{
public:
    CachedFetch() = default;
    // Looks `cacheUrl` up in `cache`; a stale copy with an ETag or a Last-Modified makes
    // `request` conditional (the server answers 304 without a body when it did not change).
    CachedFetch(const HttpDiskCache &cache, const QUrl &cacheUrl, QNetworkRequest *request);

    // A copy fresh enough at `now` to use without asking at all.
    static std::optional<QByteArray> freshCopy(
        const HttpDiskCache &cache, const QUrl &cacheUrl, const QDateTime &now);

    struct Outcome
    {
        std::optional<QByteArray> body; // what to show; nothing when there is nothing
        bool stale = false; // the stale copy, standing in for an answer that failed
    };
    // What to show for `result`: the revalidated copy after a 304, or a new body that
    // `accepted` (both kept on disk as HTTP allows), or else the stale copy.
    Outcome settle(HttpDiskCache &cache, const NetworkResult &result, const QDateTime &now,
        bool accepted) const;

    const QUrl &cacheUrl() const { return m_cacheUrl; }

private:
    QUrl m_cacheUrl;
    std::optional<HttpDiskCache::Entry> m_cached; // the stale copy being revalidated
};

} // namespace gig
