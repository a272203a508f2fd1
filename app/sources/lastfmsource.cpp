#include "app/sources/lastfmsource.h"

#include "app/net/requestqueue.h"
#include "app/sources/pagedfetch.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "models/services.h"

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Every page of one user's top artists: the first says how many follow.
class TopArtistsFetch final : public PagedFetch<LastFmTopArtists, LastFmTopArtists>
{
public:
    TopArtistsFetch(const Driver &driver, const LastFmSource *source, const QString &user)
        : PagedFetch(driver)
        , m_source(source)
        , m_user(user)
    { }

protected:
    QUrl pageUrl(const int &page) const override { return m_source->topArtistsUrl(m_user, page); }
    void mergePage(const int &page, const LastFmTopArtists &answer) override
    {
        m_pages.insert(page, answer.artists);
        if (page == 1) {
            m_result.total = answer.total;
            m_result.totalPages = answer.totalPages;
        }
    }
    QList<int> nextPages(const int &page, const LastFmTopArtists &answer) override
    {
        QList<int> next;
        if (page != 1)
            return next;
        const int last = std::min(answer.totalPages, LastFmSource::maxPages);
        if (answer.totalPages > LastFmSource::maxPages)
            qCInfo(lcSources) << "Last.fm:" << m_user << "has" << answer.total
                              << "artists; reading the first" << last * LastFmSource::pageSize;
        for (int number = 2; number <= last; ++number)
            next.append(number);
        return next;
    }
    void pageLost(const int &page, const QString &why) override
    {
        qCWarning(lcSources) << "Last.fm: page" << page << "of" << m_user << "was lost:" << why;
    }
    LastFmTopArtists result() override
    {
        for (const QList<LastFmArtist> &artists : std::as_const(m_pages))
            m_result.artists.append(artists); // QMap: in page order
        return std::move(m_result);
    }

private:
    const LastFmSource *m_source;
    QString m_user;
    QMap<int, QList<LastFmArtist>> m_pages;
    LastFmTopArtists m_result;
};

} // namespace

LastFmSource::LastFmSource(
    RequestQueue *queue, const QString &apiKey, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_apiKey(apiKey.trimmed())
    , m_baseUrl(baseUrl)
{
    m_queue->routePrefix(m_baseUrl, serviceSpec(Service::LastFm).laneName());
}

QUrl LastFmSource::defaultBaseUrl()
{
    return serviceSpec(Service::LastFm).baseUrl();
}

QUrl LastFmSource::topArtistsUrl(const QString &user, int page) const
{
    // The root takes the query itself: https://ws.audioscrobbler.com/2.0/?method=…
    return serviceUrl(m_baseUrl, u"",
        { { u"method"_s, u"user.gettopartists"_s }, { u"user"_s, user.trimmed() },
            { u"api_key"_s, m_apiKey }, { u"format"_s, u"json"_s }, { u"period"_s, u"overall"_s },
            { u"limit"_s, QString::number(pageSize) }, { u"page"_s, QString::number(page) } });
}

LastFmFetch *LastFmSource::topArtists(const QString &user)
{
    auto *reply = new LastFmFetch(this);
    if (user.trimmed().isEmpty() || m_apiKey.isEmpty()) {
        reply->fail(SourceError { SourceError::Kind::InvalidQuery,
            user.trimmed().isEmpty() ? u"no user name was given"_s : u"no API key was given"_s,
            0 });
        return reply;
    }
    TopArtistsFetch::Driver driver;
    driver.queue = m_queue;
    driver.reply = reply;
    driver.priority = RequestPriority::Interactive;
    driver.parse = &parseLastFmTopArtists;
    driver.serviceMessage = &lastFmErrorMessage;
    driver.lostPage = LostPage::Named;
    std::make_shared<TopArtistsFetch>(driver, this, user.trimmed())->start(1);
    return reply;
}

} // namespace gig
