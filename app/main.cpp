// gigmap's entry point: makes the engine, the window and the wiring between them, in order.
#include "app/alerts/alerts.h"
#include "app/cli/artistscommand.h"
#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "app/covers/coverartfetcher.h"
#include "app/gazetteer/gazetteerloader.h"
#include "app/library/lastfmimport.h"
#include "app/library/listenbrainzimport.h"
#include "app/library/musiclibraryimport.h"
#include "app/net/clock.h"
#include "app/net/requestqueue.h"
#include "app/positioning/positionservice.h"
#include "app/refresh/locationregistry.h"
#include "app/refresh/refreshengine.h"
#include "app/sandbox/demosandbox.h"
#include "app/settings/sharedcachepassword.h"
#include "app/shared/sharedcoordination.h"
#include "app/shutdownsignals.h"
#include "app/storage/cachedatabase.h"
#include "app/storage/myartistscache.h"
#include "app/tiles/networktilesource.h"
#include "app/wiring/coverartbinding.h"
#include "app/wiring/desktopnotifier.h"
#include "app/wiring/myartistsbinding.h"
#include "app/wiring/savedplacesbinding.h"
#include "app/wiring/settingsbinding.h"
#include "app/wiring/sourcerouting.h"
#include "app/wiring/traykeeper.h"
#include "app/wiring/windowbinding.h"
#include "models/alertledger.h"
#include "models/appsettings.h"
#include "models/appstatus.h"
#include "models/coverimages.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "models/translations.h"
#include "models/version.h"
#include "ui/applicationicon.h"
#include "ui/gigdetailspane.h"
#include "ui/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/myartistscontrols.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSettings>
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

// Speaks `chosen` (a language of the settings) or else the system's; a chosen language also
// writes dates and numbers its way.
void speakTheLanguage(const QString &chosen)
{
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    gig::installTranslations(chosen.isEmpty() ? gig::languageFor(QLocale::system()) : chosen);
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
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
    case gig::CommandLine::Action::Fail: {
        QCoreApplication app(argc, argv); // a translator needs an application, not a display
        speakTheLanguage(QString());
        // Read again, now in the shell's language.
        const gig::CommandLine::Result spoken = gig::CommandLine::parse(argumentsOf(argc, argv));
        const bool failed = spoken.action == gig::CommandLine::Action::Fail;
        print(failed ? stderr : stdout, spoken.text);
        return failed ? gig::CommandLine::exitBadArguments : gig::CommandLine::exitOk;
    }
    case gig::CommandLine::Action::Export: {
        QCoreApplication app(argc, argv); // no window, no display needed
        QLoggingCategory::setFilterRules(u"gigmap.*.debug=false\ngigmap.*.info=false"_s);
        speakTheLanguage(QString()); // the shell's LANG, LC_ALL and LANGUAGE
        gig::ShutdownSignals shutdownSignals;
        return gig::ExportCommand::run(QCoreApplication::arguments());
    }
    case gig::CommandLine::Action::Artists: {
        QCoreApplication app(argc, argv); // no window, no display needed
        QLoggingCategory::setFilterRules(u"gigmap.*.debug=false\ngigmap.*.info=false"_s);
        speakTheLanguage(QString());
        gig::ShutdownSignals shutdownSignals;
        return gig::ArtistsCommand::run(QCoreApplication::arguments());
    }
    case gig::CommandLine::Action::RunGui:
        break;
    }

    QApplication app(argc, argv);
    QSettings settings;
    const gig::AppSettings appSettings = gig::AppSettings::load(settings);
    speakTheLanguage(appSettings.language); // before the first word is made
    QApplication::setApplicationDisplayName(u"gigmap"_s);
    // Lets Wayland shells match the window to its desktop entry and icon.
    QGuiApplication::setDesktopFileName(u"io.github.gigmap.Gigmap"_s);
    QApplication::setWindowIcon(gig::applicationIcon());
    gig::ShutdownSignals shutdownSignals;

    // The cache comes first: everything already known is shown before any refresh may start,
    // and every change is flushed on quit (SIGTERM and SIGINT quit cleanly too).
    gig::GigStore store;
    // --cache, else the shared cache of the settings, else this computer's file.
    const QString cachePath = command.inMemoryCache ? QString()
        : !command.cacheFile.isEmpty()              ? command.cacheFile
        : !appSettings.sharedCacheUrl.isEmpty()     ? appSettings.sharedCacheUrl
                                                    : gig::CacheDatabase::defaultPath();
    const QString cacheLocation = gig::SharedCachePassword::withKeptPassword(cachePath);
    gig::CacheDatabase cache(&store, cacheLocation);
    if (cache.load())
        qCInfo(lcMain) << "gig cache:" << cache.displayName();
    else if (cachePath.isEmpty())
        qCInfo(lcMain) << "gig cache: in memory only (--no-cache)";
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &cache, &gig::CacheDatabase::flush);
    // My artists come from the cache too, and every change goes back to it.
    gig::MyArtists myArtists;
    gig::MyArtistsCache myArtistsCache(&myArtists, &cache);
    myArtistsCache.load();
    // What the alerts have announced is in the cache too: nothing is announced twice.
    gig::AlertLedger alertLedger;
    gig::Alerts alerts(&store, &myArtists, &alertLedger, &cache);
    alerts.load();

    // One clock paces the whole engine: the queue's lanes, the watches, the releases, the tiles.
    const auto clock = std::make_shared<gig::Clock>();

    // The embedded sandbox serves demo data (and its map tiles) on its own thread.
    gig::DemoSandbox sandbox;
    if (!sandbox.start())
        qCWarning(lcMain) << "demo mode unavailable:" << sandbox.errorString();

    gig::RequestQueue queue(clock);
    gig::RefreshEngine engine(&store, &queue,
        gig::SettingsBinding::engineConfig(appSettings, {}, command.demo, sandbox), clock);
    // Desktops sharing one PostgreSQL cache take turns on each service and fetch each thing once.
    const auto shared = gig::SharedCoordination::forCache(cacheLocation);
    if (shared)
        shared->attach(&queue, engine.releases(), engine.registry());
    gig::NetworkTileSource tiles(&queue);

    gig::GazetteerLoader gazetteer; // outlives the window, which reads its cities
    gig::AppStatus status;
    gig::MainWindow window(&store);
    window.setAppStatus(&status);

    // The window on the engine: labels and tile server of the source in use, settings and keys,
    // picks, searches, selection, refresh, export, the status bar, saved places, my location.
    gig::SourceRouting routing(&engine, &tiles, &sandbox, &status, &window);
    gig::SettingsBinding settingsBinding(
        &window, &engine, &routing, &sandbox, appSettings, command.demo);
    window.mapView()->setTileSource(&tiles); // after the template is set: no wrong server asked
    gig::WindowBinding binding(&window, &engine, &store, &status);
    // The offline gazetteer, read behind the first paint: city names on the map, suggestions
    // while typing, picked places named after their city.
    QObject::connect(&gazetteer, &gig::GazetteerLoader::loaded, &window,
        [&window, &binding](const gig::CityIndex *cities) {
            window.setCities(cities);
            binding.nameNewPlacesFrom(cities);
        });
    gazetteer.start();
    binding.showCacheWarnings(&cache);
    settingsBinding.readKeys();
    gig::SavedPlacesBinding savedPlaces(&window, &engine);
    // Alerts of my artists at the saved places: a desktop notification (or the tray's message)
    // that opens the gig, which the table marks "New" until it is selected.
    savedPlaces.setAlerts(&alerts);
    window.setAlertLedger(&alertLedger);
    gig::TrayKeeper trayKeeper(&window, [] {
        QSettings current;
        return gig::AppSettings::load(current).keepRunningInTray;
    });
    QObject::connect(&trayKeeper, &gig::TrayKeeper::quitRequested, &app, &QCoreApplication::quit);
    // File → Quit quits even when closing the window would only hide it in the tray.
    if (auto *quit = window.findChild<QAction *>(u"quitAction"_s))
        QObject::connect(quit, &QAction::triggered, &app, &QCoreApplication::quit);
    gig::DesktopNotifier notifier;
    notifier.setTrayIcon(trayKeeper.trayIcon());
    QObject::connect(&alerts, &gig::Alerts::raised, &notifier,
        [&notifier](const gig::Alert &alert) { notifier.notify(alert); });
    QObject::connect(&notifier, &gig::DesktopNotifier::activated, &window,
        [&binding, &alerts](const QString &eventId) {
            if (eventId.isEmpty())
                return;
            binding.showGig(eventId);
            alerts.markSeen(eventId);
        });
    QObject::connect(&window, &gig::MainWindow::gigSelected, &alerts, &gig::Alerts::markSeen);
    // My artists in the window: the mark, the filter, Follow/Unfollow, the dialog and its import.
    gig::MusicLibraryImport libraryImport(&myArtists, &cache);
    gig::ListenBrainzImport listenBrainzImport(&myArtists, &queue);
    gig::MyArtistsBinding myArtistsBinding(new gig::MyArtistsControls(&window, &myArtists),
        &libraryImport, &listenBrainzImport,
        [&engine] { return engine.config().url(gig::Service::ListenBrainz); });
    gig::LastFmImport lastFmImport(&myArtists, &queue);
    myArtistsBinding.setLastFm(
        &lastFmImport, [&engine] { return engine.config().url(gig::Service::LastFm); },
        [&engine] { return engine.config().keys.key(gig::Service::LastFm); });
    // The lineup's covers, from the Cover Art Archive.
    gig::CoverImages covers;
    gig::CoverArtFetcher coverFetcher(&queue);
    gig::CoverArtBinding coverBinding(&covers, &coverFetcher,
        [&engine] { return engine.config().url(gig::Service::CoverArtArchive); });
    window.detailsPane()->setCoverImages(&covers);
    // "Use my location": the system's source, or the NMEA log given with --nmea.
    const auto positions = command.nmeaFile.isEmpty()
        ? std::make_unique<gig::PositionService>()
        : std::make_unique<gig::PositionService>(command.nmeaFile);
    binding.followPositions(positions.get());

    // Watched places of the cache come back; the last place shows at once, from the cache.
    engine.registry()->resumeFromStore();
    savedPlaces.sync();
    QObject::connect(
        &window, &gig::MainWindow::shown, &window, [] { qCDebug(lcMain) << "main window shown"; });
    window.restoreState();
    window.show();
    const int exitCode = app.exec();
    window.saveState();
    qCDebug(lcMain) << "closed cleanly";
    return exitCode;
}
