// gigmap's entry point: the one place that sees both the engine and the window and wires them.
#include "app/cli/commandline.h"
#include "app/positioning/positionservice.h"
#include "app/settings/keystore.h"
#include "app/shutdownsignals.h"
#include "app/storage/cachedatabase.h"
#include "models/appsettings.h"
#include "models/appstatus.h"
#include "models/gigstore.h"
#include "models/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSettings>

#include <memory>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QLatin1StringView(gig::applicationName));
    QCoreApplication::setOrganizationName(QLatin1StringView(gig::applicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(gig::versionString));

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
    case gig::CommandLine::Action::RunGui:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"gigmap"_s);
    gig::ShutdownSignals shutdownSignals;

    // The cache first, so that cached gigs show at once.
    gig::GigStore store;
    gig::CacheDatabase cache(&store, gig::CacheDatabase::defaultPath());
    cache.load();

    QSettings settings;
    const gig::AppSettings appSettings = gig::AppSettings::load(settings);
    gig::AppStatus appStatus;
    appStatus.setDemoMode(appSettings.source == gig::AppSettings::Source::Demo);

    gig::MainWindow window(&store);
    window.setAppStatus(&appStatus);
    window.setSettings(appSettings);
    QObject::connect(&window, &gig::MainWindow::shown, &window,
                     [] { qCDebug(lcMain) << "main window shown"; });
    QObject::connect(&window, &gig::MainWindow::settingsChanged, &window,
                     [](const gig::AppSettings &changed) {
                         QSettings settings;
                         changed.save(settings);
                     });

    gig::KeyStore keyStore;
    QObject::connect(&keyStore, &gig::KeyStore::keysRead, &window, &gig::MainWindow::setApiKeys);
    QObject::connect(&keyStore, &gig::KeyStore::warningChanged, &window,
                     &gig::MainWindow::setKeyStoreWarning);
    QObject::connect(&window, &gig::MainWindow::apiKeysChanged, &keyStore, &gig::KeyStore::writeKeys);
    keyStore.readKeys();

    // "Use my location": the system's source, or the NMEA log given with --nmea.
    const auto positions = command.nmeaFile.isEmpty()
        ? std::make_unique<gig::PositionService>()
        : std::make_unique<gig::PositionService>(command.nmeaFile);
    window.setPositioningAvailable(positions->isAvailable(), positions->unavailableReason());
    QObject::connect(&window, &gig::MainWindow::myLocationRequested, positions.get(),
                     &gig::PositionService::requestPosition);
    QObject::connect(positions.get(), &gig::PositionService::positionFailed, &window,
                     &gig::MainWindow::showPositionError);

    window.restoreState();
    window.show();
    const int status = app.exec();
    cache.flush();
    qCDebug(lcMain) << "closed cleanly";
    return status;
}
