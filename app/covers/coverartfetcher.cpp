#include "app/covers/coverartfetcher.h"

#include "app/net/cachedfetch.h"
#include "app/net/netlogging.h"
#include "app/net/requestqueue.h"
#include "models/services.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace gig {

CoverArtFetcher::CoverArtFetcher(
    RequestQueue *queue, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_cache(cacheDirectory.isEmpty() ? HttpDiskCache::folderFor(u"covers"_s) : cacheDirectory)
    , m_root(serviceSpec(Service::CoverArtArchive).baseUrl())
{
    Q_ASSERT(queue);
}

QUrl CoverArtFetcher::urlFor(const QString &releaseGroupMbid) const
{
    QUrl url = m_root;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/release-group/"_s + releaseGroupMbid + u"/front-250"_s);
    return url;
}

void CoverArtFetcher::answerSoon(const QString &releaseGroupMbid, const QByteArray &image)
{
    QTimer::singleShot(0, this, [this, releaseGroupMbid, image] {
        if (image.isEmpty())
            emit coverMissing(releaseGroupMbid);
        else
            emit coverReady(releaseGroupMbid, image);
    });
}

void CoverArtFetcher::fetch(const QString &releaseGroupMbid)
{
    if (releaseGroupMbid.isEmpty() || m_noCover.contains(releaseGroupMbid)) {
        answerSoon(releaseGroupMbid, {});
        return;
    }
    if (m_inFlight.value(releaseGroupMbid))
        return; // its answer is on the way
    const QUrl url = urlFor(releaseGroupMbid);
    if (const auto fresh = CachedFetch::freshCopy(m_cache, url, m_queue->clock().systemNow())) {
        answerSoon(releaseGroupMbid, *fresh);
        return;
    }
    QNetworkRequest request(url); // the queue follows the redirect to the image (https only)
    const CachedFetch cached(m_cache, url, &request);
    QueuedReply *reply = m_queue->get(request, RequestPriority::Interactive);
    m_inFlight.insert(releaseGroupMbid, reply);
    connect(reply, &QueuedReply::finished, this, [this, releaseGroupMbid, reply, cached] {
        m_inFlight.remove(releaseGroupMbid);
        const NetworkResult result = reply->result();
        if (result.status == 404) {
            m_noCover.insert(releaseGroupMbid);
            emit coverMissing(releaseGroupMbid);
            return;
        }
        const CachedFetch::Outcome shown
            = cached.settle(m_cache, result, m_queue->clock().systemNow(), isImageAnswer(result));
        if (!shown.body) {
            qCInfo(lcNet).noquote() << "no cover for release group" << releaseGroupMbid
                                    << "for now:" << result.status << result.errorString;
            emit coverMissing(releaseGroupMbid);
            return;
        }
        emit coverReady(releaseGroupMbid, *shown.body);
    });
}

} // namespace gig
