#include "app/sources/ticketmastersource.h"

#include "app/net/requestqueue.h"
#include "app/sources/geohash.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "app/sources/ticketmasterparser.h"

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

QString ticketmasterTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

// One fetch: the ranges still being read and what they found.
struct TicketmasterJob
{
    TicketmasterSource *source = nullptr;
    RequestQueue *queue = nullptr;
    EventFetch *reply = nullptr;
    EventQuery query;
    RequestPriority priority = RequestPriority::Background;
    TicketmasterSource::Config config;
    EventBatch batch;

    void fetchRange(const std::shared_ptr<TicketmasterJob> &self, const QDateTime &start,
                    const QDateTime &end);
    void fetchPage(const std::shared_ptr<TicketmasterJob> &self, const QDateTime &start,
                   const QDateTime &end, int page);
    // Takes a page's answer; false when the fetch ended with an error.
    bool take(const NetworkResult &result, TicketmasterPage *page);
    void finishWhenDone();
};

void TicketmasterJob::fetchRange(const std::shared_ptr<TicketmasterJob> &self,
                                 const QDateTime &start, const QDateTime &end)
{
    if (reply->requestCount() >= config.maxRequests) {
        qCWarning(lcSources) << "Ticketmaster: stopped after" << reply->requestCount()
                             << "requests; the gig list is incomplete";
        batch.complete = false;
        return;
    }
    const QUrl url = source->pageUrl(query, start, end, 0);
    reply->send(queue, QNetworkRequest(url), priority, [self, start, end](const NetworkResult &result) {
        TicketmasterPage page;
        if (!self->take(result, &page))
            return;
        const int reachable = self->source->reachablePages();
        const qint64 reachableElements = qint64(reachable) * qMax(1, page.size);
        const qint64 seconds = start.secsTo(end);
        if (page.totalElements > reachableElements && seconds > self->config.smallestSplit.count()) {
            // Too many gigs for one range: read both halves instead, each within the limit.
            const QDateTime middle = start.addSecs(seconds / 2);
            qCDebug(lcSources) << "Ticketmaster: splitting" << start << end << "with"
                               << page.totalElements << "gigs at" << middle;
            self->fetchRange(self, start, middle);
            self->fetchRange(self, middle.addSecs(1), end);
        } else {
            if (page.totalElements > reachableElements) {
                qCWarning(lcSources) << "Ticketmaster:" << page.totalElements << "gigs between"
                                     << start << "and" << end << "but only" << reachableElements
                                     << "can be read; the gig list is incomplete";
                self->batch.complete = false;
            }
            const int pages = std::min(page.totalPages, reachable);
            for (int number = 1; number < pages; ++number)
                self->fetchPage(self, start, end, number);
        }
        self->finishWhenDone();
    });
}

void TicketmasterJob::fetchPage(const std::shared_ptr<TicketmasterJob> &self,
                                const QDateTime &start, const QDateTime &end, int number)
{
    const QUrl url = source->pageUrl(query, start, end, number);
    reply->send(queue, QNetworkRequest(url), priority, [self](const NetworkResult &result) {
        TicketmasterPage page;
        if (self->take(result, &page))
            self->finishWhenDone();
    });
}

bool TicketmasterJob::take(const NetworkResult &result, TicketmasterPage *page)
{
    std::optional<TicketmasterPage> parsed =
        reply->take(result, &parseTicketmasterEvents, &ticketmasterErrorMessage);
    if (!parsed)
        return false;
    *page = std::move(*parsed);
    batch.merge(page->batch);
    return true;
}

void TicketmasterJob::finishWhenDone()
{
    if (reply->pendingCount() > 0 || reply->isFinished())
        return;
    batch.sortByStart();
    qCDebug(lcSources) << "Ticketmaster:" << batch.events.size() << "gigs," << batch.artists.size()
                       << "artists in" << reply->requestCount() << "requests";
    reply->finish(std::move(batch));
}

} // namespace

TicketmasterSource::TicketmasterSource(RequestQueue *queue, const Config &config, QObject *parent)
    : EventSource(parent)
    , m_queue(queue)
    , m_config(config)
{
    m_config.pageSize = std::clamp(m_config.pageSize, 1, 200);
    m_config.deepPagingLimit = std::max(m_config.deepPagingLimit, m_config.pageSize);
    m_queue->routePrefix(m_config.baseUrl, laneName());
}

QUrl TicketmasterSource::defaultBaseUrl()
{
    return QUrl(u"https://app.ticketmaster.com/discovery/v2"_s);
}

QString TicketmasterSource::laneName()
{
    return u"app.ticketmaster.com"_s;
}

QString TicketmasterSource::name() const
{
    return u"ticketmaster"_s;
}

int TicketmasterSource::reachablePages() const
{
    // Pages p from 0 with size * p < limit.
    return (m_config.deepPagingLimit + m_config.pageSize - 1) / m_config.pageSize;
}

QUrl TicketmasterSource::pageUrl(const EventQuery &query, const QDateTime &start,
                                 const QDateTime &end, int page) const
{
    const QGeoCoordinate &centre = query.centre;
    const int precision = Geohash::precisionForRadius(query.radiusKm);
    return serviceUrl(m_config.baseUrl, u"events.json",
                      {{u"apikey"_s, m_config.apiKey},
                       {u"geoPoint"_s, Geohash::encode(centre.latitude(), centre.longitude(), precision)},
                       {u"radius"_s, QString::number(std::ceil(query.radiusKm), 'f', 0)},
                       {u"unit"_s, u"km"_s},
                       {u"classificationName"_s, u"music"_s},
                       {u"startDateTime"_s, ticketmasterTime(start)},
                       {u"endDateTime"_s, ticketmasterTime(end)},
                       {u"size"_s, QString::number(m_config.pageSize)},
                       {u"page"_s, QString::number(page)},
                       {u"sort"_s, u"date,asc"_s}});
}

EventFetch *TicketmasterSource::fetchEvents(const EventQuery &query, RequestPriority priority)
{
    auto *reply = new EventFetch(this);
    QString problem = query.problem();
    if (problem.isEmpty() && m_config.apiKey.isEmpty())
        problem = u"no Ticketmaster API key is set"_s;
    if (!problem.isEmpty()) {
        reply->fail(SourceError{SourceError::Kind::InvalidQuery, problem, 0});
        return reply;
    }
    auto job = std::make_shared<TicketmasterJob>();
    job->source = this;
    job->queue = m_queue;
    job->reply = reply;
    job->query = query;
    job->priority = priority;
    job->config = m_config;
    const QDateTime start(query.from, QTime(0, 0), Qt::UTC);
    const QDateTime end(query.to, QTime(23, 59, 59), Qt::UTC);
    job->fetchRange(job, start, end);
    return reply;
}

} // namespace gig
