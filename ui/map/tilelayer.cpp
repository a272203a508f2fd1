#include "ui/map/tilelayer.h"

#include "ui/map/darktiles.h"
#include "ui/map/maplogging.h"

#include <algorithm>
#include <cmath>

namespace gig {

TileLayer::TileLayer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

TileLayer::~TileLayer()
{
    cancelAll();
}

void TileLayer::setSource(TileSource *source)
{
    if (source == m_source)
        return;
    cancelAll();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &TileSource::tileReady, this, &TileLayer::onTileReady);
        connect(m_source, &TileSource::tileFailed, this, &TileLayer::onTileFailed);
        connect(m_source, &TileSource::tilesReplaced, this, &TileLayer::reload);
        connect(m_source, &QObject::destroyed, this, [this] {
            m_pending.clear();
            emit changed();
        });
    }
    reload();
}

void TileLayer::setDarkened(bool darkened)
{
    if (darkened == m_darkened)
        return;
    m_darkened = darkened;
    reload();
}

void TileLayer::reload()
{
    cancelAll();
    ++m_generation;
    m_pyramid.clear();
    m_decoding.clear();
    m_failedAt.clear();
    if (m_hasCamera)
        setCamera(m_camera);
    emit changed();
}

int TileLayer::tileZoom(double zoom) const
{
    const int deepest = m_source ? std::clamp(m_source->maxZoom(), 0, Mercator::MaxTileZoom)
                                 : Mercator::MaxTileZoom;
    if (!std::isfinite(zoom))
        return 0;
    return int(std::clamp(std::round(zoom), 0.0, double(deepest)));
}

void TileLayer::setCamera(const MapCamera &camera)
{
    m_camera = camera;
    m_hasCamera = true;
    if (!m_source)
        return;
    if (camera.viewport.isEmpty()) { // hidden or not laid out yet: nothing to show, nothing to ask
        cancelAll();
        return;
    }
    const int zoom = tileZoom(camera.zoom);
    const Mercator::TileRange range
        = Mercator::tilesCovering(camera.viewportWorldPx(), camera.zoom, zoom);

    // What the view needs and has not got, nearest the centre first.
    struct Wanted
    {
        double distance;
        TileId tile;
    };
    QList<Wanted> wanted;
    QSet<TileId> needed;
    const double tileWorldPx = Mercator::TileSize * std::exp2(camera.zoom - zoom);
    const QPointF centre = camera.viewportWorldPx().center() / tileWorldPx; // in tiles
    const qint64 now = m_clock.elapsed();
    for (int y = range.minY; y <= range.maxY; ++y) {
        for (int x = range.minX; x <= range.maxX; ++x) {
            const TileId tile { zoom, Mercator::wrapTileX(x, zoom), y };
            if (needed.contains(tile))
                continue; // the same tile in another copy of the world
            needed.insert(tile);
            if (m_pyramid.contains(tile) || m_pending.contains(tile) || m_decoding.contains(tile))
                continue;
            const auto failed = m_failedAt.constFind(tile);
            if (failed != m_failedAt.cend() && now - *failed < m_retryInterval.count())
                continue;
            const double dx = x + 0.5 - centre.x();
            const double dy = y + 0.5 - centre.y();
            wanted.append(Wanted { dx * dx + dy * dy, tile });
        }
    }

    // Tiles that scrolled out (or belong to another zoom) are no longer wanted.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (needed.contains(*it)) {
            ++it;
            continue;
        }
        const TileId tile = *it;
        it = m_pending.erase(it);
        m_source->cancel(tile);
    }

    std::stable_sort(wanted.begin(), wanted.end(),
        [](const Wanted &a, const Wanted &b) { return a.distance < b.distance; });
    int priority = TileSource::MostUrgent;
    for (const Wanted &entry : std::as_const(wanted)) {
        m_pending.insert(entry.tile);
        m_failedAt.remove(entry.tile);
        m_source->request(entry.tile, priority++);
    }
}

bool TileLayer::paint(QPainter *painter, const MapCamera &camera) const
{
    return m_pyramid.paint(painter, camera, tileZoom(camera.zoom));
}

bool TileLayer::covers(const MapCamera &camera) const
{
    return m_pyramid.covers(camera, tileZoom(camera.zoom));
}

QList<TileId> TileLayer::pendingTiles() const
{
    return QList<TileId>(m_pending.cbegin(), m_pending.cend());
}

void TileLayer::onTileReady(const TileId &tile, const QByteArray &bytes)
{
    m_pending.remove(tile);
    if (m_decoding.contains(tile))
        return;
    m_decoding.insert(tile);
    // PNG decoding takes a millisecond or two a tile: keep it off the GUI thread.
    TilePyramid::makeInBackground(
        this, m_generation, tile,
        [bytes, darkened = m_darkened] {
            QImage image = QImage::fromData(bytes);
            if (!image.isNull())
                image = image.convertToFormat(image.hasAlphaChannel()
                        ? QImage::Format_ARGB32_Premultiplied
                        : QImage::Format_RGB32);
            return darkened ? darkenedTile(image) : image;
        },
        &TileLayer::onDecoded);
}

void TileLayer::onDecoded(quint64 generation, const TileId &tile, const QImage &image)
{
    if (generation != m_generation)
        return;
    m_decoding.remove(tile);
    if (image.isNull()) {
        qCWarning(lcMap) << "tile" << tile << "is not an image; drawing without it";
        m_failedAt.insert(tile, m_clock.elapsed());
        return;
    }
    m_pyramid.insert(tile, image);
    emit changed();
}

void TileLayer::onTileFailed(const TileId &tile, const QString &reason)
{
    m_pending.remove(tile);
    m_failedAt.insert(tile, m_clock.elapsed());
    qCDebug(lcMap).noquote() << "tile" << tile.zoom << tile.x << tile.y << "failed:" << reason;
}

void TileLayer::cancelAll()
{
    if (m_source) {
        for (const TileId &tile : std::as_const(m_pending))
            m_source->cancel(tile);
    }
    m_pending.clear();
}

} // namespace gig
