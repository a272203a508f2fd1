// gigmap's entry point: the one place that sees both the engine and the window and wires them.
#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "app/gui/windowbinding.h"
#include "app/net/requestqueue.h"
#include "app/positioning/positionservice.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/refreshengine.h"
#include "app/sandbox/demosandbox.h"
#include "app/settings/keystore.h"
#include "app/shutdownsignals.h"
#include "app/storage/cachedatabase.h"
#include "app/tiles/networktilesource.h"
#include "models/appsettings.h"
#include "models/appstatus.h"
#include "models/gigstore.h"
#include "models/version.h"
#include "ui/applicationicon.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>
#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcMain, "gigmap.app.main", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}

gig::EngineConfig::Source engineSource(gig::AppSettings::Source source)
{
    switch (source) {
    case gig::AppSettings::Source::Demo:
        return gig::EngineConfig::Source::Demo;
    case gig::AppSettings::Source::Ticketmaster:
        return gig::EngineConfig::Source::Ticketmaster;
    case gig::AppSettings::Source::Songkick:
        return gig::EngineConfig::Source::Songkick;
    }
    Q_UNREACHABLE();
    return gig::EngineConfig::Source::Demo;
}

// What the engine runs on: the settings and keys; the demo sandbox when asked for, or when the
// chosen source has no key. GIGMAP_TICKETMASTER_KEY stands in for a configured key.
gig::EngineConfig engineConfig(const gig::AppSettings &settings, const gig::ApiKeys &keys,
    bool forceDemo, const gig::DemoSandbox &sandbox)
{
    gig::EngineConfig config;
    config.source = engineSource(settings.source);
    config.ticketmasterKey = keys.ticketmaster;
    config.songkickKey = keys.songkick;
    if (const QString envKey = qEnvironmentVariable("GIGMAP_TICKETMASTER_KEY"); !envKey.isEmpty()) {
        config.ticketmasterKey = envKey;
        if (config.source == gig::EngineConfig::Source::Demo)
            config.source = gig::EngineConfig::Source::Ticketmaster;
    }
    if (forceDemo || config.sourceKey().isEmpty())
        config.source = gig::EngineConfig::Source::Demo;
    config.refresh.shownInterval = std::chrono::minutes(settings.shownRefreshMinutes);
    config.refresh.backgroundInterval = std::chrono::minutes(settings.backgroundRefreshMinutes);
    config.releaseTypes = settings.releaseTypes;
    if (config.source == gig::EngineConfig::Source::Demo) {
        config.ticketmasterUrl = sandbox.serviceRoot(gig::SandboxService::Ticketmaster);
        config.musicbrainzUrl = sandbox.serviceRoot(gig::SandboxService::MusicBrainz);
        config.nominatimUrl = sandbox.serviceRoot(gig::SandboxService::Nominatim);
    } else {
        config.ticketmasterUrl = settings.ticketmasterUrl;
        config.songkickUrl = settings.songkickUrl;
        config.musicbrainzUrl = settings.musicBrainzUrl;
        config.nominatimUrl = settings.nominatimUrl;
    }
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QLatin1StringView(gig::applicationName));
    QCoreApplication::setOrganizationName(QLatin1StringView(gig::applicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(gig::versionString));
    // gigmap's own debug output is off unless QT_LOGGING_RULES asks for it (it takes precedence).
    QLoggingCategory::setFilterRules(u"gigmap.*.debug=false"_s);

    // Answer --help and --version without a display: no QApplication is made for them.
    const gig::CommandLine::Result command = gig::CommandLine::parse(argumentsOf(argc, argv));
    switch (command.action) {
    case gig::CommandLine::Action::ShowVersion:
    case gig::CommandLine::Action::ShowHelp:
        print(stdout, command.text);
        return gig::CommandLine::exitOk;
    case gig::CommandLine::Action::Fail:
        print(stderr, command.text);
        return gig::CommandLine::exitBadArguments;
    case gig::CommandLine::Action::Export: {
        QCoreApplication app(argc, argv); // no window, no display needed
        QLoggingCategory::setFilterRules(u"gigmap.*.debug=false\ngigmap.*.info=false"_s);
        gig::ShutdownSignals shutdownSignals;
        return gig::ExportCommand::run(QCoreApplication::arguments());
    }
    case gig::CommandLine::Action::RunGui:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"gigmap"_s);
    // Lets Wayland shells match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(u"io.github.gigmap.Gigmap"_s);
    QApplication::setWindowIcon(gig::applicationIcon());
    gig::ShutdownSignals shutdownSignals;

    // The cache comes first: everything already known is shown before any refresh may start,
    // and every change is flushed on quit (SIGTERM and SIGINT quit cleanly too).
    gig::GigStore store;
    const QString cachePath = command.inMemoryCache ? QString()
        : command.cacheFile.isEmpty()               ? gig::CacheDatabase::defaultPath()
                                                    : command.cacheFile;
    gig::CacheDatabase cache(&store, cachePath);
    if (cache.load())
        qCInfo(lcMain) << "gig cache:" << cachePath;
    else if (cachePath.isEmpty())
        qCInfo(lcMain) << "gig cache: in memory only (--no-cache)";
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &cache, &gig::CacheDatabase::flush);

    QSettings settings;
    gig::AppSettings appSettings = gig::AppSettings::load(settings);
    gig::ApiKeys apiKeys;

    // The embedded sandbox serves demo data (and its map tiles) on its own thread.
    gig::DemoSandbox sandbox;
    if (!sandbox.start())
        qCWarning(lcMain) << "demo mode unavailable:" << sandbox.errorString();

    gig::RequestQueue queue;
    gig::RefreshEngine engine(
        &store, &queue, engineConfig(appSettings, apiKeys, command.demo, sandbox));
    gig::NetworkTileSource tiles(&queue);

    gig::AppStatus status;
    gig::MainWindow window(&store);
    window.setAppStatus(&status);
    window.setSettings(appSettings);
    QObject::connect(
        &cache, &gig::CacheDatabase::warningChanged, &window, [&window](const QString &warning) {
            if (!warning.isEmpty())
                window.statusBar()->showMessage(warning, 15000);
        });

    // Everything that depends on the source in use: labels and the tile server.
    auto applySource = [&] {
        const bool demo = engine.config().source == gig::EngineConfig::Source::Demo;
        status.setDemoMode(demo);
        status.setDataSource(demo ? QApplication::translate("main", "Demo data")
                                  : gig::engineSourceName(engine.config().source));
        window.setDataSourceLabel(demo ? QApplication::translate("main", "Demo data") : QString());
        const QString tileTemplate = demo
            ? sandbox.serviceRoot(gig::SandboxService::Tiles).toString() + u"/{z}/{x}/{y}.png"_s
            : appSettings.tileUrl;
        if (demo)
            queue.routePrefix(
                sandbox.serviceRoot(gig::SandboxService::Tiles), u"tile.openstreetmap.org"_s);
        if (!tiles.setUrlTemplate(tileTemplate))
            qCWarning(lcMain) << "map tiles:" << tiles.errorString();
    };
    applySource();
    window.mapView()->setTileSource(
        &tiles); // after the template is set: no request to a wrong server

    // Picks, searches, selection, refresh, export and the status bar: the window on the engine.
    gig::WindowBinding binding(&window, &engine, &store, &status);

    // Settings and keys: a new source or new URLs rebuild the watches; places and gigs stay.
    auto reconfigure = [&] {
        engine.reconfigure(engineConfig(appSettings, apiKeys, command.demo, sandbox));
        applySource();
    };
    QObject::connect(
        &window, &gig::MainWindow::settingsChanged, &window, [&](const gig::AppSettings &changed) {
            appSettings = changed;
            QSettings stored;
            changed.save(stored);
            reconfigure();
        });
    gig::KeyStore keyStore;
    QObject::connect(
        &keyStore, &gig::KeyStore::warningChanged, &window, &gig::MainWindow::setKeyStoreWarning);
    QObject::connect(&keyStore, &gig::KeyStore::keysRead, &window, [&](const gig::ApiKeys &keys) {
        window.setApiKeys(keys);
        if (keys == apiKeys)
            return;
        apiKeys = keys;
        reconfigure();
    });
    QObject::connect(
        &window, &gig::MainWindow::apiKeysChanged, &keyStore, [&](const gig::ApiKeys &keys) {
            keyStore.writeKeys(keys);
            apiKeys = keys;
            reconfigure();
        });
    keyStore.readKeys();

    // Saved places are never expired.
    auto syncSavedPlaces = [&] {
        for (const gig::SavedPlace &saved : window.savedPlaces()->places()) {
            const gig::LocationWatch *watch
                = engine.registry()->watch(saved.coordinate, saved.radiusKm, saved.name);
            engine.registry()->setSaved(watch->locationId(), true);
        }
    };
    QObject::connect(&window, &gig::MainWindow::savedPlacesChanged, &window, syncSavedPlaces);

    // "Use my location": the system's source, or the NMEA log given with --nmea.
    const auto positions = command.nmeaFile.isEmpty()
        ? std::make_unique<gig::PositionService>()
        : std::make_unique<gig::PositionService>(command.nmeaFile);
    window.setPositioningAvailable(positions->isAvailable(), positions->unavailableReason());
    QObject::connect(&window, &gig::MainWindow::myLocationRequested, positions.get(),
        &gig::PositionService::requestPosition);
    QObject::connect(positions.get(), &gig::PositionService::positionFailed, &window,
        &gig::MainWindow::showPositionError);
    QObject::connect(positions.get(), &gig::PositionService::positionFound, &window,
        [&](const QGeoCoordinate &where) {
            binding.pickPlace(where, QApplication::translate("main", "My location"));
        });

    // Watched places of the cache come back; the last place shows at once, from the cache.
    engine.registry()->resumeFromStore();
    syncSavedPlaces();
    QObject::connect(
        &window, &gig::MainWindow::shown, &window, [] { qCDebug(lcMain) << "main window shown"; });
    window.restoreState();
    window.show();
    const int exitCode = app.exec();
    window.saveState();
    qCDebug(lcMain) << "closed cleanly";
    return exitCode;
}
