#include "app/sandbox/sandboxtiles.h"

#include "app/sandbox/sandboxgazetteer.h"
#include "app/sandbox/sandboxrandom.h"
#include "models/basemap.h"
#include "models/mercator.h"

#include <QBuffer>
#include <QMutexLocker>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

constexpr quint64 renderVersion = 1; // bump when the drawing changes, so ETags change
const QColor waterColour(0xaa, 0xd3, 0xdf);
const QColor landColour(0xf2, 0xef, 0xe9);
const QColor borderColour(0xa0, 0x8c, 0xa8);
const QColor cityColour(0x55, 0x55, 0x55);

} // namespace

SandboxTiles::SandboxTiles()
    : SandboxTiles(&Basemap::builtIn())
{ }

SandboxTiles::SandboxTiles(const Basemap *basemap)
    : m_basemap(basemap)
    , m_pngs(64 * 1024) // cost in KiB: about 64 MiB of PNGs
{ }

QByteArray SandboxTiles::etag(int zoom, int x, int y) const
{
    const quint64 digest = SandboxRandom::hash(
        { renderVersion, quint64(m_basemap->pointCount()), quint64(zoom), quint64(x), quint64(y) });
    return '"' + QByteArray::number(digest, 16) + '"';
}

QImage SandboxTiles::render(int zoom, int x, int y) const
{
    constexpr int size = Mercator::TileSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(waterColour);

    const QGeoRectangle bounds = Mercator::tileBounds({ zoom, x, y });
    // A margin of a few pixels keeps strokes that start just outside the tile.
    const double marginDegrees = 4.0 * bounds.width() / size;
    const QRectF lngLat(bounds.topLeft().longitude() - marginDegrees,
        bounds.bottomRight().latitude() - marginDegrees, bounds.width() + 2 * marginDegrees,
        bounds.height() + 2 * marginDegrees);
    const QPointF origin(double(x) * size, double(y) * size);
    const auto toTile = [&](QPointF point) {
        return Mercator::projectLngLat(point, zoom) - origin;
    };

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    for (const Basemap::Path &ring : m_basemap->landRings()) {
        if (!ring.intersects(lngLat) || ring.points.size() < 3)
            continue;
        QPolygonF polygon;
        polygon.reserve(ring.points.size());
        for (const QPointF &point : ring.points)
            polygon.append(toTile(point));
        land.addPolygon(polygon);
        land.closeSubpath();
    }
    painter.fillPath(land, landColour);

    painter.setPen(QPen(borderColour, zoom < 4 ? 0.6 : 1.0, Qt::DashLine));
    for (const Basemap::Path &line : m_basemap->borderLines()) {
        if (!line.intersects(lngLat) || line.points.size() < 2)
            continue;
        QPolygonF polyline;
        polyline.reserve(line.points.size());
        for (const QPointF &point : line.points)
            polyline.append(toTile(point));
        painter.drawPolyline(polyline);
    }

    if (zoom >= 4) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(cityColour);
        const double radius = std::min(6.0, 1.5 + zoom / 3.0);
        for (const SandboxCity &city : SandboxGazetteer::cities()) {
            const QPointF at = toTile(QPointF(city.lng, city.lat));
            if (at.x() > -radius && at.y() > -radius && at.x() < size + radius
                && at.y() < size + radius)
                painter.drawEllipse(at, radius, radius);
        }
    }
    painter.end();
    return image;
}

SandboxReply SandboxTiles::handle(const SandboxWorld &world, const SandboxCall &call) const
{
    Q_UNUSED(world)
    static const QRegularExpression tilePath(u"^/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})\\.png$"_s);
    const auto match = tilePath.match(call.path);
    if (!match.hasMatch())
        return SandboxReply::text("Not found: tiles are at /tiles/{z}/{x}/{y}.png\n", 404);
    const int zoom = match.captured(1).toInt();
    const int x = match.captured(2).toInt();
    const int y = match.captured(3).toInt();
    if (zoom > maxZoom || x >= Mercator::tileCount(zoom) || y >= Mercator::tileCount(zoom))
        return SandboxReply::text("Tile out of range\n", 404);

    SandboxReply reply;
    reply.contentType = "image/png";
    reply.headers = { { "ETag", etag(zoom, x, y) },
        { "Cache-Control", "max-age=" + QByteArray::number(maxAgeSeconds) },
        { "Expires", SandboxReply::httpDate(call.now.addSecs(maxAgeSeconds)) },
        { "Access-Control-Allow-Origin", "*" } };
    // A revalidation needs no drawing: the server answers 304 from the ETag alone.
    if (call.ifNoneMatch(etag(zoom, x, y)))
        return reply;

    const QString key = u"%1/%2/%3"_s.arg(zoom).arg(x).arg(y);
    {
        QMutexLocker locker(&m_mutex);
        if (const QByteArray *png = m_pngs.object(key)) {
            reply.body = *png;
            return reply;
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    render(zoom, x, y).save(&buffer, "PNG");
    reply.body = png;
    QMutexLocker locker(&m_mutex);
    m_pngs.insert(key, new QByteArray(png), std::max<qsizetype>(1, png.size() / 1024));
    return reply;
}

SandboxReply SandboxTiles::errorReply(int status) const
{
    return SandboxReply::text(
        status == 429 ? "Too Many Requests\n" : "Tile server error\n", status);
}

SandboxReply SandboxTiles::wrongShapeReply() const
{
    SandboxReply reply = SandboxReply::text("this is not a PNG image", 200);
    reply.contentType = "image/png";
    return reply;
}

} // namespace gig
