#include "app/sources/ticketmastersource.h"

#include "app/net/requestqueue.h"
#include "app/sources/eventpages.h"
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

// One page of the gigs between two UTC instants; page 0 starts the range.
struct RangePage
{
    QDateTime start;
    QDateTime end;
    int number = 0;
    int pages = 0; // 0: not known yet
};

// One fetch: the ranges still being read and what they found. A range with more gigs than the
// deep-paging limit lets one range read is split in two, each read on its own.
class TicketmasterFetch final : public EventPages<TicketmasterPage, RangePage>
{
public:
    TicketmasterFetch(const Driver &driver, const TicketmasterSource *source,
        const EventQuery &query, const TicketmasterSource::Config &config)
        : EventPages(driver, u"Ticketmaster"_s)
        , m_source(source)
        , m_query(query)
        , m_config(config)
    { }

protected:
    QUrl pageUrl(const RangePage &key) const override
    {
        return m_source->pageUrl(m_query, key.start, key.end, key.number);
    }

    // "page 2 of 5 of the gigs from 2027-01-01 to 2027-01-15" (pages 0: not known yet).
    QString pageName(const RangePage &key) const override
    {
        const QString range = u"the gigs from %1 to %2"_s.arg(
            key.start.date().toString(Qt::ISODate), key.end.date().toString(Qt::ISODate));
        return key.pages > 0
            ? u"page %1 of %2 of %3"_s.arg(key.number + 1).arg(key.pages).arg(range)
            : u"the first page of %1"_s.arg(range);
    }

    // Only the start of a range counts: a range once begun is read to its end.
    bool countsAgainstCap(const RangePage &key) const override { return key.number == 0; }

    void capReached(const RangePage &) override
    {
        qCWarning(lcSources) << "Ticketmaster: stopped after" << reply()->requestCount()
                             << "requests; the gig list is incomplete";
        m_batch.complete = false;
    }

    QList<RangePage> nextPages(const RangePage &key, const TicketmasterPage &page) override
    {
        if (key.number != 0)
            return {};
        const int reachable = m_source->reachablePages();
        const qint64 reachableElements = qint64(reachable) * qMax(1, page.size);
        const qint64 seconds = key.start.secsTo(key.end);
        if (page.totalElements > reachableElements && seconds > m_config.smallestSplit.count()) {
            // Too many gigs for one range: read both halves instead, each within the limit.
            const QDateTime middle = key.start.addSecs(seconds / 2);
            qCDebug(lcSources) << "Ticketmaster: splitting" << key.start << key.end << "with"
                               << page.totalElements << "gigs at" << middle;
            return { RangePage { key.start, middle }, RangePage { middle.addSecs(1), key.end } };
        }
        if (page.totalElements > reachableElements) {
            qCWarning(lcSources) << "Ticketmaster:" << page.totalElements << "gigs between"
                                 << key.start << "and" << key.end << "but only" << reachableElements
                                 << "can be read; the gig list is incomplete";
            m_batch.complete = false;
        }
        const int pages = std::min(page.totalPages, reachable);
        QList<RangePage> next;
        for (int number = 1; number < pages; ++number)
            next.append(RangePage { key.start, key.end, number, pages });
        return next;
    }

private:
    const TicketmasterSource *m_source;
    EventQuery m_query;
    TicketmasterSource::Config m_config;
};

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
    if (!canAsk(reply, query, Service::Ticketmaster, m_config.apiKey))
        return reply;
    const TicketmasterFetch::Driver driver { m_queue, reply, priority, &parseTicketmasterEvents,
        &ticketmasterErrorMessage, LostPage::Named, m_config.maxRequests };
    const auto fetch = std::make_shared<TicketmasterFetch>(driver, this, query, m_config);
    fetch->start(RangePage { QDateTime(query.from, QTime(0, 0), Qt::UTC),
        QDateTime(query.to, QTime(23, 59, 59), Qt::UTC) });
    return reply;
}

} // namespace gig
