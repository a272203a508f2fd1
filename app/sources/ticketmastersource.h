// Fetches the gigs around a place from Ticketmaster Discovery v2: every page, splitting dense
// date ranges so that the deep-paging limit never hides a gig.
#pragma once

#include "app/sources/eventsource.h"

#include <QDateTime>
#include <QUrl>
#include <chrono>

namespace gig {

class RequestQueue;

class TicketmasterSource final : public EventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketmasterSource)

public:
    struct Config
    {
        QUrl baseUrl = defaultBaseUrl(); // the sandbox's serviceRoot(Ticketmaster) plugs in here
        QString apiKey; // sent as apikey=…, never logged
        int pageSize = 200; // Ticketmaster's largest page
        int deepPagingLimit = 1000; // size * page must stay below it
        std::chrono::seconds smallestSplit { 3600 }; // a range this short is not split further
        int maxRequests = 400; // per fetch; a runaway split stops here (the batch is incomplete)
    };

    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static QString laneName(); // the host of that URL

    // Routes `config.baseUrl` into the Ticketmaster lane of `queue`.
    explicit TicketmasterSource(
        RequestQueue *queue, const Config &config, QObject *parent = nullptr);

    QString name() const override;
    QString displayName() const override;
    EventFetch *fetchEvents(
        const EventQuery &query, RequestPriority priority = RequestPriority::Background) override;

    // The URL of one page of events between two UTC instants (both inclusive).
    QUrl pageUrl(
        const EventQuery &query, const QDateTime &start, const QDateTime &end, int page) const;
    // How many pages the deep-paging limit lets one range read.
    int reachablePages() const;

private:
    RequestQueue *m_queue;
    Config m_config;
};

} // namespace gig
