// Finds places by name with Nominatim (OpenStreetMap's search), for the place search box.
#pragma once

#include "app/sources/placesearch.h"

#include <QUrl>

namespace gig {

class RequestQueue;

class NominatimSource final : public PlaceSearch
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NominatimSource)

public:
    struct Config
    {
        QUrl baseUrl = defaultBaseUrl(); // the sandbox's serviceRoot(Nominatim) plugs in here
        int limit = 5;
    };

    static QUrl defaultBaseUrl(); // its row of the service table (models/services.h)
    static QString laneName(); // the host of that URL

    // Routes `config.baseUrl` into the Nominatim lane of `queue` (1 request/s).
    explicit NominatimSource(RequestQueue *queue, const Config &config, QObject *parent = nullptr);

    QString displayName() const override;
    PlaceFetch *search(
        const QString &text, RequestPriority priority = RequestPriority::Interactive) override;

    QUrl searchUrl(const QString &text) const;

private:
    RequestQueue *m_queue;
    Config m_config;
};

} // namespace gig
