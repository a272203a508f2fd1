#include "app/tiles/networktilesource.h"

#include "app/net/requestqueue.h"
#include "app/tiles/tilelogging.h"
#include "models/appsettings.h"
#include "models/services.h"

#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gig {

NetworkTileSource::NetworkTileSource(RequestQueue *queue, QObject *parent)
    : TileSource(parent)
    , m_queue(queue)
    , m_template(defaultUrlTemplate())
{ }

NetworkTileSource::~NetworkTileSource()
{
    for (const InFlight &flight : std::as_const(m_inFlight)) {
        if (flight.reply)
            flight.reply->cancel();
    }
}

QString NetworkTileSource::defaultUrlTemplate()
{
    return serviceSpec(Service::Tiles).defaultBaseUrl;
}

bool NetworkTileSource::setUrlTemplate(const QString &urlTemplate, const QString &key)
{
    const QString trimmed = urlTemplate.trimmed();
    QString sample = trimmed;
    sample.replace(u"{z}"_s, u"1"_s).replace(u"{x}"_s, u"1"_s).replace(u"{y}"_s, u"1"_s);
    sample.replace(u"{s}"_s, u"a"_s).replace(u"{r}"_s, QString()).replace(u"{key}"_s, u"k"_s);
    const QUrl url(sample, QUrl::StrictMode);
    if (!trimmed.contains(u"{z}"_s) || !trimmed.contains(u"{x}"_s) || !trimmed.contains(u"{y}"_s)) {
        m_errorString = tr("The tile address \"%1\" needs {z}, {x} and {y}.").arg(trimmed);
        return false;
    }
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        m_errorString = tr("The tile address \"%1\" is not an http(s) address.").arg(trimmed);
        return false;
    }
    if (url.scheme() == u"http"_s && !RequestQueue::isLoopbackHost(url.host())) {
        // The queue would refuse every tile anyway; say so now, where the address is given.
        m_errorString = tr("The tile address \"%1\" uses plain http; gigmap only uses https "
                           "outside this computer.")
                            .arg(trimmed);
        return false;
    }
    if (AppSettings::tileUrlNeedsKey(trimmed) && key.trimmed().isEmpty()) {
        m_errorString = tr("The tile server at %1 needs a key. Enter it in the settings, beside "
                           "the map tile address.")
                            .arg(url.host());
        return false;
    }
    m_errorString.clear();
    if (trimmed == m_template && key.trimmed() == m_key)
        return true;
    m_template = trimmed;
    m_key = key.trimmed();
    emit tilesReplaced();
    return true;
}

QUrl NetworkTileSource::urlFor(const TileId &tile) const
{
    return urlWithKey(tile, m_key);
}

QUrl NetworkTileSource::urlWithKey(const TileId &tile, const QString &key) const
{
    static const QString subdomains = u"abc"_s;
    QString text = m_template;
    text.replace(u"{key}"_s, QString::fromLatin1(QUrl::toPercentEncoding(key)));
    text.replace(u"{z}"_s, QString::number(tile.zoom))
        .replace(u"{x}"_s, QString::number(tile.x))
        .replace(u"{y}"_s, QString::number(tile.y))
        .replace(u"{s}"_s, subdomains.at(qAbs(tile.x + tile.y) % subdomains.size()))
        .replace(u"{r}"_s, m_highDpi ? u"@2x"_s : QString());
    return QUrl(text);
}

void NetworkTileSource::setCacheDirectory(const QString &directory)
{
    m_cache = HttpDiskCache(directory);
}

void NetworkTileSource::setMaxZoom(int zoom)
{
    m_maxZoom = std::clamp(zoom, 0, Mercator::MaxTileZoom);
}

void NetworkTileSource::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    pump();
}

void NetworkTileSource::setHighDpi(bool highDpi)
{
    m_highDpi = highDpi;
}

void NetworkTileSource::request(const TileId &tile, int priority)
{
    if (!tile.isValid() || tile.zoom > m_maxZoom) {
        QTimer::singleShot(0, this, [this, tile] {
            emit tileFailed(
                tile, tr("There is no tile %1/%2/%3.").arg(tile.zoom).arg(tile.x).arg(tile.y));
        });
        return;
    }
    if (m_inFlight.contains(tile) || m_delivering.contains(tile))
        return;
    for (Waiting &waiting : m_waiting) {
        if (waiting.tile == tile) {
            waiting.priority = priority; // asked again: the newer urgency counts
            return;
        }
    }
    // A fresh copy on disk needs no request at all.
    if (const auto fresh
        = CachedFetch::freshCopy(m_cache, cacheUrlFor(tile), m_queue->clock().systemNow())) {
        deliverSoon(tile, *fresh);
        return;
    }
    m_waiting.append(Waiting { tile, priority, m_order++ });
    pump();
}

void NetworkTileSource::cancel(const TileId &tile)
{
    m_delivering.remove(tile);
    m_waiting.removeIf([&tile](const Waiting &waiting) { return waiting.tile == tile; });
    const auto it = m_inFlight.find(tile);
    if (it == m_inFlight.end())
        return;
    if (it->reply)
        it->reply->cancel(); // the queue aborts it unless someone else waits for the same URL
    m_inFlight.erase(it);
    pump();
}

void NetworkTileSource::deliverSoon(const TileId &tile, const QByteArray &body)
{
    // Answer after request() returns, as a network answer would, unless cancelled meanwhile.
    const quint64 ticket = ++m_order;
    m_delivering.insert(tile, ticket);
    QTimer::singleShot(0, this, [this, tile, body, ticket] {
        const auto it = m_delivering.constFind(tile);
        if (it == m_delivering.cend() || *it != ticket)
            return;
        m_delivering.erase(it);
        emit tileReady(tile, body);
    });
}

void NetworkTileSource::pump()
{
    while (m_inFlight.size() < m_maxInFlight && !m_waiting.isEmpty()) {
        const auto next = std::min_element(
            m_waiting.cbegin(), m_waiting.cend(), [](const Waiting &a, const Waiting &b) {
                return a.priority != b.priority ? a.priority < b.priority : a.order < b.order;
            });
        const TileId tile = next->tile;
        m_waiting.erase(next);
        send(tile);
    }
}

void NetworkTileSource::send(const TileId &tile)
{
    const QUrl url = urlFor(tile);
    if (!m_queue) {
        QTimer::singleShot(0, this, [this, tile] { emit tileFailed(tile, tr("Tiles are off.")); });
        return;
    }
    InFlight flight;
    QNetworkRequest request(url);
    flight.fetch = CachedFetch(m_cache, cacheUrlFor(tile), &request);
    QueuedReply *reply = m_queue->get(request, RequestPriority::Interactive);
    flight.reply = reply;
    m_inFlight.insert(tile, flight);
    connect(reply, &QueuedReply::finished, this, [this, tile, reply] {
        const auto it = m_inFlight.constFind(tile);
        if (it != m_inFlight.cend() && it->reply == reply)
            onFinished(tile);
    });
}

void NetworkTileSource::onFinished(const TileId &tile)
{
    const InFlight flight = m_inFlight.take(tile);
    const NetworkResult result = flight.reply->result();
    const QDateTime now = m_queue->clock().systemNow();

    const CachedFetch::Outcome shown
        = flight.fetch.settle(m_cache, result, now, isImageAnswer(result));
    if (shown.body) {
        if (shown.stale) {
            qCInfo(lcTiles).noquote() << "showing a stale copy of tile" << tile.zoom << tile.x
                                      << tile.y << "because:" << result.errorString;
        }
        emit tileReady(tile, *shown.body);
    } else {
        const QString reason = !result.errorString.isEmpty() ? result.errorString
            : result.ok() ? tr("The tile server sent no image (%1).")
                                .arg(QString::fromLatin1(result.header("Content-Type")))
                          : tr("The tile server answered HTTP %1.").arg(result.status);
        emit tileFailed(tile, reason);
    }
    pump();
}

} // namespace gig
