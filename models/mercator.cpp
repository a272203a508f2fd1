#include "models/mercator.h"

#include <QDebugStateSaver>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace gig {

namespace {

constexpr double Pi = std::numbers::pi;
constexpr double DegToRad = Pi / 180.0;
constexpr double RadToDeg = 180.0 / Pi;

int clampTileZoom(int zoom)
{
    return std::clamp(zoom, 0, Mercator::MaxTileZoom);
}

// floor(value) as an int, saturated so that huge or infinite values cannot overflow; NaN is 0.
int floorToInt(double value)
{
    constexpr double limit = 1 << 30; // well beyond any column at MaxTileZoom, far from INT_MAX
    if (std::isnan(value))
        return 0;
    return int(std::floor(std::clamp(value, -limit, limit)));
}

// Unwrapped tile column that holds world x (pixels at the tile zoom).
int columnAt(double worldX)
{
    return floorToInt(worldX / Mercator::TileSize);
}

} // namespace

bool Mercator::Tile::isValid() const
{
    if (zoom < 0 || zoom > MaxTileZoom)
        return false;
    const int n = tileCount(zoom);
    return x >= 0 && x < n && y >= 0 && y < n;
}

bool Mercator::TileRange::contains(const Tile &tile) const
{
    if (isEmpty() || tile.zoom != zoom || tile.y < minY || tile.y > maxY)
        return false;
    if (columnCount() >= tileCount(zoom))
        return true;
    // Covered when some unwrapped column in minX..maxX equals the tile's column modulo 2^zoom.
    return wrapTileX(wrapTileX(tile.x, zoom) - wrapTileX(minX, zoom), zoom) <= maxX - minX;
}

QList<Mercator::Tile> Mercator::TileRange::tiles() const
{
    QList<Tile> result;
    if (isEmpty())
        return result;
    result.reserve(count());
    for (int y = minY; y <= maxY; ++y) {
        for (int x = minX; x <= maxX; ++x)
            result.append(Tile { zoom, wrapTileX(x, zoom), y });
    }
    return result;
}

double Mercator::worldSize(double zoom)
{
    return TileSize * std::exp2(zoom);
}

int Mercator::tileCount(int zoom)
{
    return 1 << clampTileZoom(zoom);
}

double Mercator::clampLatitude(double latitude)
{
    if (std::isnan(latitude))
        return latitude;
    return std::clamp(latitude, -MaxLatitude, MaxLatitude);
}

double Mercator::wrapLongitude(double longitude)
{
    if (!std::isfinite(longitude))
        return std::numeric_limits<double>::quiet_NaN();
    if (longitude >= -180.0 && longitude <= 180.0)
        return longitude;
    double wrapped = std::fmod(longitude + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    return wrapped - 180.0;
}

int Mercator::wrapTileX(int x, int zoom)
{
    const int n = tileCount(zoom);
    const int wrapped = x % n;
    return wrapped < 0 ? wrapped + n : wrapped;
}

QPointF Mercator::projectLngLat(QPointF lngLat, double zoom)
{
    const double size = worldSize(zoom);
    const double lng = wrapLongitude(lngLat.x());
    const double lat = clampLatitude(lngLat.y());
    const double x = (lng + 180.0) / 360.0 * size;
    const double sinLat = std::sin(lat * DegToRad);
    const double y = (0.5 - std::log((1.0 + sinLat) / (1.0 - sinLat)) / (4.0 * Pi)) * size;
    return { x, y };
}

QPointF Mercator::project(const QGeoCoordinate &coordinate, double zoom)
{
    return projectLngLat(QPointF(coordinate.longitude(), coordinate.latitude()), zoom);
}

QGeoCoordinate Mercator::unproject(QPointF worldPx, double zoom)
{
    const double size = worldSize(zoom);
    if (!std::isfinite(worldPx.x()) || !std::isfinite(worldPx.y()) || !std::isfinite(size)
        || size <= 0)
        return {};
    double fx = std::fmod(worldPx.x() / size, 1.0);
    if (fx < 0)
        fx += 1.0;
    const double fy = std::clamp(worldPx.y() / size, 0.0, 1.0);
    const double lng = fx * 360.0 - 180.0;
    const double lat = clampLatitude(std::atan(std::sinh(Pi * (1.0 - 2.0 * fy))) * RadToDeg);
    return QGeoCoordinate(lat, lng);
}

QRectF Mercator::lngLatRect(const QRectF &worldPx, double zoom)
{
    const QRectF r = worldPx.normalized();
    const double size = worldSize(zoom);
    if (!std::isfinite(r.left()) || !std::isfinite(r.right()) || !std::isfinite(r.top())
        || !std::isfinite(r.bottom()) || !std::isfinite(size) || size <= 0)
        return {};
    const double west = r.left() / size * 360.0 - 180.0;
    const double east = r.right() / size * 360.0 - 180.0;
    const double north = unproject(QPointF(0, r.top()), zoom).latitude();
    const double south = unproject(QPointF(0, r.bottom()), zoom).latitude();
    return QRectF(west, south, east - west, north - south);
}

Mercator::Tile Mercator::tileAt(const QGeoCoordinate &coordinate, int zoom)
{
    zoom = clampTileZoom(zoom);
    return tileAtWorldPixel(project(coordinate, zoom), zoom);
}

Mercator::Tile Mercator::tileAtWorldPixel(QPointF worldPx, int zoom)
{
    zoom = clampTileZoom(zoom);
    const int n = tileCount(zoom);
    const double x = std::isfinite(worldPx.x()) ? worldPx.x() : 0.0;
    const double y = std::isfinite(worldPx.y()) ? worldPx.y() : 0.0;
    return Tile { zoom, wrapTileX(columnAt(x), zoom), std::clamp(columnAt(y), 0, n - 1) };
}

Mercator::TileRange Mercator::tilesCovering(const QRectF &viewportWorldPx, int zoom)
{
    zoom = clampTileZoom(zoom);
    return tilesCovering(viewportWorldPx, double(zoom), zoom);
}

Mercator::TileRange Mercator::tilesCovering(
    const QRectF &viewportWorldPx, double viewZoom, int tileZoom)
{
    tileZoom = clampTileZoom(tileZoom);
    TileRange range;
    range.zoom = tileZoom;
    const QRectF view = viewportWorldPx.normalized();
    if (!std::isfinite(view.left()) || !std::isfinite(view.right()) || !std::isfinite(view.top())
        || !std::isfinite(view.bottom()) || !std::isfinite(viewZoom))
        return range; // empty
    const double scale = std::exp2(tileZoom - viewZoom);
    const double left = view.left() * scale;
    const double right = view.right() * scale;
    const double top = view.top() * scale;
    const double bottom = view.bottom() * scale;
    if (std::isnan(left) || std::isnan(right) || std::isnan(top) || std::isnan(bottom))
        return range; // empty: a zoom so far out that 0 · ∞ came up
    const int n = tileCount(tileZoom);

    // Half-open: a view whose right edge lies on a tile boundary does not reach the next tile,
    // but a view of zero width still covers the tile under it.
    range.minX = columnAt(left);
    range.maxX = std::max(range.minX, floorToInt(std::ceil(right / TileSize)) - 1);
    range.maxX = std::min(range.maxX, range.minX + MaxColumns - 1);
    const int firstRow = columnAt(top);
    const int lastRow = std::max(firstRow, floorToInt(std::ceil(bottom / TileSize)) - 1);
    range.minY = std::max(firstRow, 0);
    range.maxY = std::min(lastRow, n - 1);
    return range;
}

QRectF Mercator::tileRect(int x, int y, int tileZoom, double viewZoom)
{
    const double size = TileSize * std::exp2(viewZoom - clampTileZoom(tileZoom));
    return QRectF(x * size, y * size, size, size);
}

QGeoRectangle Mercator::tileBounds(const Tile &tile)
{
    const int zoom = clampTileZoom(tile.zoom);
    const int n = tileCount(zoom);
    if (tile.zoom != zoom || tile.y < 0 || tile.y >= n)
        return {};
    const int x = wrapTileX(tile.x, zoom);
    const QGeoCoordinate northWest
        = unproject(QPointF(double(x) * TileSize, double(tile.y) * TileSize), zoom);
    QGeoCoordinate southEast
        = unproject(QPointF(double(x + 1) * TileSize, double(tile.y + 1) * TileSize), zoom);
    if (x + 1 == n) // the east edge of the last column is +180, not -180 again
        southEast.setLongitude(180.0);
    return QGeoRectangle(northWest, southEast);
}

double Mercator::metresPerPixel(double latitude, double zoom)
{
    const double lat = clampLatitude(latitude);
    return 2.0 * Pi * EquatorialRadiusM * std::cos(lat * DegToRad) / worldSize(zoom);
}

double Mercator::zoomForMetresPerPixel(double metres, double latitude)
{
    if (!(metres > 0))
        return qQNaN();
    return std::log2(metresPerPixel(latitude, 0.0) / metres);
}

double Mercator::distanceKm(const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    const double lat1 = a.latitude() * DegToRad;
    const double lat2 = b.latitude() * DegToRad;
    const double dLat = lat2 - lat1;
    const double dLng = (b.longitude() - a.longitude()) * DegToRad;
    const double sinLat = std::sin(dLat / 2.0);
    const double sinLng = std::sin(dLng / 2.0);
    const double h = sinLat * sinLat + std::cos(lat1) * std::cos(lat2) * sinLng * sinLng;
    return 2.0 * EarthRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

QDebug operator<<(QDebug debug, const Mercator::Tile &tile)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Tile(" << tile.zoom << '/' << tile.x << '/' << tile.y << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const Mercator::TileRange &range)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TileRange(z" << range.zoom << ", x " << range.minX << ".." << range.maxX
                    << ", y " << range.minY << ".." << range.maxY << ')';
    return debug;
}

} // namespace gig
