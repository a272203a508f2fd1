// Shows which source the engine runs on, and points the map tiles at that source's tile server:
// the embedded sandbox in demo mode (its tiles on the OpenStreetMap lane), the configured one else;
// and tells the window where the MusicBrainz pages of its artists and releases are.
#pragma once

#include <QObject>

namespace gig {

struct AppSettings;
class ApiKeys;
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

    // Follows the engine's current source: status labels, tile server (outside demo mode the
    // settings' template with the keys' tile key), its route and the map's credit line.
    void apply(const AppSettings &settings, const ApiKeys &keys);

private:
    RefreshEngine *m_engine;
    NetworkTileSource *m_tiles;
    const DemoSandbox *m_sandbox;
    AppStatus *m_status;
    MainWindow *m_window;
};

} // namespace gig
