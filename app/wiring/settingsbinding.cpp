#include "app/wiring/settingsbinding.h"

#include "app/sandbox/demosandbox.h"
#include "app/settings/sharedcachepassword.h"
#include "app/storage/cachelocation.h"
#include "app/wiring/sourcerouting.h"
#include "ui/colorscheme.h"
#include "ui/mainwindow.h"

#include <QSettings>

namespace gig {

EngineConfig SettingsBinding::engineConfig(
    const AppSettings &settings, const ApiKeys &keys, bool forceDemo, const DemoSandbox &sandbox)
{
    EngineConfig config;
    config.keys = keys;
    QList<Source> switchedOn = settings.sources;
    if (const QString envKey = qEnvironmentVariable("GIGMAP_TICKETMASTER_KEY"); !envKey.isEmpty()) {
        config.keys.setKey(Service::Ticketmaster, envKey);
        if (switchedOn.isEmpty())
            switchedOn = { Source::Ticketmaster };
    }
    config.sources.clear();
    for (const Source source : std::as_const(switchedOn)) {
        if (!forceDemo && !config.keyOf(source).isEmpty())
            config.sources.append(source); // a source without a key is not asked
    }
    if (config.sources.isEmpty())
        config.sources = { Source::Demo };
    config.refresh.shownInterval = std::chrono::minutes(settings.shownRefreshMinutes);
    config.refresh.backgroundInterval = std::chrono::minutes(settings.backgroundRefreshMinutes);
    config.releaseTypes = settings.releaseTypes;
    config.urls = config.isDemo() ? sandbox.demoRoots() : settings.serviceUrls;
    return config;
}

SettingsBinding::SettingsBinding(MainWindow *window, RefreshEngine *engine, SourceRouting *routing,
    const DemoSandbox *sandbox, const AppSettings &settings, bool forceDemo, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_routing(routing)
    , m_sandbox(sandbox)
    , m_settings(settings)
    , m_forceDemo(forceDemo)
{
    Q_ASSERT(window && engine && routing && sandbox);
    window->setSettings(m_settings);
    applyColorScheme(m_settings.colorScheme);
    m_routing->apply(m_settings, m_keys);

    connect(window, &MainWindow::settingsChanged, this, [this](const AppSettings &changed) {
        m_settings = changed;
        QSettings stored;
        changed.save(stored);
        applyColorScheme(changed.colorScheme);
        reconfigure();
    });
    connect(&m_keyStore, &KeyStore::warningChanged, window, &MainWindow::setKeyStoreWarning);
    connect(&m_keyStore, &KeyStore::keysRead, this, [this](const ApiKeys &keys) {
        m_window->setApiKeys(keys);
        if (keys == m_keys)
            return;
        m_keys = keys;
        reconfigure();
    });
    connect(window, &MainWindow::sharedCachePasswordChanged, this,
        [this](const QString &url, const QString &password) {
            if (!SharedCachePassword::write(CacheLocation::fromText(url), password)) {
                m_window->setKeyStoreWarning(
                    tr("No keyring kept the shared cache's password, and gigmap keeps it nowhere "
                       "else. Write it into PostgreSQL's password file (~/.pgpass) instead."));
            }
        });
    connect(window, &MainWindow::apiKeysChanged, this, [this](const ApiKeys &keys) {
        m_keyStore.writeKeys(keys);
        m_keys = keys;
        reconfigure();
    });
}

void SettingsBinding::reconfigure()
{
    // A new source or new URLs rebuild the watches; places and gigs stay.
    m_engine->reconfigure(engineConfig(m_settings, m_keys, m_forceDemo, *m_sandbox));
    m_routing->apply(m_settings, m_keys);
}

} // namespace gig
