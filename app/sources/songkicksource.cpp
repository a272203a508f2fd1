#include "app/sources/songkicksource.h"

#include "app/net/requestqueue.h"
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

struct SongkickJob
{
    SongkickSource *source = nullptr;
    RequestQueue *queue = nullptr;
    EventFetch *reply = nullptr;
    std::weak_ptr<SongkickCalendarShare> share;
    EventQuery query;
    RequestPriority priority = RequestPriority::Background;
    SongkickSource::Config config;
    EventBatch batch;
    bool readsCalendar = false; // this job reads the pages others wait for

    void fetchCalendar(const std::shared_ptr<SongkickJob> &self);
    // A page after the first: when it cannot be read even when asked again, it is left out and
    // named in batch.missingPages; the pages read are kept.
    void fetchCalendarPage(const std::shared_ptr<SongkickJob> &self, int number, int pages);
    bool take(const NetworkResult &result, SongkickCalendarPage *page);
    void useCalendar(const EventBatch &calendar);
    void finishWhenDone();
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
    void join(const std::shared_ptr<SongkickJob> &job)
    {
        Calendar &calendar = m_calendars[job->batch.metroArea];
        if (calendar.read && !calendar.reusableUntil.hasExpired()) {
            qCDebug(lcSources) << "Songkick: metro area" << job->batch.metroArea << "read lately";
            job->useCalendar(calendar.events);
            return;
        }
        if (!calendar.read && calendar.reader && !calendar.reader->isFinished()) {
            calendar.waiting.append({ job->reply, job });
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
        std::shared_ptr<SongkickJob> job;
    };
    struct Calendar
    {
        EventBatch events; // every gig of the metro area, before any place's radius
        bool read = false;
        QDeadlineTimer reusableUntil;
        QPointer<EventFetch> reader;
        QList<Waiter> waiting;
    };

    void startReading(Calendar &calendar, const std::shared_ptr<SongkickJob> &job)
    {
        calendar.reader = job->reply;
        job->readsCalendar = true;
        QObject::connect(job->reply, &QObject::destroyed, job->source,
            [weak = job->share, metroArea = job->batch.metroArea] {
                if (const auto share = weak.lock())
                    share->readerGone(metroArea);
            });
        job->fetchCalendar(job);
    }

    std::chrono::milliseconds m_reuse;
    QHash<QString, Calendar> m_calendars;
};

namespace {

void SongkickJob::fetchCalendar(const std::shared_ptr<SongkickJob> &self)
{
    const QUrl url = source->calendarUrl(batch.metroArea, 1);
    reply->send(queue, QNetworkRequest(url), priority, [self](const NetworkResult &result) {
        SongkickCalendarPage page;
        if (!self->take(result, &page))
            return;
        const qint64 perPage = qMax(1, page.perPage);
        const qint64 pages = (page.totalEntries + perPage - 1) / perPage;
        if (pages > self->config.maxPages) {
            qCWarning(lcSources) << "Songkick: metro area" << self->batch.metroArea << "has"
                                 << pages << "pages; reading" << self->config.maxPages;
            self->batch.complete = false;
        }
        const int read = int(std::min<qint64>(pages, self->config.maxPages));
        for (int next = 2; next <= read; ++next)
            self->fetchCalendarPage(self, next, read);
        self->finishWhenDone();
    });
}

void SongkickJob::fetchCalendarPage(const std::shared_ptr<SongkickJob> &self, int number, int pages)
{
    const QUrl url = source->calendarUrl(batch.metroArea, number);
    reply->sendPage(
        queue, QNetworkRequest(url), priority,
        [self](const NetworkResult &result) -> std::optional<SourceError> {
            SourceError error;
            std::optional<SongkickCalendarPage> page
                = parseAnswer(result, &parseSongkickCalendar, &songkickErrorMessage, &error);
            if (!page)
                return error;
            self->batch.merge(page->batch);
            self->finishWhenDone();
            return std::nullopt;
        },
        [self, number, pages](const SourceError &error) {
            self->batch.missingPages.append(
                u"page %1 of %2 of the metro area's calendar (%3)"_s.arg(number).arg(pages).arg(
                    toString(error)));
            self->finishWhenDone();
        });
}

bool SongkickJob::take(const NetworkResult &result, SongkickCalendarPage *page)
{
    std::optional<SongkickCalendarPage> parsed
        = reply->take(result, &parseSongkickCalendar, &songkickErrorMessage);
    if (!parsed) {
        if (const auto calendars = share.lock(); calendars && reply->error())
            calendars->abandon(batch.metroArea, *reply->error());
        return false;
    }
    *page = std::move(*parsed);
    batch.merge(page->batch);
    return true;
}

void SongkickJob::useCalendar(const EventBatch &calendar)
{
    batch.merge(calendar);
    batch.complete = calendar.complete;
    finishWhenDone();
}

void SongkickJob::finishWhenDone()
{
    if (reply->pendingCount() > 0 || reply->isFinished())
        return;
    if (readsCalendar) {
        readsCalendar = false;
        if (const auto calendars = share.lock())
            calendars->publish(batch.metroArea, batch);
    }
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
                       << "gigs within the radius and dates," << batch.artists.size()
                       << "artists in" << reply->requestCount() << "requests";
    reply->finish(std::move(batch));
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
    QString problem = query.problem();
    if (problem.isEmpty() && m_config.apiKey.isEmpty())
        problem = u"no Songkick API key is set"_s;
    if (!problem.isEmpty()) {
        reply->fail(SourceError { SourceError::Kind::InvalidQuery, problem, 0 });
        return reply;
    }
    auto job = std::make_shared<SongkickJob>();
    job->source = this;
    job->queue = m_queue;
    job->reply = reply;
    job->query = query;
    job->priority = priority;
    job->config = m_config;
    job->share = m_calendars;
    reply->send(m_queue, QNetworkRequest(locationUrl(query.centre)), priority,
        [job](const NetworkResult &result) {
            const std::optional<QList<SongkickMetroArea>> areas
                = job->reply->take(result, &parseSongkickLocations, &songkickErrorMessage);
            if (!areas)
                return;
            if (areas->isEmpty()) {
                qCInfo(lcSources) << "Songkick knows no metro area near" << job->query.centre;
                job->finishWhenDone();
                return;
            }
            job->batch.metroArea = areas->first().id;
            if (const auto calendars = job->share.lock())
                calendars->join(job);
        });
    return reply;
}

} // namespace gig
