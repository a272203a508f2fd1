// A TileSource for tests: records what the map asks and answers when the test says so.
#pragma once

#include "models/tilesource.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QList>

namespace gig {

class FakeTileSource final : public TileSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTileSource)

public:
    explicit FakeTileSource(QObject *parent = nullptr)
        : TileSource(parent)
    { }

    void request(const TileId &tile, int priority) override
    {
        requests.append(tile);
        priorities.append(priority);
        if (autoColor.isValid())
            answer(tile, autoColor);
    }
    void cancel(const TileId &tile) override { cancels.append(tile); }
    int maxZoom() const override { return 19; }

    static QByteArray png(const QColor &color, int side = 256)
    {
        QImage image(side, side, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    void answer(const TileId &tile, const QColor &color) { emit tileReady(tile, png(color)); }
    void fail(const TileId &tile) { emit tileFailed(tile, QStringLiteral("HTTP 500")); }

    QList<TileId> requests;
    QList<int> priorities;
    QList<TileId> cancels;
    QColor autoColor; // when valid, every request is answered at once with this colour
};

} // namespace gig
