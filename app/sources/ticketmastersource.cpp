#include "app/sources/ticketmastersource.h"

#include "app/net/requestqueue.h"
#include "app/sources/geohash.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "app/sources/ticketmasterparser.h"
#include "models/services.h"

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

    // `first`: the fetch's first request, whose failure fails the fetch; any later page that
    // cannot be read is asked again, then left out and named in batch.missingPages.
    void fetchRange(const std::shared_ptr<TicketmasterJob> &self, const QDateTime &start,
        const QDateTime &end, bool first = false);
    void readRangeStart(const std::shared_ptr<TicketmasterJob> &self, const QDateTime &start,
        const QDateTime &end, const TicketmasterPage &page);
    void fetchPage(const std::shared_ptr<TicketmasterJob> &self, const QUrl &url,
        const QString &what, std::function<void(const TicketmasterPage &)> use = {});
    // Takes a page's answer; false when the fetch ended with an error.
    bool take(const NetworkResult &result, TicketmasterPage *page);
    void finishWhenDone();
};

// "page 2 of 5 of the gigs from 2027-01-01 to 2027-01-15" (pages 0: not known yet).
QString pageName(int number, int pages, const QDateTime &start, const QDateTime &end)
{
    const QString range = u"the gigs from %1 to %2"_s.arg(
        start.date().toString(Qt::ISODate), end.date().toString(Qt::ISODate));
    return pages > 0 ? u"page %1 of %2 of %3"_s.arg(number + 1).arg(pages).arg(range)
                     : u"the first page of %1"_s.arg(range);
}

void TicketmasterJob::fetchRange(const std::shared_ptr<TicketmasterJob> &self,
    const QDateTime &start, const QDateTime &end, bool first)
{
    if (reply->requestCount() >= config.maxRequests) {
        qCWarning(lcSources) << "Ticketmaster: stopped after" << reply->requestCount()
                             << "requests; the gig list is incomplete";
        batch.complete = false;
        return;
    }
    const QUrl url = source->pageUrl(query, start, end, 0);
    if (!first) {
        fetchPage(self, url, pageName(0, 0, start, end),
            [self, start, end](
                const TicketmasterPage &page) { self->readRangeStart(self, start, end, page); });
        return;
    }
    reply->send(
        queue, QNetworkRequest(url), priority, [self, start, end](const NetworkResult &result) {
            TicketmasterPage page;
            if (!self->take(result, &page))
                return;
            self->readRangeStart(self, start, end, page);
            self->finishWhenDone();
        });
}

void TicketmasterJob::readRangeStart(const std::shared_ptr<TicketmasterJob> &self,
    const QDateTime &start, const QDateTime &end, const TicketmasterPage &page)
{
    const int reachable = source->reachablePages();
    const qint64 reachableElements = qint64(reachable) * qMax(1, page.size);
    const qint64 seconds = start.secsTo(end);
    if (page.totalElements > reachableElements && seconds > config.smallestSplit.count()) {
        // Too many gigs for one range: read both halves instead, each within the limit.
        const QDateTime middle = start.addSecs(seconds / 2);
        qCDebug(lcSources) << "Ticketmaster: splitting" << start << end << "with"
                           << page.totalElements << "gigs at" << middle;
        fetchRange(self, start, middle);
        fetchRange(self, middle.addSecs(1), end);
        return;
    }
    if (page.totalElements > reachableElements) {
        qCWarning(lcSources) << "Ticketmaster:" << page.totalElements << "gigs between" << start
                             << "and" << end << "but only" << reachableElements
                             << "can be read; the gig list is incomplete";
        batch.complete = false;
    }
    const int pages = std::min(page.totalPages, reachable);
    for (int number = 1; number < pages; ++number)
        fetchPage(
            self, source->pageUrl(query, start, end, number), pageName(number, pages, start, end));
}

void TicketmasterJob::fetchPage(const std::shared_ptr<TicketmasterJob> &self, const QUrl &url,
    const QString &what, std::function<void(const TicketmasterPage &)> use)
{
    reply->sendPage(
        queue, QNetworkRequest(url), priority,
        [self, use = std::move(use)](const NetworkResult &result) -> std::optional<SourceError> {
            SourceError error;
            std::optional<TicketmasterPage> page
                = parseAnswer(result, &parseTicketmasterEvents, &ticketmasterErrorMessage, &error);
            if (!page)
                return error;
            self->batch.merge(page->batch);
            if (use)
                use(*page);
            self->finishWhenDone();
            return std::nullopt;
        },
        [self, what](const SourceError &error) {
            self->batch.missingPages.append(what + u" ("_s + toString(error) + u')');
            self->finishWhenDone();
        });
}

bool TicketmasterJob::take(const NetworkResult &result, TicketmasterPage *page)
{
    std::optional<TicketmasterPage> parsed
        = reply->take(result, &parseTicketmasterEvents, &ticketmasterErrorMessage);
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
                       << "artists in" << reply->requestCount() << "requests;"
                       << batch.missingPages.size() << "pages lost";
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
    return serviceSpec(Service::Ticketmaster).baseUrl();
}

QString TicketmasterSource::laneName()
{
    return serviceSpec(Service::Ticketmaster).laneName();
}

QString TicketmasterSource::name() const
{
    return serviceSpec(Service::Ticketmaster).id;
}

QString TicketmasterSource::displayName() const
{
    return u"Ticketmaster"_s;
}

int TicketmasterSource::reachablePages() const
{
    // Pages p from 0 with size * p < limit.
    return (m_config.deepPagingLimit + m_config.pageSize - 1) / m_config.pageSize;
}

QUrl TicketmasterSource::pageUrl(
    const EventQuery &query, const QDateTime &start, const QDateTime &end, int page) const
{
    const QGeoCoordinate &centre = query.centre;
    const int precision = Geohash::precisionForRadius(query.radiusKm);
    return serviceUrl(m_config.baseUrl, u"events.json",
        { { u"apikey"_s, m_config.apiKey },
            { u"geoPoint"_s, Geohash::encode(centre.latitude(), centre.longitude(), precision) },
            { u"radius"_s, QString::number(std::ceil(query.radiusKm), 'f', 0) },
            { u"unit"_s, u"km"_s }, { u"classificationName"_s, u"music"_s },
            { u"startDateTime"_s, ticketmasterTime(start) },
            { u"endDateTime"_s, ticketmasterTime(end) },
            { u"size"_s, QString::number(m_config.pageSize) }, { u"page"_s, QString::number(page) },
            { u"sort"_s, u"date,asc"_s } });
}

EventFetch *TicketmasterSource::fetchEvents(const EventQuery &query, RequestPriority priority)
{
    auto *reply = new EventFetch(this);
    QString problem = query.problem();
    if (problem.isEmpty() && m_config.apiKey.isEmpty())
        problem = u"no Ticketmaster API key is set"_s;
    if (!problem.isEmpty()) {
        reply->fail(SourceError { SourceError::Kind::InvalidQuery, problem, 0 });
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
    job->fetchRange(job, start, end, true);
    return reply;
}

} // namespace gig
