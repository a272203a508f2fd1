#include "app/sources/nominatimsource.h"

#include "app/net/requestqueue.h"
#include "app/sources/nominatimparser.h"
#include "app/sources/serviceurl.h"
#include "models/services.h"

using namespace Qt::StringLiterals;

namespace gig {

NominatimSource::NominatimSource(RequestQueue *queue, const Config &config, QObject *parent)
    : PlaceSearch(parent)
    , m_queue(queue)
    , m_config(config)
{
    m_config.limit = std::clamp(m_config.limit, 1, 50);
    m_queue->routePrefix(m_config.baseUrl, laneName());
}

QUrl NominatimSource::defaultBaseUrl()
{
    return serviceSpec(Service::Nominatim).baseUrl();
}

QString NominatimSource::laneName()
{
    return serviceSpec(Service::Nominatim).laneName();
}

QString NominatimSource::displayName() const
{
    return tr("OpenStreetMap's place search");
}

QUrl NominatimSource::searchUrl(const QString &text) const
{
    return serviceUrl(m_config.baseUrl, u"search",
        { { u"q"_s, text.trimmed() }, { u"format"_s, u"jsonv2"_s },
            { u"limit"_s, QString::number(m_config.limit) } });
}

PlaceFetch *NominatimSource::search(const QString &text, RequestPriority priority)
{
    auto *reply = new PlaceFetch(this);
    if (text.trimmed().isEmpty()) {
        reply->fail(SourceError {
            SourceError::Kind::InvalidQuery, u"there is nothing to search for"_s, 0 });
        return reply;
    }
    reply->send(
        m_queue, QNetworkRequest(searchUrl(text)), priority, [reply](const NetworkResult &result) {
            if (std::optional<QList<Place>> places
                = reply->take(result, &parseNominatimSearch, &nominatimErrorMessage)) {
                reply->finish(std::move(*places));
            }
        });
    return reply;
}

} // namespace gig
