// The map's raster tiles: asks a TileSource for what the view needs, decodes, caches and draws
// them.
#pragma once

#include "models/tilesource.h"
#include "ui/map/mapcamera.h"
#include "ui/map/tilepyramid.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <chrono>

class QPainter;

namespace gig {

class TileLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileLayer)

public:
    explicit TileLayer(QObject *parent = nullptr);
    ~TileLayer() override;

    // Not owned. Changing it drops every tile of the old source.
    void setSource(TileSource *source);
    TileSource *source() const { return m_source; }

    // The tiles a camera shows: zoom rounded to the nearest level the source has.
    int tileZoom(double zoom) const;
    // Requests the view's missing tiles, nearest the centre first, and cancels the requests the
    // view no longer needs. Only tiles that touch the view are requested (no prefetch).
    void setCamera(const MapCamera &camera);
    // Draws what is in memory, with scaled ancestors or children for tiles still loading.
    // Returns true when the view is fully covered, so nothing underneath needs drawing.
    bool paint(QPainter *painter, const MapCamera &camera) const;
    bool covers(const MapCamera &camera) const;

    QList<TileId> pendingTiles() const; // asked of the source, not answered yet
    bool hasTile(const TileId &tile) const { return m_pyramid.contains(tile); }
    // Tiles for a dark map (darkenedTile()): the tiles held are decoded again.
    void setDarkened(bool darkened);
    bool isDarkened() const { return m_darkened; }
    void setMemoryLimit(qint64 bytes) { m_pyramid.setMaxBytes(bytes); }
    // How long a failed tile rests before it is asked for again.
    void setRetryInterval(std::chrono::milliseconds interval) { m_retryInterval = interval; }

signals:
    void changed(); // a tile arrived: repaint

private:
    void onTileReady(const TileId &tile, const QByteArray &bytes);
    void onTileFailed(const TileId &tile, const QString &reason);
    void onDecoded(quint64 generation, const TileId &tile, const QImage &image);
    void cancelAll();
    // Drops every tile held and asks the source again (a new source, or its tiles replaced).
    void reload();

    QPointer<TileSource> m_source;
    TilePyramid m_pyramid;
    QSet<TileId> m_pending;
    QSet<TileId> m_decoding;
    QHash<TileId, qint64> m_failedAt; // ms on m_clock
    bool m_darkened = false;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_retryInterval { 30000 };
    quint64 m_generation = 0;
    MapCamera m_camera;
    bool m_hasCamera = false;
};

} // namespace gig
