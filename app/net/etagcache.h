// RequestQueue's disk cache of answers with an ETag, for If-None-Match revalidation.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkDiskCache;
class QObject;

namespace gig {

struct NetworkResult;

class EtagCache
{
    Q_DISABLE_COPY_MOVE(EtagCache)

public:
    // The cache's files live under `parent`'s ownership; no folder turns the cache off.
    explicit EtagCache(QObject *parent);
    ~EtagCache();

    // Where answers are kept; empty turns revalidation off.
    void setDirectory(const QString &path);
    bool isEnabled() const { return m_cache != nullptr; }

    // The ETag kept for `url`, empty when none.
    QByteArray etag(const QUrl &url) const;
    // Fills `result` with the kept answer as a 200 from the cache; false when none is kept.
    bool load(const QUrl &url, NetworkResult &result) const;
    // Keeps a 200 that has an ETag and does not say no-store.
    void store(const QUrl &url, const NetworkResult &result);

private:
    QObject *m_parent;
    QNetworkDiskCache *m_cache = nullptr; // owned by m_parent; not attached to any manager
};

} // namespace gig
