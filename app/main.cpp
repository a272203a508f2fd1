// gigmap's entry point: the one place that sees both the engine and the window and wires them.
#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "app/sandbox/demosandbox.h"
#include "app/shutdownsignals.h"
#include "app/storage/cachedatabase.h"
#include "models/gigstore.h"
#include "models/version.h"
#include "ui/applicationicon.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcMain, "gigmap.app.main", QtInfoMsg)

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

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
    // The desktop entry's name lets Wayland shells match the window to its entry and icon.
    QGuiApplication::setDesktopFileName(u"io.github.gigmap.Gigmap"_s);
    QApplication::setWindowIcon(gig::applicationIcon());
    gig::ShutdownSignals shutdownSignals;

    // The cache comes first: everything already known is loaded before any refresh may start,
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
    // Gigs that are over and rows no watched place needs leave every few minutes.
    QTimer sweepTimer;
    sweepTimer.callOnTimeout(&store, [&store] { store.sweep(store.now()); });
    sweepTimer.start(5min);

    gig::MainWindow window;

    // No key setting yet: without a Ticketmaster key the app shows the sandbox's demo data.
    const bool demo = command.demo || qEnvironmentVariableIsEmpty("GIGMAP_TICKETMASTER_KEY");
    gig::DemoSandbox sandbox;
    if (demo) {
        if (sandbox.start()) {
            window.setDataSourceLabel(QApplication::translate("main", "Demo data"));
        } else {
            qCWarning(lcMain) << "demo mode unavailable:" << sandbox.errorString();
            window.setDataSourceLabel(QApplication::translate("main", "No data source"));
        }
    }

    QObject::connect(&window, &gig::MainWindow::shown, &window,
                     [] { qCDebug(lcMain) << "main window shown"; });
    window.show();
    const int status = app.exec();
    qCDebug(lcMain) << "closed cleanly";
    return status;
}
