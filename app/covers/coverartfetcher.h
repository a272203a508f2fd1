// Front covers of release groups from the Cover Art Archive
// ({root}/release-group/{mbid}/front-250, which redirects to the image), through the queue's
// polite lane and an HTTP disk cache.
#pragma once

#include "app/net/httpdiskcache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

namespace gig {

class QueuedReply;
class RequestQueue;

// A fresh cover on disk is answered without a request; a stale one is revalidated. A 404 means
// the release group has no cover: remembered for the session and never asked again. Any other
// failure (an error status, a timeout, bytes that are not an image) answers "none" for now and
// leaves the disk cache as it was; a stale copy on disk stands in when there is one.
class CoverArtFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverArtFetcher)

public:
    // `queue` is not owned. Covers are kept on disk under `cacheDirectory` (empty: the
    // application's cache location + "/covers").
    explicit CoverArtFetcher(
        RequestQueue *queue, const QString &cacheDirectory = QString(), QObject *parent = nullptr);

    // The service root, "https://coverartarchive.org" (or a mirror's, or the sandbox's).
    void setRoot(const QUrl &root) { m_root = root; }
    QUrl root() const { return m_root; }

    QUrl urlFor(const QString &releaseGroupMbid) const;

    // Answers with coverReady() or coverMissing(), never at once (after this call returns).
    void fetch(const QString &releaseGroupMbid);

signals:
    void coverReady(const QString &releaseGroupMbid, const QByteArray &image);
    void coverMissing(const QString &releaseGroupMbid);

private:
    void answerSoon(const QString &releaseGroupMbid, const QByteArray &image);

    RequestQueue *m_queue;
    HttpDiskCache m_cache;
    QUrl m_root;
    QSet<QString> m_noCover; // release groups the archive answered 404 for
    QHash<QString, QPointer<QueuedReply>> m_inFlight;
};

} // namespace gig
