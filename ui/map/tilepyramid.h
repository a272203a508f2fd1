// A map layer's decoded tiles in memory (bounded LRU), drawn with stand-ins while others load.
#pragma once

#include "models/tilesource.h"
#include "ui/map/mapcamera.h"

#include <QCache>
#include <QCoreApplication>
#include <QImage>
#include <QPointer>
#include <QThreadPool>

class QPainter;

namespace gig {

class TilePyramid
{
public:
    static constexpr int MaxAncestorLevels = 4; // a missing tile borrows from at most 4 zooms up
    static constexpr qint64 DefaultMaxBytes = 96 * 1024 * 1024;

    explicit TilePyramid(qint64 maxBytes = DefaultMaxBytes);
    Q_DISABLE_COPY_MOVE(TilePyramid)

    // The least recently drawn tiles go first when the images pass maxBytes.
    void setMaxBytes(qint64 maxBytes);
    qint64 maxBytes() const;
    void insert(const TileId &tile, const QImage &image);
    bool contains(const TileId &tile) const { return m_images.contains(tile); }
    qsizetype count() const { return m_images.count(); }
    void clear() { m_images.clear(); }

    // Draws the tiles of tileZoom that cover the camera's view. A tile not in memory is replaced
    // by the matching part of an ancestor (up to MaxAncestorLevels up) or else by whichever of
    // its four children are there. Scaled tiles are smoothed when the painter's
    // SmoothPixmapTransform hint is on. Returns true when no part of the view was left bare.
    bool paint(QPainter *painter, const MapCamera &camera, int tileZoom) const;
    // Whether paint() would leave nothing bare, without drawing.
    bool covers(const MapCamera &camera, int tileZoom) const;

    // Runs make() (decoding or drawing a tile) on the thread pool and hands its image to
    // receiver->*deliver on the receiver's thread, unless the receiver is gone by then.
    template<typename Receiver, typename Make>
    static void makeInBackground(Receiver *receiver, quint64 generation, const TileId &tile,
        Make make, void (Receiver::*deliver)(quint64, const TileId &, const QImage &))
    {
        QThreadPool::globalInstance()->start([self = QPointer<Receiver>(receiver), generation, tile,
                                                 make = std::move(make), deliver] {
            const QImage image = make();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, generation, tile, image, deliver] {
                    if (self)
                        (self.data()->*deliver)(generation, tile, image);
                },
                Qt::QueuedConnection);
        });
    }

private:
    enum class Cover { Exact, Ancestor, Children, Partial, None };
    Cover draw(
        QPainter *painter, int x, int y, int tileZoom, const QRect &target, bool smooth) const;

    QCache<TileId, QImage> m_images; // cost in KiB
};

} // namespace gig
