#include "app/sources/songkicksource.h"

#include "app/net/requestqueue.h"
#include "app/sources/eventpages.h"
#include "app/sources/serviceurl.h"
#include "app/sources/songkickparser.h"
#include "app/sources/sourceslog.h"
#include "models/services.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QPointer>
#include <memory>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// One place's fetch: its metro area, then that area's calendar, read by this fetch or shared
// with the other places of the area (SongkickCalendarShare).
class SongkickFetch final : public EventPages<SongkickCalendarPage>
{
public:
    SongkickFetch(const Driver &driver, SongkickSource *source, const EventQuery &query,
        const SongkickSource::Config &config, std::weak_ptr<SongkickCalendarShare> share)
        : EventPages(driver, u"Songkick"_s)
        , m_source(source)
        , m_query(query)
        , m_config(config)
        , m_share(std::move(share))
    { }

    void findMetroArea(RequestQueue *queue, RequestPriority priority);
    // The metro area's calendar, read by another place's fetch.
    void useCalendar(const EventBatch &calendar);
    const QString &metroArea() const { return m_batch.metroArea; }
    SongkickSource *source() const { return m_source; }
    std::weak_ptr<SongkickCalendarShare> share() const { return m_share; }
    bool readsCalendar = false; // this fetch reads the pages others wait for

protected:
    QUrl pageUrl(const int &number) const override
    {
        return m_source->calendarUrl(m_batch.metroArea, number);
    }
    QString pageName(const int &number) const override
    {
        return u"page %1 of %2 of the metro area's calendar"_s.arg(number).arg(m_pages);
    }
    QList<int> nextPages(const int &number, const SongkickCalendarPage &page) override;
    void failed(const SourceError &error) override;
    void finishing() override;

private:
    SongkickSource *m_source;
    EventQuery m_query;
    SongkickSource::Config m_config;
    std::weak_ptr<SongkickCalendarShare> m_share;
    int m_pages = 0;
};

} // namespace

// The metro areas' calendars, shared by the places in each: the one being read (with the jobs
// waiting for it) and the ones read lately. Only this source's jobs use it.
class SongkickCalendarShare
{
public:
    explicit SongkickCalendarShare(std::chrono::milliseconds reuse)
        : m_reuse(reuse)
    { }

    // The job's metro area is known: use a recent calendar, wait for the one being read, or
    // read it.
    void join(const std::shared_ptr<SongkickFetch> &job)
    {
        Calendar &calendar = m_calendars[job->metroArea()];
        if (calendar.read && !calendar.reusableUntil.hasExpired()) {
            qCDebug(lcSources) << "Songkick: metro area" << job->metroArea() << "read lately";
            job->useCalendar(calendar.events);
            return;
        }
        if (!calendar.read && calendar.reader && !calendar.reader->isFinished()) {
            calendar.waiting.append({ job->reply(), job });
            return;
        }
        calendar = Calendar {};
        startReading(calendar, job);
    }

    // The reader has every page: it and every job waiting get the calendar.
    void publish(const QString &metroArea, const EventBatch &events)
    {
        Calendar &calendar = m_calendars[metroArea];
        calendar.events = events;
        calendar.read = true;
        calendar.reader = nullptr;
        // A calendar with lost pages is not reused: the next place in the area reads it again.
        calendar.reusableUntil
            = QDeadlineTimer(events.hasEveryPage() ? m_reuse : std::chrono::milliseconds(0));
        for (const Waiter &waiter : std::exchange(calendar.waiting, {})) {
            if (waiter.reply && !waiter.reply->isFinished())
                waiter.job->useCalendar(events);
        }
    }

    // The reader failed: the jobs waiting fail with its error.
    void abandon(const QString &metroArea, const SourceError &error)
    {
        const QList<Waiter> waiting = m_calendars.take(metroArea).waiting;
        for (const Waiter &waiter : waiting) {
            if (waiter.reply && !waiter.reply->isFinished())
                waiter.reply->fail(error);
        }
    }

    // The reader's reply went away (its place was dropped): the first job still waiting reads.
    void readerGone(const QString &metroArea)
    {
        const auto it = m_calendars.find(metroArea);
        if (it == m_calendars.end() || it->read || it->reader)
            return;
        while (!it->waiting.isEmpty()) {
            const Waiter next = it->waiting.takeFirst();
            if (next.reply && !next.reply->isFinished()) {
                startReading(*it, next.job);
                return;
            }
        }
        m_calendars.erase(it);
    }

private:
    struct Waiter
    {
        QPointer<EventFetch> reply;
        std::shared_ptr<SongkickFetch> job;
    };
    struct Calendar
    {
        EventBatch events; // every gig of the metro area, before any place's radius
        bool read = false;
        QDeadlineTimer reusableUntil;
        QPointer<EventFetch> reader;
        QList<Waiter> waiting;
    };

    void startReading(Calendar &calendar, const std::shared_ptr<SongkickFetch> &job)
    {
        calendar.reader = job->reply();
        job->readsCalendar = true;
        QObject::connect(job->reply(), &QObject::destroyed, job->source(),
            [weak = job->share(), metroArea = job->metroArea()] {
                if (const auto share = weak.lock())
                    share->readerGone(metroArea);
            });
        job->start(1);
    }

    std::chrono::milliseconds m_reuse;
    QHash<QString, Calendar> m_calendars;
};

namespace {

void SongkickFetch::findMetroArea(RequestQueue *queue, RequestPriority priority)
{
    const auto self = std::static_pointer_cast<SongkickFetch>(shared_from_this());
    reply()->send(queue, QNetworkRequest(m_source->locationUrl(m_query.centre)), priority,
        [self](const NetworkResult &result) {
            const std::optional<QList<SongkickMetroArea>> areas
                = self->reply()->take(result, &parseSongkickLocations, &songkickErrorMessage);
            if (!areas)
                return;
            if (areas->isEmpty()) {
                qCInfo(lcSources) << "Songkick knows no metro area near" << self->m_query.centre;
                self->finishWhenDone();
                return;
            }
            self->m_batch.metroArea = areas->first().id;
            if (const auto calendars = self->m_share.lock())
                calendars->join(self);
        });
}

QList<int> SongkickFetch::nextPages(const int &number, const SongkickCalendarPage &page)
{
    if (number != 1)
        return {};
    const qint64 perPage = qMax(1, page.perPage);
    const qint64 pages = (page.totalEntries + perPage - 1) / perPage;
    if (pages > m_config.maxPages) {
        qCWarning(lcSources) << "Songkick: metro area" << m_batch.metroArea << "has" << pages
                             << "pages; reading" << m_config.maxPages;
        m_batch.complete = false;
    }
    m_pages = int(std::min<qint64>(pages, m_config.maxPages));
    QList<int> next;
    for (int later = 2; later <= m_pages; ++later)
        next.append(later);
    return next;
}

void SongkickFetch::failed(const SourceError &error)
{
    if (const auto calendars = m_share.lock())
        calendars->abandon(m_batch.metroArea, error);
}

void SongkickFetch::useCalendar(const EventBatch &calendar)
{
    m_batch.merge(calendar);
    m_batch.complete = calendar.complete;
    finishWhenDone();
}

void SongkickFetch::finishing()
{
    if (readsCalendar) {
        readsCalendar = false;
        if (const auto calendars = m_share.lock())
            calendars->publish(m_batch.metroArea, m_batch);
    }
    const qsizetype before = m_batch.events.size();
    m_batch.retainEvents([this](const Event &event) {
        const QDate day = event.start.localDate();
        if (day < m_query.from || day > m_query.to)
            return false;
        if (!event.venue.coordinate.isValid())
            return true; // cannot tell; it is in the metro area
        return event.venue.coordinate.distanceTo(m_query.centre) <= m_query.radiusKm * 1000.0;
    });
    qCDebug(lcSources) << "Songkick:" << m_batch.events.size() << "of" << before
                       << "gigs within the radius and dates";
}

} // namespace

SongkickSource::SongkickSource(RequestQueue *queue, const Config &config, QObject *parent)
    : EventSource(parent)
    , m_queue(queue)
    , m_config(config)
    , m_calendars(std::make_shared<SongkickCalendarShare>(config.calendarReuse))
{
    m_config.perPage = std::clamp(m_config.perPage, 1, 50);
    m_config.maxPages = std::max(1, m_config.maxPages);
    m_queue->routePrefix(m_config.baseUrl, laneName());
}

SongkickSource::~SongkickSource() = default;

QUrl SongkickSource::defaultBaseUrl()
{
    return serviceSpec(Service::Songkick).baseUrl();
}

QString SongkickSource::laneName()
{
    return serviceSpec(Service::Songkick).laneName();
}

QString SongkickSource::name() const
{
    return serviceSpec(Service::Songkick).id;
}

QString SongkickSource::displayName() const
{
    return u"Songkick"_s;
}

QUrl SongkickSource::locationUrl(const QGeoCoordinate &place) const
{
    const QString geo = u"geo:%1,%2"_s.arg(
        QString::number(place.latitude(), 'f', 6), QString::number(place.longitude(), 'f', 6));
    return serviceUrl(m_config.baseUrl, u"search/locations.json",
        { { u"location"_s, geo }, { u"apikey"_s, m_config.apiKey } });
}

QUrl SongkickSource::calendarUrl(const QString &metroAreaId, int page) const
{
    return serviceUrl(m_config.baseUrl, u"metro_areas/%1/calendar.json"_s.arg(metroAreaId),
        { { u"apikey"_s, m_config.apiKey }, { u"page"_s, QString::number(page) },
            { u"per_page"_s, QString::number(m_config.perPage) } });
}

EventFetch *SongkickSource::fetchEvents(const EventQuery &query, RequestPriority priority)
{
    auto *reply = new EventFetch(this);
    if (!canAsk(reply, query, Service::Songkick, m_config.apiKey))
        return reply;
    const SongkickFetch::Driver driver { m_queue, reply, priority, &parseSongkickCalendar,
        &songkickErrorMessage, LostPage::Named };
    std::make_shared<SongkickFetch>(driver, this, query, m_config, m_calendars)
        ->findMetroArea(m_queue, priority);
    return reply;
}

} // namespace gig
