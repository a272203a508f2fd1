// Where the map's raster tiles come from: the network source in app/, a fake in tests.
#pragma once

#include "models/mercator.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace gig {

// One tile of the OpenStreetMap scheme (zoom, x, y), hashable and comparable.
using TileId = Mercator::Tile;

// Asynchronous tile supplier. The map asks for tiles with request() and drops its interest with
// cancel(); the source answers each request it did not see cancelled with exactly one
// tileReady() or tileFailed(). Requests for a tile already asked for are merged.
class TileSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileSource)

public:
    // Lower numbers are more urgent: the map passes 0 for the tile under the centre of the view
    // and larger numbers outwards.
    static constexpr int MostUrgent = 0;

    explicit TileSource(QObject *parent = nullptr);
    ~TileSource() override;

    virtual void request(const TileId &tile, int priority) = 0;
    virtual void cancel(const TileId &tile) = 0;

    // The deepest zoom the source has tiles for; the map never asks deeper.
    virtual int maxZoom() const { return 19; }
    // Asks for tiles with twice the pixels where the source has them (the map's screen is
    // high-DPI); the map draws whatever size arrives into the tile's square.
    virtual void setHighDpi(bool highDpi) { Q_UNUSED(highDpi); }

    // Whether the tiles carry place names (OpenStreetMap's do, the demo's plain ones do not):
    // the map writes the gazetteer's city names over tiles without them. Default: without.
    bool drawsPlaceNames() const { return m_drawsPlaceNames; }
    void setDrawsPlaceNames(bool draws);

signals:
    void tileReady(const gig::TileId &tile, const QByteArray &imageBytes);
    void tileFailed(const gig::TileId &tile, const QString &reason);
    // The tiles it serves are not the ones it served (another server, another key, names or
    // not): the map drops every tile it holds and asks again.
    void tilesReplaced();

private:
    bool m_drawsPlaceNames = false;
};

} // namespace gig
