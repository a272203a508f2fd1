#include "app/sources/seatgeeksource.h"

#include "app/net/requestqueue.h"
#include "app/sources/eventpages.h"
#include "app/sources/seatgeekparser.h"
#include "app/sources/serviceurl.h"
#include "app/sources/sourceslog.h"
#include "models/services.h"

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// One fetch: page 1, then the pages its meta.total says follow, up to the request cap.
class SeatGeekFetch final : public EventPages<SeatGeekPage>
{
public:
    SeatGeekFetch(const Driver &driver, const SeatGeekSource *source, const EventQuery &query,
        const SeatGeekSource::Config &config)
        : EventPages(driver, u"SeatGeek"_s)
        , m_source(source)
        , m_query(query)
        , m_config(config)
    { }

protected:
    QUrl pageUrl(const int &page) const override { return m_source->pageUrl(m_query, page); }

    // "page 2 of 7 of the gigs" (of 0 while page 1 has not told how many there are).
    QString pageName(const int &page) const override
    {
        return u"page %1 of %2 of the gigs"_s.arg(page).arg(m_pages);
    }

    QList<int> nextPages(const int &page, const SeatGeekPage &read) override
    {
        if (page != 1)
            return {};
        // The answer's per_page, else the one asked for.
        const qint64 perPage = read.perPage > 0 ? read.perPage : m_config.perPage;
        m_pages = int(std::min<qint64>((read.total + perPage - 1) / perPage, 1'000'000));
        if (m_pages > m_config.maxRequests) {
            qCWarning(lcSources) << "SeatGeek:" << read.total << "gigs on" << m_pages
                                 << "pages; reading" << m_config.maxRequests;
            m_batch.complete = false;
        }
        QList<int> next;
        for (int later = 2; later <= std::min(m_pages, m_config.maxRequests); ++later)
            next.append(later);
        return next;
    }

    void capReached(const int &) override
    {
        if (!m_batch.complete)
            return; // said once
        qCWarning(lcSources) << "SeatGeek: stopped after" << reply()->requestCount() << "of"
                             << m_pages << "pages; the gig list is incomplete";
        m_batch.complete = false;
    }

private:
    const SeatGeekSource *m_source;
    EventQuery m_query;
    SeatGeekSource::Config m_config;
    int m_pages = 0;
};

// "2026-12-01T00:00:00": SeatGeek's date-time filters take the full form, without an offset.
QString seatGeekTime(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

} // namespace

SeatGeekSource::SeatGeekSource(RequestQueue *queue, const Config &config, QObject *parent)
    : EventSource(parent)
    , m_queue(queue)
    , m_config(config)
{
    m_config.perPage = std::clamp(m_config.perPage, 1, 100);
    m_config.maxRequests = std::max(1, m_config.maxRequests);
    m_queue->routePrefix(m_config.baseUrl, laneName());
}

QUrl SeatGeekSource::defaultBaseUrl()
{
    return serviceSpec(Service::SeatGeek).baseUrl();
}

QString SeatGeekSource::laneName()
{
    return serviceSpec(Service::SeatGeek).laneName();
}

QString SeatGeekSource::name() const
{
    return serviceSpec(Service::SeatGeek).id;
}

QString SeatGeekSource::displayName() const
{
    return serviceSpec(Service::SeatGeek).displayName;
}

QUrl SeatGeekSource::pageUrl(const EventQuery &query, int page) const
{
    // The query's days are the gigs' local days: the local date-time filter keeps a gig at
    // 20:00 on the last day in UTC-7, which a UTC filter would lose. A gig without a time sits
    // at 03:30 on its day, inside the range.
    return serviceUrl(m_config.baseUrl, u"events",
        { { u"client_id"_s, m_config.clientId },
            { u"lat"_s, QString::number(query.centre.latitude(), 'f', 6) },
            { u"lon"_s, QString::number(query.centre.longitude(), 'f', 6) },
            { u"range"_s, QString::number(std::ceil(query.radiusKm), 'f', 0) + u"km"_s },
            { u"taxonomies.name"_s, u"concert"_s },
            { u"datetime_local.gte"_s, seatGeekTime(query.from, QTime(0, 0)) },
            { u"datetime_local.lte"_s, seatGeekTime(query.to, QTime(23, 59, 59)) },
            // A unique key keeps the order of the pages, asked at once, the same in each.
            { u"sort"_s, u"id.asc"_s }, { u"per_page"_s, QString::number(m_config.perPage) },
            { u"page"_s, QString::number(page) } });
}

EventFetch *SeatGeekSource::fetchEvents(const EventQuery &query, RequestPriority priority)
{
    auto *reply = new EventFetch(this);
    if (!canAsk(reply, query, Service::SeatGeek, m_config.clientId))
        return reply;
    const SeatGeekFetch::Driver driver { m_queue, reply, priority, &parseSeatGeekEvents,
        &seatGeekErrorMessage, LostPage::Named, m_config.maxRequests };
    std::make_shared<SeatGeekFetch>(driver, this, query, m_config)->start(1);
    return reply;
}

} // namespace gig
