#include "app/sources/listenbrainzsource.h"

#include "app/net/requestqueue.h"
#include "app/sources/serviceurl.h"
#include "models/services.h"

using namespace Qt::StringLiterals;

namespace gig {

ListenBrainzSource::ListenBrainzSource(RequestQueue *queue, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_baseUrl(baseUrl)
{
    m_queue->routePrefix(m_baseUrl, serviceSpec(Service::ListenBrainz).laneName());
}

QUrl ListenBrainzSource::defaultBaseUrl()
{
    return serviceSpec(Service::ListenBrainz).baseUrl();
}

QUrl ListenBrainzSource::topArtistsUrl(const QString &user, int count) const
{
    QUrl url = serviceUrl(m_baseUrl, u"1/stats/user/artists",
        { { u"range"_s, u"all_time"_s },
            { u"count"_s, QString::number(std::clamp(count, 1, maxCount)) } });
    // The name as one path segment, encoded by hand: a "/" or "%" in it stays part of the name.
    QString path = m_baseUrl.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    path += u"1/stats/user/"_s + QString::fromLatin1(QUrl::toPercentEncoding(user.trimmed()))
        + u"/artists"_s;
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

ListenBrainzFetch *ListenBrainzSource::topArtists(const QString &user, int count)
{
    auto *reply = new ListenBrainzFetch(this);
    if (user.trimmed().isEmpty()) {
        reply->fail(
            SourceError { SourceError::Kind::InvalidQuery, u"no user name was given"_s, 0 });
        return reply;
    }
    reply->send(m_queue, QNetworkRequest(topArtistsUrl(user, count)), RequestPriority::Interactive,
        [reply](const NetworkResult &result) {
            if (result.ok() && result.status == 204) {
                ListenBrainzTopArtists none;
                none.noStatistics = true;
                reply->finish(none);
                return;
            }
            if (std::optional<ListenBrainzTopArtists> artists
                = reply->take(result, &parseListenBrainzTopArtists, &listenBrainzErrorMessage)) {
                reply->finish(std::move(*artists));
            }
        });
    return reply;
}

} // namespace gig
