// The sandbox's tile server: /tiles/{z}/{x}/{y}.png drawn from the offline basemap, with the
// caching headers of tile.openstreetmap.org (ETag, Cache-Control) and 304 on a matching ETag.
#pragma once

#include "app/sandbox/sandboxservicehandler.h"

#include <QCache>
#include <QImage>
#include <QMutex>

namespace gig {

class Basemap;

class SandboxTiles final : public SandboxServiceHandler
{
public:
    SandboxTiles();
    // Draws from another map than Basemap::builtIn() (tests); the map must outlive the handler.
    explicit SandboxTiles(const Basemap *basemap);

    SandboxReply handle(const SandboxWorld &world, const SandboxCall &call) const override;
    SandboxReply errorReply(int status) const override;
    SandboxReply wrongShapeReply() const override;

    // One 256×256 tile: water, land (odd-even over the land rings), country borders, and a dot
    // for each gazetteer city from zoom 4 on.
    QImage render(int zoom, int x, int y) const;
    QByteArray etag(int zoom, int x, int y) const;

    static constexpr int maxZoom = 19;
    static constexpr int maxAgeSeconds = 7 * 24 * 3600;

private:
    const Basemap *m_basemap;
    mutable QMutex m_mutex;
    mutable QCache<QString, QByteArray> m_pngs; // rendered tiles by "z/x/y"
};

} // namespace gig
