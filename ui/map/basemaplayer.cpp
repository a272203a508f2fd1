#include "ui/map/basemaplayer.h"

#include "models/basemap.h"
#include "models/gigclusterindex.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <vector>

namespace gig {

namespace {

// The built-in basemap projected once into normalised Mercator, shared by every layer and thread.
struct ProjectedPath
{
    std::vector<QPointF> points;
    QRectF bounds; // normalised Mercator, zero width or height allowed
};

struct ProjectedBasemap
{
    std::vector<ProjectedPath> land;
    std::vector<ProjectedPath> borders;
};

std::vector<ProjectedPath> projected(const QList<Basemap::Path> &paths)
{
    std::vector<ProjectedPath> result;
    result.reserve(size_t(paths.size()));
    for (const Basemap::Path &path : paths) {
        ProjectedPath out;
        out.points.reserve(size_t(path.points.size()));
        double minX = 1.0, minY = 1.0, maxX = 0.0, maxY = 0.0;
        for (const QPointF &lngLat : path.points) {
            const QPointF p = GigClusterIndex::toMercator(lngLat);
            out.points.push_back(p);
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
        if (out.points.empty())
            continue;
        out.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
        result.push_back(std::move(out));
    }
    return result;
}

const ProjectedBasemap &projectedBasemap()
{
    static const ProjectedBasemap map = [] {
        const Basemap &basemap = Basemap::builtIn();
        return ProjectedBasemap { projected(basemap.landRings()),
            projected(basemap.borderLines()) };
    }();
    return map;
}

bool touches(const QRectF &bounds, const QRectF &rect)
{
    return bounds.left() <= rect.right() && bounds.right() >= rect.left()
        && bounds.top() <= rect.bottom() && bounds.bottom() >= rect.top();
}

// Points of a path in tile pixels, leaving out those less than half a pixel from the last kept.
void appendPolygon(QPolygonF &polygon, const ProjectedPath &path, QPointF origin, double scale)
{
    polygon.clear();
    QPointF last(qInf(), qInf());
    for (const QPointF &m : path.points) {
        const QPointF p((m.x() - origin.x()) * scale, (m.y() - origin.y()) * scale);
        if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < 0.5)
            continue;
        polygon.append(p);
        last = p;
    }
    if (!path.points.empty()) { // keep rings closed whatever was dropped
        const QPointF &m = path.points.back();
        polygon.append(QPointF((m.x() - origin.x()) * scale, (m.y() - origin.y()) * scale));
    }
}

QImage renderTile(const TileId &tile, int pixels, const BasemapLayer::Colors &colors)
{
    QImage image(pixels, pixels, QImage::Format_RGB32);
    image.fill(colors.ocean);
    const ProjectedBasemap &map = projectedBasemap();
    const double tiles = std::exp2(tile.zoom);
    const QPointF origin(tile.x / tiles, tile.y / tiles);
    const double scale = pixels * tiles; // normalised Mercator → tile pixels
    const double margin = 2.0 / scale; // strokes reach a little over the edge
    const QRectF area(origin.x() - margin, origin.y() - margin, 1.0 / tiles + 2 * margin,
        1.0 / tiles + 2 * margin);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    QPolygonF polygon;
    for (const ProjectedPath &ring : map.land) {
        if (!touches(ring.bounds, area))
            continue;
        appendPolygon(polygon, ring, origin, scale);
        land.addPolygon(polygon);
        land.closeSubpath();
    }
    const double ratio = pixels / double(Mercator::TileSize);
    painter.setPen(QPen(colors.coast, 0.8 * ratio));
    painter.setBrush(colors.land);
    painter.drawPath(land);

    painter.setBrush(Qt::NoBrush);
    QPen borderPen(colors.border, (tile.zoom < 4 ? 0.6 : 1.0) * ratio);
    borderPen.setCapStyle(Qt::RoundCap);
    borderPen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(borderPen);
    for (const ProjectedPath &line : map.borders) {
        if (!touches(line.bounds, area))
            continue;
        appendPolygon(polygon, line, origin, scale);
        painter.drawPolyline(polygon);
    }
    return image;
}

} // namespace

BasemapLayer::Colors BasemapLayer::colorsFor(bool dark)
{
    if (dark)
        return Colors { QColor(0x1d, 0x2a, 0x36), QColor(0x3a, 0x3f, 0x45),
            QColor(0x8a, 0x86, 0x9a), QColor(0x4c, 0x5a, 0x66) };
    return Colors { QColor(0xaa, 0xd3, 0xdf), QColor(0xf2, 0xef, 0xe9), QColor(0xa0, 0x91, 0xb0),
        QColor(0x9c, 0xc0, 0xcc) };
}

BasemapLayer::BasemapLayer(QObject *parent)
    : QObject(parent)
    , m_colors(colorsFor(false))
{ }

BasemapLayer::~BasemapLayer() = default;

void BasemapLayer::setColors(const Colors &colors)
{
    if (colors == m_colors)
        return;
    m_colors = colors;
    ++m_generation;
    m_pyramid.clear();
    m_rendering.clear();
    scheduleRenders();
    emit changed();
}

void BasemapLayer::setDevicePixelRatio(qreal ratio)
{
    ratio = std::clamp(ratio, 1.0, 4.0);
    if (qFuzzyCompare(ratio, m_ratio))
        return;
    m_ratio = ratio;
    ++m_generation;
    m_pyramid.clear();
    m_rendering.clear();
    scheduleRenders();
}

int BasemapLayer::tileZoom(double zoom) const
{
    if (!std::isfinite(zoom))
        return 0;
    return int(std::clamp(std::round(zoom), 0.0, double(MaxRenderZoom)));
}

void BasemapLayer::setCamera(const MapCamera &camera)
{
    m_camera = camera;
    m_hasCamera = true;
    scheduleRenders();
}

void BasemapLayer::scheduleRenders()
{
    if (!m_hasCamera || m_rendering.size() >= MaxRendersInFlight)
        return;
    const int zoom = tileZoom(m_camera.zoom);
    const Mercator::TileRange range
        = Mercator::tilesCovering(m_camera.viewportWorldPx(), m_camera.zoom, zoom);
    const double tileWorldPx = Mercator::TileSize * std::exp2(m_camera.zoom - zoom);
    const QPointF centre = m_camera.viewportWorldPx().center() / tileWorldPx;

    while (m_rendering.size() < MaxRendersInFlight) {
        // The missing tile nearest the centre (the view has a few dozen tiles at most).
        TileId best;
        double bestDistance = qInf();
        for (int y = range.minY; y <= range.maxY; ++y) {
            for (int x = range.minX; x <= range.maxX; ++x) {
                const TileId tile { zoom, Mercator::wrapTileX(x, zoom), y };
                if (m_pyramid.contains(tile) || m_rendering.contains(tile))
                    continue;
                const double dx = x + 0.5 - centre.x();
                const double dy = y + 0.5 - centre.y();
                if (dx * dx + dy * dy < bestDistance) {
                    bestDistance = dx * dx + dy * dy;
                    best = tile;
                }
            }
        }
        if (!std::isfinite(bestDistance))
            return;
        m_rendering.insert(best);
        const int pixels = qRound(Mercator::TileSize * m_ratio);
        TilePyramid::makeInBackground(
            this, m_generation, best,
            [tile = best, pixels, colors = m_colors] { return renderTile(tile, pixels, colors); },
            &BasemapLayer::onRendered);
    }
}

void BasemapLayer::onRendered(quint64 generation, const TileId &tile, const QImage &image)
{
    if (generation != m_generation)
        return;
    m_rendering.remove(tile);
    m_pyramid.insert(tile, image);
    scheduleRenders();
    emit changed();
}

void BasemapLayer::paint(QPainter *painter, const MapCamera &camera) const
{
    painter->fillRect(QRectF(QPointF(0, 0), camera.viewport), m_colors.ocean);
    m_pyramid.paint(painter, camera, tileZoom(camera.zoom));
}

} // namespace gig
