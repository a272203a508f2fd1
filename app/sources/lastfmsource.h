// Asks Last.fm for a user's top artists (user.getTopArtists, all time), page by page through
// the Last.fm lane of the request queue; the user's API key goes with every request.
#pragma once

#include "app/sources/lastfmparser.h"
#include "app/sources/sourcereply.h"

#include <QObject>
#include <QUrl>

namespace gig {

class RequestQueue;

using LastFmFetch = SourceResult<LastFmTopArtists>;

class LastFmSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastFmSource)

public:
    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static constexpr int pageSize = 200; // artists a page (Last.fm allows up to 1000)
    static constexpr int maxPages = 5; // the first 1,000 artists are plenty

    // Routes `baseUrl` into the Last.fm lane of `queue`.
    LastFmSource(RequestQueue *queue, const QString &apiKey, const QUrl &baseUrl = defaultBaseUrl(),
        QObject *parent = nullptr);

    // The top artists of `user` over every page (up to maxPages), most played first. The reply
    // is parented to the source, emits finished() once and deletes itself. An unknown user
    // fails with a ServiceError of HTTP status 404; a later page that cannot be read is left out.
    LastFmFetch *topArtists(const QString &user);

    QUrl topArtistsUrl(const QString &user, int page) const;

private:
    RequestQueue *m_queue;
    QString m_apiKey;
    QUrl m_baseUrl;
};

} // namespace gig
