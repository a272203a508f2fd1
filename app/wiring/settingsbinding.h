// Keeps the settings and the API keys in step: what the window changes is saved (settings to
// QSettings, keys to the key store), keys read from the store reach the window, and either
// reconfigures the engine on the source it now asks for; places and gigs stay.
#pragma once

#include "app/refresh/refreshengine.h"
#include "app/settings/keystore.h"
#include "models/appsettings.h"

#include <QObject>

namespace gig {

class DemoSandbox;
class MainWindow;
class SourceRouting;

class SettingsBinding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsBinding)

public:
    // What the engine runs on: the settings and keys: every source switched on that has a key;
    // the demo sandbox when asked for (`forceDemo`) or when none is left.
    // GIGMAP_TICKETMASTER_KEY stands in for a configured key (and switches Ticketmaster on when
    // no source is).
    static EngineConfig engineConfig(const AppSettings &settings, const ApiKeys &keys,
        bool forceDemo, const DemoSandbox &sandbox);

    // None is owned; all must outlive the binding. Shows `settings` in the window and applies
    // the engine's source.
    SettingsBinding(MainWindow *window, RefreshEngine *engine, SourceRouting *routing,
        const DemoSandbox *sandbox, const AppSettings &settings, bool forceDemo,
        QObject *parent = nullptr);

    // Asks the key store for the keys; new ones reconfigure the engine.
    void readKeys() { m_keyStore.readKeys(); }

    const AppSettings &settings() const { return m_settings; }
    const ApiKeys &apiKeys() const { return m_keys; }

private:
    void reconfigure();

    MainWindow *m_window;
    RefreshEngine *m_engine;
    SourceRouting *m_routing;
    const DemoSandbox *m_sandbox;
    AppSettings m_settings;
    ApiKeys m_keys;
    bool m_forceDemo;
    KeyStore m_keyStore;
};

} // namespace gig
