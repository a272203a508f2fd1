// Shows which source the engine runs on, and points the map tiles at that source's tile server:
// the embedded sandbox in demo mode (its tiles on the OpenStreetMap lane), the configured one else;
// and tells the window where the MusicBrainz pages of its artists and releases are.
#pragma once

#include <QObject>

namespace gig {

class AppStatus;
class DemoSandbox;
class MainWindow;
class NetworkTileSource;
class RefreshEngine;

class SourceRouting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceRouting)

public:
    // None is owned; all must outlive the routing.
    SourceRouting(RefreshEngine *engine, NetworkTileSource *tiles, const DemoSandbox *sandbox,
        AppStatus *status, MainWindow *window, QObject *parent = nullptr);

    // Follows the engine's current source: status labels, tile template and tile route.
    // `tileUrl` is the template outside demo mode.
    void apply(const QString &tileUrl);

private:
    RefreshEngine *m_engine;
    NetworkTileSource *m_tiles;
    const DemoSandbox *m_sandbox;
    AppStatus *m_status;
    MainWindow *m_window;
};

} // namespace gig
