#include "app/wiring/sourcerouting.h"

#include "app/net/requestqueue.h"
#include "app/refresh/refreshengine.h"
#include "app/sandbox/demosandbox.h"
#include "app/sources/eventsource.h"
#include "app/tiles/networktilesource.h"
#include "app/tiles/tileattribution.h"
#include "models/appsettings.h"
#include "models/appstatus.h"
#include "models/services.h"
#include "ui/gigdetailspane.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWiring, "gigmap.app.wiring", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace gig {

SourceRouting::SourceRouting(RefreshEngine *engine, NetworkTileSource *tiles,
    const DemoSandbox *sandbox, AppStatus *status, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_tiles(tiles)
    , m_sandbox(sandbox)
    , m_status(status)
    , m_window(window)
{
    Q_ASSERT(engine && tiles && sandbox && status && window);
}

void SourceRouting::apply(const AppSettings &settings, const ApiKeys &keys)
{
    const bool demo = m_engine->config().isDemo();
    const QString demoLabel = QCoreApplication::translate("main", "Demo data");
    m_status->setDemoMode(demo);
    m_status->setDataSource(demo ? demoLabel : m_engine->eventSource()->displayName());
    m_window->setDataSourceLabel(demo ? demoLabel : QString());
    const QUrl sandboxTiles = m_sandbox->serviceRoot(SandboxService::Tiles);
    if (demo)
        m_engine->queue()->routePrefix(sandboxTiles, serviceSpec(Service::Tiles).laneName());
    const QString tileKey = keys.key(Service::Tiles);
    if (demo) {
        m_tiles->setUrlTemplate(sandboxTiles.toString() + u"/{z}/{x}/{y}.png"_s);
    } else if (AppSettings::tileUrlNeedsKey(settings.tileUrl) && tileKey.isEmpty()) {
        // The keyring answers after the first apply; the settings dialog asks for the key.
        qCInfo(lcWiring) << "map tiles: waiting for the tile server's key";
    } else if (!m_tiles->setUrlTemplate(settings.tileUrl, tileKey)) {
        qCWarning(lcWiring) << "map tiles:" << m_tiles->errorString();
    }
    // The demo's tiles are plain: the map names the cities.
    m_tiles->setDrawsPlaceNames(!demo && settings.tilesShowPlaceNames);
    m_window->mapView()->setAttributionHtml(tileAttributionHtml(settings, demo));
    m_window->detailsPane()->setMusicBrainzWebRoot(
        musicBrainzWebRoot(m_engine->config().url(Service::MusicBrainz)));
}

} // namespace gig
