#include "ui/map/tilepyramid.h"

#include <QPainter>

namespace gig {

namespace {

// The tile's square on screen, snapped to whole pixels so neighbours meet without seams.
QRect snappedRect(const QRectF &rect)
{
    const int left = qRound(rect.left());
    const int top = qRound(rect.top());
    return QRect(left, top, qRound(rect.right()) - left, qRound(rect.bottom()) - top);
}

int costOf(const QImage &image)
{
    return int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
}

} // namespace

TilePyramid::TilePyramid(qint64 maxBytes)
    : m_images(qsizetype(maxBytes / 1024))
{ }

void TilePyramid::setMaxBytes(qint64 maxBytes)
{
    m_images.setMaxCost(qsizetype(qMax<qint64>(maxBytes / 1024, 1)));
}

qint64 TilePyramid::maxBytes() const
{
    return qint64(m_images.maxCost()) * 1024;
}

void TilePyramid::insert(const TileId &tile, const QImage &image)
{
    if (image.isNull())
        return;
    m_images.insert(tile, new QImage(image), costOf(image));
}

bool TilePyramid::paint(QPainter *painter, const MapCamera &camera, int tileZoom) const
{
    const Mercator::TileRange range
        = Mercator::tilesCovering(camera.viewportWorldPx(), camera.zoom, tileZoom);
    const QPointF origin = camera.viewportWorldPx().topLeft();
    // The caller's SmoothPixmapTransform says how scaled tiles are drawn (fast while moving).
    const bool smooth = painter->testRenderHint(QPainter::SmoothPixmapTransform);
    bool covered = true;
    for (int y = range.minY; y <= range.maxY; ++y) {
        for (int x = range.minX; x <= range.maxX; ++x) {
            const QRect target = snappedRect(
                Mercator::tileRect(x, y, range.zoom, camera.zoom).translated(-origin));
            const Cover cover = draw(painter, x, y, range.zoom, target, smooth);
            covered = covered && cover != Cover::None && cover != Cover::Partial;
        }
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    return covered && !range.isEmpty();
}

bool TilePyramid::covers(const MapCamera &camera, int tileZoom) const
{
    const Mercator::TileRange range
        = Mercator::tilesCovering(camera.viewportWorldPx(), camera.zoom, tileZoom);
    if (range.isEmpty())
        return false;
    for (int y = range.minY; y <= range.maxY; ++y) {
        for (int x = range.minX; x <= range.maxX; ++x) {
            const Cover cover = draw(nullptr, x, y, range.zoom, QRect(), false);
            if (cover == Cover::None || cover == Cover::Partial)
                return false;
        }
    }
    return true;
}

TilePyramid::Cover TilePyramid::draw(
    QPainter *painter, int x, int y, int tileZoom, const QRect &target, bool smooth) const
{
    const int column = Mercator::wrapTileX(x, tileZoom);
    if (const QImage *image = m_images.object(TileId { tileZoom, column, y })) {
        if (painter) {
            const bool scaled
                = image->width() != target.width() * painter->device()->devicePixelRatioF()
                || image->height() != target.height() * painter->device()->devicePixelRatioF();
            painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth && scaled);
            painter->drawImage(target, *image);
        }
        return Cover::Exact;
    }

    for (int up = 1; up <= MaxAncestorLevels && tileZoom - up >= 0; ++up) {
        const int zoom = tileZoom - up;
        const int ax = column >> up;
        const int ay = y >> up;
        if (const QImage *image = m_images.object(TileId { zoom, ax, ay })) {
            if (painter) {
                const double side = double(image->width()) / (1 << up);
                const QRectF source(
                    (column - (ax << up)) * side, (y - (ay << up)) * side, side, side);
                painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
                painter->drawImage(QRectF(target), *image, source);
            }
            return Cover::Ancestor;
        }
    }

    if (tileZoom + 1 > Mercator::MaxTileZoom)
        return Cover::None;
    int found = 0;
    for (int dy = 0; dy < 2; ++dy) {
        for (int dx = 0; dx < 2; ++dx) {
            const QImage *image
                = m_images.object(TileId { tileZoom + 1, 2 * column + dx, 2 * y + dy });
            if (!image)
                continue;
            ++found;
            if (painter) {
                const int midX = target.left() + target.width() / 2;
                const int midY = target.top() + target.height() / 2;
                const QRect quarter
                    = QRect(QPoint(dx ? midX : target.left(), dy ? midY : target.top()),
                        QPoint(dx ? target.right() : midX - 1, dy ? target.bottom() : midY - 1));
                painter->setRenderHint(QPainter::SmoothPixmapTransform, smooth);
                painter->drawImage(quarter, *image);
            }
        }
    }
    if (found == 4)
        return Cover::Children;
    return found > 0 ? Cover::Partial : Cover::None;
}

} // namespace gig
