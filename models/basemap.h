// The offline world map (Natural Earth land and borders) drawn under tiles and by the sandbox.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QIODevice;

namespace gig {

// Loads the compact binary basemap that scripts/convert-basemap writes (format in
// docs/BASEMAP.md). Points are (x = longitude, y = latitude) in degrees. Any input, however
// broken, gives either a complete map or an empty one with errorString() saying why.
class Basemap
{
public:
    // One land ring or border line. Land rings are closed (first point == last point).
    struct Path
    {
        QList<QPointF> points; // (longitude, latitude) degrees
        // x = west, y = south, width = east - west, height = north - south. May have zero
        // width or height (a border along a meridian), so test it with intersects(), not
        // QRectF::intersects(), which ignores empty rectangles.
        QRectF bounds;
        bool isHole = false; // land rings only: a lake or inland sea cut out of the ring before

        // True when the bounds touch or overlap lngLatRect (edges included).
        bool intersects(const QRectF &lngLatRect) const;
        friend bool operator==(const Path &, const Path &) = default;
    };

    Basemap() = default;

    // Replaces the content with the map read from the bytes. On failure the map is empty,
    // errorString() says what is wrong, and false is returned.
    bool load(const QByteArray &data);
    // Reads the device to its end (at most MaxFileSize bytes) and loads that.
    bool load(QIODevice *device);

    QString errorString() const { return m_errorString; }
    bool isEmpty() const { return m_landRings.isEmpty() && m_borderLines.isEmpty(); }

    // Land polygons as rings; a ring with isHole cuts a lake out of the outer rings around it.
    // Filling all rings with the odd-even rule draws the land correctly.
    const QList<Path> &landRings() const { return m_landRings; }
    // Borders between countries, each shared stretch once; coastlines are the land rings.
    const QList<Path> &borderLines() const { return m_borderLines; }
    qsizetype pointCount() const; // over land rings and border lines

    // True when the point is on land (odd-even over all land rings, holes are water).
    bool isLand(QPointF lngLat) const;

    // The map embedded in the application (resource :/basemap/world.gmbm), loaded once on
    // first use and shared; thread-safe. Empty, with a warning logged, if it cannot be read.
    static const Basemap &builtIn();
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

private:
    QList<Path> m_landRings;
    QList<Path> m_borderLines;
    QString m_errorString;
};

QDebug operator<<(QDebug debug, const Basemap &basemap);

} // namespace gig
