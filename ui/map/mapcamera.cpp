#include "ui/map/mapcamera.h"

#include "models/gigclusterindex.h"
#include "models/mercator.h"

namespace gig {

double MapCamera::worldSize() const
{
    return Mercator::worldSize(zoom);
}

QPointF MapCamera::toScreen(QPointF mercator) const
{
    const double size = worldSize();
    return QPointF((mercator.x() - centre.x()) * size + viewport.width() / 2.0,
        (mercator.y() - centre.y()) * size + viewport.height() / 2.0);
}

QPointF MapCamera::toMercator(QPointF screen) const
{
    const double size = worldSize();
    return QPointF(centre.x() + (screen.x() - viewport.width() / 2.0) / size,
        centre.y() + (screen.y() - viewport.height() / 2.0) / size);
}

QGeoCoordinate MapCamera::coordinateAt(QPointF screen) const
{
    return GigClusterIndex::toCoordinate(toMercator(screen));
}

QPointF MapCamera::screenPosition(const QGeoCoordinate &coordinate) const
{
    QPointF mercator
        = GigClusterIndex::toMercator(QPointF(coordinate.longitude(), coordinate.latitude()));
    // Of the world's copies, the one nearest the centre.
    mercator.rx() += std::round(centre.x() - mercator.x());
    return toScreen(mercator);
}

QRectF MapCamera::visibleMercator() const
{
    const double size = worldSize();
    const QSizeF half(viewport.width() / size / 2.0, viewport.height() / size / 2.0);
    return QRectF(centre.x() - half.width(), centre.y() - half.height(), 2.0 * half.width(),
        2.0 * half.height());
}

QRectF MapCamera::viewportWorldPx() const
{
    const double size = worldSize();
    return QRectF(centre.x() * size - viewport.width() / 2.0,
        centre.y() * size - viewport.height() / 2.0, viewport.width(), viewport.height());
}

QPointF MapCamera::centreKeeping(QPointF mercator, QPointF screen) const
{
    const double size = worldSize();
    return QPointF(mercator.x() - (screen.x() - viewport.width() / 2.0) / size,
        mercator.y() - (screen.y() - viewport.height() / 2.0) / size);
}

} // namespace gig
