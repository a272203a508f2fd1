// The offline world map under the tiles: ocean, land and borders from gig::Basemap, drawn as tiles.
#pragma once

#include "ui/map/mapcamera.h"
#include "ui/map/tilepyramid.h"

#include <QColor>
#include <QObject>
#include <QSet>

class QPainter;

namespace gig {

// Renders 256-px tiles of the built-in basemap on worker threads (a few at a time, nearest the
// centre first), keeps them in a TilePyramid and draws them like raster tiles, so panning and
// zooming cost blits, not polygon fills. Beyond MaxRenderZoom the deepest tiles are scaled: the
// Natural Earth data has no finer detail.
class BasemapLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasemapLayer)

public:
    static constexpr int MaxRenderZoom = 10;
    static constexpr int MaxRendersInFlight = 2;

    struct Colors
    {
        QColor ocean;
        QColor land;
        QColor border;
        QColor coast;
        friend bool operator==(const Colors &, const Colors &) = default;
    };
    // Colours that suit a light or a dark palette.
    static Colors colorsFor(bool dark);

    explicit BasemapLayer(QObject *parent = nullptr);
    ~BasemapLayer() override;

    void setColors(const Colors &colors);
    const Colors &colors() const { return m_colors; }
    // Tile pixels per tile side: 256 × the screen's device pixel ratio.
    void setDevicePixelRatio(qreal ratio);
    int tileZoom(double zoom) const;
    // Starts rendering the tiles the view needs that are not in memory.
    void setCamera(const MapCamera &camera);
    // Ocean background, then every rendered tile or stand-in.
    void paint(QPainter *painter, const MapCamera &camera) const;
    bool isIdle() const { return m_rendering.isEmpty(); }

signals:
    void changed(); // a tile was rendered: repaint

private:
    void scheduleRenders();
    void onRendered(quint64 generation, const TileId &tile, const QImage &image);

    Colors m_colors;
    qreal m_ratio = 1.0;
    TilePyramid m_pyramid { 48 * 1024 * 1024 };
    QSet<TileId> m_rendering;
    MapCamera m_camera;
    bool m_hasCamera = false;
    quint64 m_generation = 0;
};

} // namespace gig
