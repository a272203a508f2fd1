// Asks ListenBrainz for a user's most listened artists (public statistics, no token), through
// the ListenBrainz lane of the request queue.
#pragma once

#include "app/sources/listenbrainzparser.h"
#include "app/sources/sourcereply.h"

#include <QObject>
#include <QUrl>

namespace gig {

class RequestQueue;

using ListenBrainzFetch = SourceResult<ListenBrainzTopArtists>;

class ListenBrainzSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenBrainzSource)

public:
    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static constexpr int maxCount = 100; // the most one answer holds

    // Routes `baseUrl` into the ListenBrainz lane of `queue`.
    ListenBrainzSource(
        RequestQueue *queue, const QUrl &baseUrl = defaultBaseUrl(), QObject *parent = nullptr);

    // All-time top artists of `user`, up to `count` (at most maxCount). The reply is parented
    // to the source, emits finished() once and deletes itself. An unknown user fails with a
    // ServiceError of HTTP status 404; a user without statistics succeeds with noStatistics.
    ListenBrainzFetch *topArtists(const QString &user, int count = maxCount);

    QUrl topArtistsUrl(const QString &user, int count) const;

private:
    RequestQueue *m_queue;
    QUrl m_baseUrl;
};

} // namespace gig
