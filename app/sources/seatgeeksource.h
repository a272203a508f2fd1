// Fetches the gigs around a place from the SeatGeek Platform API: every page of the concerts
// within the radius and the dates, numbered from 1, up to a request cap.
#pragma once

#include "app/sources/eventsource.h"

#include <QUrl>

namespace gig {

class RequestQueue;

class SeatGeekSource final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatGeekSource)

public:
    struct Config
    {
        QUrl baseUrl = defaultBaseUrl();
        QString clientId; // sent as client_id=…, never logged
        int perPage = 100;
        int maxRequests = 50; // pages per fetch; a larger listing stops here (incomplete)
    };

    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static QString laneName(); // the host of that URL

    // Routes `config.baseUrl` into the SeatGeek lane of `queue`.
    explicit SeatGeekSource(RequestQueue *queue, const Config &config, QObject *parent = nullptr);

    QString name() const override;
    QString displayName() const override;
    // Gigs whose local date-time lies within the query's days, at venues within the radius.
    EventFetch *fetchEvents(
        const EventQuery &query, RequestPriority priority = RequestPriority::Background) override;

    // The URL of page `page` (from 1) of the concerts `query` asks for.
    QUrl pageUrl(const EventQuery &query, int page) const;

private:
    RequestQueue *m_queue;
    Config m_config;
};

} // namespace gig
