// Web Mercator maths (256-px tiles) under the map widget and the sandbox's tile renderer.
#pragma once

#include <QDebug>
#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QHashFunctions>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace gig {

// World pixels: at zoom z the world is a square of worldSize(z) pixels, x growing east from
// longitude -180, y growing south from latitude +MaxLatitude. Zoom may be fractional.
// Tiles: at integer zoom z there are 2^z × 2^z tiles of TileSize pixels, as on OpenStreetMap.
class Mercator
{
public:
    static constexpr int TileSize = 256;
    static constexpr double MaxLatitude = 85.05112878; // where the Mercator square ends
    static constexpr int MaxTileZoom = 30; // 2^30 tiles a side still fits an int
    static constexpr int MaxColumns = 1 << 16; // a view wider than this is cut on the east
    static constexpr double EarthRadiusKm = 6371.0088; // mean radius, for great-circle distances
    static constexpr double EquatorialRadiusM = 6378137.0; // WGS 84, for the scale bar

    // One tile of the OpenStreetMap scheme: x in [0, 2^zoom), y in [0, 2^zoom).
    struct Tile
    {
        int zoom = 0;
        int x = 0;
        int y = 0;

        bool isValid() const;
        friend bool operator==(const Tile &, const Tile &) = default;
        friend size_t qHash(const Tile &tile, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, tile.zoom, tile.x, tile.y);
        }
    };

    // The tiles that cover a view. Rows are clamped to [0, 2^zoom); columns are NOT wrapped, so
    // a view across the antimeridian gives e.g. minX = -1: draw column x at tileRect(x, …) and
    // fetch it as wrapTileX(x, zoom). Empty when minX > maxX or minY > maxY. At most
    // MaxColumns columns, however wide the view.
    struct TileRange
    {
        int zoom = 0;
        int minX = 0;
        int maxX = -1;
        int minY = 0;
        int maxY = -1;

        bool isEmpty() const { return minX > maxX || minY > maxY; }
        qsizetype columnCount() const { return isEmpty() ? 0 : qsizetype(maxX) - minX + 1; }
        qsizetype rowCount() const { return isEmpty() ? 0 : qsizetype(maxY) - minY + 1; }
        qsizetype count() const { return columnCount() * rowCount(); }
        bool contains(const Tile &tile) const; // compares wrapped columns
        // Every tile, row by row, columns wrapped into [0, 2^zoom).
        QList<Tile> tiles() const;
        friend bool operator==(const TileRange &, const TileRange &) = default;
    };

    Mercator() = delete;

    // TileSize · 2^zoom; zoom may be fractional.
    static double worldSize(double zoom);
    // 2^zoom tiles a side, zoom clamped to [0, MaxTileZoom].
    static int tileCount(int zoom);

    // Latitude clamped to [-MaxLatitude, MaxLatitude]; NaN stays NaN.
    static double clampLatitude(double latitude);
    // Longitude brought into [-180, 180]: values inside stay as they are (so 180 stays 180),
    // values outside wrap into [-180, 180).
    static double wrapLongitude(double longitude);
    // Column brought into [0, 2^zoom).
    static int wrapTileX(int x, int zoom);

    // Coordinate → world pixels at zoom: latitude clamped, longitude wrapped, so x is in
    // [0, worldSize] and y in [0, worldSize]. An invalid (NaN) coordinate gives (NaN, NaN).
    static QPointF project(const QGeoCoordinate &coordinate, double zoom);
    // The same for a point given as (longitude, latitude) degrees, as Basemap stores them.
    static QPointF projectLngLat(QPointF lngLat, double zoom);
    // World pixels → coordinate: x wraps around the world, y is clamped to the world square,
    // so the result is always valid for finite input.
    static QGeoCoordinate unproject(QPointF worldPx, double zoom);

    // The area a rectangle of world pixels at zoom shows, in degrees: x = west, y = south,
    // width and height in degrees. Longitudes are NOT wrapped (a view across the antimeridian
    // may give west = -200) so the rectangle stays one piece; latitudes are clamped to the
    // world. Made for culling Basemap paths: test a copy of the world drawn k worlds east
    // against the rectangle shifted by -360·k. Empty (null) for non-finite input.
    static QRectF lngLatRect(const QRectF &worldPx, double zoom);

    // The tile holding a coordinate at integer zoom (clamped to [0, MaxTileZoom]).
    static Tile tileAt(const QGeoCoordinate &coordinate, int zoom);
    // The tile holding a world pixel at the same integer zoom (x wrapped, y clamped).
    static Tile tileAtWorldPixel(QPointF worldPx, int zoom);

    // Tiles covering a viewport given in world pixels at the same integer zoom.
    static TileRange tilesCovering(const QRectF &viewportWorldPx, int zoom);
    // Tiles of tileZoom covering a viewport given in world pixels at the (fractional) viewZoom,
    // e.g. tiles of zoom 10 stretched to draw a view at zoom 10.4.
    static TileRange tilesCovering(const QRectF &viewportWorldPx, double viewZoom, int tileZoom);
    // Where tile (x, y) of tileZoom lies in world pixels at viewZoom; x may be unwrapped.
    static QRectF tileRect(int x, int y, int tileZoom, double viewZoom);

    // The tile's area: top left is its north-west corner, bottom right its south-east corner.
    // The column is wrapped first; an invalid row gives an invalid rectangle.
    static QGeoRectangle tileBounds(const Tile &tile);

    // Ground metres one pixel spans at this latitude and zoom (for the scale bar).
    static double metresPerPixel(double latitude, double zoom);
    // The zoom at which one pixel spans `metres` on the ground at this latitude (the inverse of
    // metresPerPixel); NaN unless metres > 0.
    static double zoomForMetresPerPixel(double metres, double latitude);
    // Great-circle distance in kilometres (haversine on a sphere of EarthRadiusKm).
    static double distanceKm(const QGeoCoordinate &a, const QGeoCoordinate &b);
};

QDebug operator<<(QDebug debug, const Mercator::Tile &tile);
QDebug operator<<(QDebug debug, const Mercator::TileRange &range);

} // namespace gig
