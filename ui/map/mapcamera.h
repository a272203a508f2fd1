// Where the map looks (centre, fractional zoom, viewport size) and the sums between screen and
// world.
#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace gig {

// A plain value: positions are normalised Web Mercator (x, y in [0, 1] for one world, x may run
// past either edge into the copies beside it), screen points are widget pixels.
struct MapCamera
{
    QPointF centre { 0.5, 0.5 };
    double zoom = 2.0;
    QSizeF viewport;

    double worldSize() const; // pixels of one world at this zoom
    QPointF toScreen(QPointF mercator) const;
    QPointF toMercator(QPointF screen) const;
    QGeoCoordinate coordinateAt(QPointF screen) const;
    QPointF screenPosition(const QGeoCoordinate &coordinate) const;
    // The visible part of the world, in normalised Mercator.
    QRectF visibleMercator() const;
    // The viewport in world pixels at this zoom (what Mercator::tilesCovering takes).
    QRectF viewportWorldPx() const;
    // The centre that keeps `mercator` under `screen` at this camera's zoom.
    QPointF centreKeeping(QPointF mercator, QPointF screen) const;

    friend bool operator==(const MapCamera &, const MapCamera &) = default;
};

} // namespace gig
