#include "app/net/etagcache.h"

#include "app/net/networkresult.h"
#include "app/net/redaction.h"

#include <QNetworkDiskCache>
#include <memory>

namespace gig {

namespace {

// The disk cache's key for a URL: the URL with its secrets redacted, because the cache files
// hold their URL and must never keep an API key. An answer does not depend on whose key asked.
QUrl diskCacheKey(const QUrl &url)
{
    return QUrl::fromEncoded(redactedUrl(url).toLatin1());
}

} // namespace

EtagCache::EtagCache(QObject *parent)
    : m_parent(parent)
{ }

EtagCache::~EtagCache() = default;

void EtagCache::setDirectory(const QString &path)
{
    delete m_cache;
    m_cache = nullptr;
    if (path.isEmpty())
        return;
    m_cache = new QNetworkDiskCache(m_parent);
    m_cache->setCacheDirectory(path);
    m_cache->setMaximumCacheSize(200 * 1024 * 1024);
}

QByteArray EtagCache::etag(const QUrl &url) const
{
    if (!m_cache)
        return {};
    const QNetworkCacheMetaData meta = m_cache->metaData(diskCacheKey(url));
    if (!meta.isValid())
        return {};
    const auto headers = meta.rawHeaders();
    for (const auto &[name, value] : headers) {
        if (name.compare("ETag", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool EtagCache::load(const QUrl &url, NetworkResult &result) const
{
    if (!m_cache)
        return false;
    const QUrl key = diskCacheKey(url);
    const QNetworkCacheMetaData meta = m_cache->metaData(key);
    std::unique_ptr<QIODevice> data(m_cache->data(key));
    if (!meta.isValid() || !data)
        return false;
    result.body = data->readAll();
    result.headers = meta.rawHeaders();
    result.status = meta.attributes().value(QNetworkRequest::HttpStatusCodeAttribute, 200).toInt();
    result.error = NetworkError::None;
    result.errorString.clear();
    result.fromCache = true;
    return true;
}

void EtagCache::store(const QUrl &url, const NetworkResult &result)
{
    if (!m_cache || result.header("ETag").isEmpty()
        || result.header("Cache-Control").toLower().contains("no-store"))
        return;
    QNetworkCacheMetaData meta;
    meta.setUrl(diskCacheKey(url));
    meta.setRawHeaders(result.headers);
    meta.setSaveToDisk(true);
    meta.setAttributes({ { QNetworkRequest::HttpStatusCodeAttribute, result.status } });
    QIODevice *device = m_cache->prepare(meta);
    if (!device)
        return;
    device->write(result.body);
    m_cache->insert(device);
}

} // namespace gig
