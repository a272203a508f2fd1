// gigmap-sandbox: the sandbox as a standalone server, for trying clients and tools by hand.
#include "app/sandbox/sandboxserver.h"
#include "models/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gigmap-sandbox"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(gig::versionString));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Serves fake Ticketmaster, Songkick, MusicBrainz, Nominatim and map tile APIs on "
        u"127.0.0.1 "
        "with generated data, real rate limits and switchable faults."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port to listen on (0 = any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed of the generated data (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption faultsOption(u"faults"_s,
        u"JSON file of faults to start with, as PUT to /_sandbox/faults."_s, u"FILE"_s);
    const QCommandLineOption noRealismOption(
        u"no-realism"_s, u"Do not enforce the real services' rate limits."_s);
    parser.addOptions({ portOption, seedOption, faultsOption, noRealismOption });
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        printLine(stderr,
            u"gigmap-sandbox: --port wants a number from 0 to 65535, not '%1'."_s.arg(
                parser.value(portOption)));
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        printLine(stderr,
            u"gigmap-sandbox: --seed wants a non-negative integer, not '%1'."_s.arg(
                parser.value(seedOption)));
        return 2;
    }

    gig::SandboxServer server;
    server.setSeed(seed);
    server.setRealism(!parser.isSet(noRealismOption));
    if (parser.isSet(faultsOption)) {
        QFile file(parser.value(faultsOption));
        if (!file.open(QIODevice::ReadOnly)) {
            printLine(stderr,
                u"gigmap-sandbox: cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
            return 2;
        }
        QString error;
        if (!server.setFaultsFromJson(file.readAll(), &error)) {
            printLine(stderr, u"gigmap-sandbox: %1: %2"_s.arg(file.fileName(), error));
            return 2;
        }
    }
    if (!server.listen(quint16(port))) {
        printLine(stderr, u"gigmap-sandbox: cannot listen on 127.0.0.1:%1."_s.arg(port));
        return 1;
    }
    printLine(stdout,
        u"gigmap-sandbox serving at %1 (seed %2)"_s.arg(server.baseUrl().toString()).arg(seed));
    for (gig::SandboxService service : gig::allSandboxServices())
        printLine(stdout,
            u"  %1: %2"_s.arg(gig::sandboxServiceName(service), -13)
                .arg(server.serviceRoot(service).toString()));
    printLine(stdout, u"  control:      %1/_sandbox"_s.arg(server.baseUrl().toString()));
    return app.exec();
}
