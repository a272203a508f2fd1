#include "app/net/cachedfetch.h"

namespace gig {

bool isImageAnswer(const NetworkResult &result)
{
    const QByteArray type = result.header("Content-Type").trimmed().toLower();
    if (!type.isEmpty() && !type.startsWith("image/"))
        return false;
    const QByteArray &bytes = result.body;
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff")
        || bytes.startsWith("GIF8") || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

CachedFetch::CachedFetch(const HttpDiskCache &cache, const QUrl &cacheUrl, QNetworkRequest *request)
    : m_cacheUrl(cacheUrl)
    , m_cached(cache.find(cacheUrl))
{
    if (!m_cached)
        return;
    if (!m_cached->etag.isEmpty())
        request->setRawHeader("If-None-Match", m_cached->etag);
    if (!m_cached->lastModified.isEmpty())
        request->setRawHeader("If-Modified-Since", m_cached->lastModified);
    if (m_cached->etag.isEmpty() && m_cached->lastModified.isEmpty())
        m_cached.reset(); // nothing to revalidate with: fetch it anew
}

std::optional<QByteArray> CachedFetch::freshCopy(
    const HttpDiskCache &cache, const QUrl &cacheUrl, const QDateTime &now)
{
    const auto cached = cache.find(cacheUrl);
    if (cached && cached->isFresh(now))
        return cached->body;
    return std::nullopt;
}

CachedFetch::Outcome CachedFetch::settle(
    HttpDiskCache &cache, const NetworkResult &result, const QDateTime &now, bool accepted) const
{
    if (result.status == 304 && m_cached) {
        HttpDiskCache::Entry entry = *m_cached;
        if (const auto expires = HttpDiskCache::expiryFrom(result.headers, now)) {
            entry.expires = *expires;
            const QByteArray etag = result.header("ETag");
            if (!etag.isEmpty())
                entry.etag = etag;
            cache.store(m_cacheUrl, entry);
        } else {
            cache.remove(m_cacheUrl);
        }
        return { entry.body, false };
    }
    if (result.ok() && accepted) {
        if (const auto expires = HttpDiskCache::expiryFrom(result.headers, now)) {
            cache.store(m_cacheUrl,
                HttpDiskCache::Entry {
                    result.body, result.header("ETag"), result.header("Last-Modified"), *expires });
        }
        return { result.body, false };
    }
    if (m_cached)
        return { m_cached->body, true };
    return {};
}

} // namespace gig
