#include "app/sources/songkicksource.h"

#include "app/net/requestqueue.h"
#include "app/sources/serviceurl.h"
#include "app/sources/songkickparser.h"
#include "app/sources/sourceslog.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

struct SongkickJob
{
    SongkickSource *source = nullptr;
    RequestQueue *queue = nullptr;
    EventFetch *reply = nullptr;
    EventQuery query;
    RequestPriority priority = RequestPriority::Background;
    SongkickSource::Config config;
    EventBatch batch;

    void fetchCalendar(const std::shared_ptr<SongkickJob> &self, int page);
    bool take(const NetworkResult &result, SongkickCalendarPage *page);
    void finishWhenDone();
};

void SongkickJob::fetchCalendar(const std::shared_ptr<SongkickJob> &self, int number)
{
    const QUrl url = source->calendarUrl(batch.metroArea, number);
    reply->send(queue, QNetworkRequest(url), priority, [self, number](const NetworkResult &result) {
        SongkickCalendarPage page;
        if (!self->take(result, &page))
            return;
        if (number == 1) {
            const qint64 perPage = qMax(1, page.perPage);
            const qint64 pages = (page.totalEntries + perPage - 1) / perPage;
            if (pages > self->config.maxPages) {
                qCWarning(lcSources) << "Songkick: metro area" << self->batch.metroArea << "has"
                                     << pages << "pages; reading" << self->config.maxPages;
                self->batch.complete = false;
            }
            for (int next = 2; next <= std::min<qint64>(pages, self->config.maxPages); ++next)
                self->fetchCalendar(self, next);
        }
        self->finishWhenDone();
    });
}

bool SongkickJob::take(const NetworkResult &result, SongkickCalendarPage *page)
{
    std::optional<SongkickCalendarPage> parsed =
        reply->take(result, &parseSongkickCalendar, &songkickErrorMessage);
    if (!parsed)
        return false;
    *page = std::move(*parsed);
    batch.merge(page->batch);
    return true;
}

void SongkickJob::finishWhenDone()
{
    if (reply->pendingCount() > 0 || reply->isFinished())
        return;
    const qsizetype before = batch.events.size();
    batch.retainEvents([this](const Event &event) {
        const QDate day = event.start.localDate();
        if (day < query.from || day > query.to)
            return false;
        if (!event.venue.coordinate.isValid())
            return true; // cannot tell; it is in the metro area
        return event.venue.coordinate.distanceTo(query.centre) <= query.radiusKm * 1000.0;
    });
    batch.sortByStart();
    qCDebug(lcSources) << "Songkick:" << batch.events.size() << "of" << before
                       << "gigs within the radius and dates," << batch.artists.size() << "artists in"
                       << reply->requestCount() << "requests";
    reply->finish(std::move(batch));
}

} // namespace

SongkickSource::SongkickSource(RequestQueue *queue, const Config &config, QObject *parent)
    : EventSource(parent)
    , m_queue(queue)
    , m_config(config)
{
    m_config.perPage = std::clamp(m_config.perPage, 1, 50);
    m_config.maxPages = std::max(1, m_config.maxPages);
    m_queue->routePrefix(m_config.baseUrl, laneName());
}

QUrl SongkickSource::defaultBaseUrl()
{
    return QUrl(u"https://api.songkick.com/api/3.0"_s);
}

QString SongkickSource::laneName()
{
    return u"api.songkick.com"_s;
}

QString SongkickSource::name() const
{
    return u"songkick"_s;
}

QUrl SongkickSource::locationUrl(const QGeoCoordinate &place) const
{
    const QString geo = u"geo:%1,%2"_s.arg(QString::number(place.latitude(), 'f', 6),
                                           QString::number(place.longitude(), 'f', 6));
    return serviceUrl(m_config.baseUrl, u"search/locations.json",
                      {{u"location"_s, geo}, {u"apikey"_s, m_config.apiKey}});
}

QUrl SongkickSource::calendarUrl(const QString &metroAreaId, int page) const
{
    return serviceUrl(m_config.baseUrl, u"metro_areas/%1/calendar.json"_s.arg(metroAreaId),
                      {{u"apikey"_s, m_config.apiKey},
                       {u"page"_s, QString::number(page)},
                       {u"per_page"_s, QString::number(m_config.perPage)}});
}

EventFetch *SongkickSource::fetchEvents(const EventQuery &query, RequestPriority priority)
{
    auto *reply = new EventFetch(this);
    QString problem = query.problem();
    if (problem.isEmpty() && m_config.apiKey.isEmpty())
        problem = u"no Songkick API key is set"_s;
    if (!problem.isEmpty()) {
        reply->fail(SourceError{SourceError::Kind::InvalidQuery, problem, 0});
        return reply;
    }
    auto job = std::make_shared<SongkickJob>();
    job->source = this;
    job->queue = m_queue;
    job->reply = reply;
    job->query = query;
    job->priority = priority;
    job->config = m_config;
    reply->send(m_queue, QNetworkRequest(locationUrl(query.centre)), priority,
                [job](const NetworkResult &result) {
                    const std::optional<QList<SongkickMetroArea>> areas =
                        job->reply->take(result, &parseSongkickLocations, &songkickErrorMessage);
                    if (!areas)
                        return;
                    if (areas->isEmpty()) {
                        qCInfo(lcSources) << "Songkick knows no metro area near" << job->query.centre;
                        job->finishWhenDone();
                        return;
                    }
                    job->batch.metroArea = areas->first().id;
                    job->fetchCalendar(job, 1);
                });
    return reply;
}

} // namespace gig
