// Fetches the gigs around a place from Songkick 3.0: the place's metro area, then every page of
// its calendar, keeping the gigs within the radius and the dates. Places in one metro area share
// its calendar: one fetch serves every place that asks while it runs and for a while after.
#pragma once

#include "app/sources/eventsource.h"

#include <QUrl>
#include <chrono>
#include <memory>

namespace gig {

class RequestQueue;
class SongkickCalendarShare;

class SongkickSource final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SongkickSource)

public:
    struct Config
    {
        QUrl baseUrl = defaultBaseUrl(); // the sandbox's serviceRoot(Songkick) plugs in here
        QString apiKey; // sent as apikey=…, never logged
        int perPage = 50;
        int maxPages = 200; // a runaway calendar stops here (the batch is incomplete)
        // A metro area's calendar, once read for one place, serves every other place in that
        // metro area for this long (and while it is being read): no second set of pages.
        std::chrono::milliseconds calendarReuse { std::chrono::minutes(5) };
    };

    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static QString laneName(); // the host of that URL

    // Routes `config.baseUrl` into the Songkick lane of `queue`.
    explicit SongkickSource(RequestQueue *queue, const Config &config, QObject *parent = nullptr);
    ~SongkickSource() override;

    QString name() const override;
    QString displayName() const override;
    // The batch's metroArea is the Songkick metro area id of the place (empty when Songkick knows
    // none near it: then there are no gigs). Gigs farther than the radius from the place, or
    // outside the dates, are dropped; a gig whose venue has no coordinate is kept.
    EventFetch *fetchEvents(
        const EventQuery &query, RequestPriority priority = RequestPriority::Background) override;

    QUrl locationUrl(const QGeoCoordinate &place) const;
    QUrl calendarUrl(const QString &metroAreaId, int page) const;

private:
    RequestQueue *m_queue;
    Config m_config;
    std::shared_ptr<SongkickCalendarShare> m_calendars;
};

} // namespace gig
