// gigmap's entry point: the one place that sees both the engine and the window and wires them.
#include "app/cli/commandline.h"
#include "app/shutdownsignals.h"
#include "models/version.h"
#include "ui/applicationicon.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLoggingCategory>

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
    // The desktop entry's name lets Wayland shells match the window to its entry and icon.
    QGuiApplication::setDesktopFileName(u"io.github.gigmap.Gigmap"_s);
    QApplication::setWindowIcon(gig::applicationIcon());
    gig::ShutdownSignals shutdownSignals;

    gig::MainWindow window;
    QObject::connect(&window, &gig::MainWindow::shown, &window,
                     [] { qCDebug(lcMain) << "main window shown"; });
    window.show();
    const int status = app.exec();
    qCDebug(lcMain) << "closed cleanly";
    return status;
}
