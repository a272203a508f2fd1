#include "app/cli/commandline.h"

#include "app/cli/cacheoption.h"
#include "models/version.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

CommandLine::Result answer(CommandLine::Action action, const QString &text)
{
    CommandLine::Result result;
    result.action = action;
    result.text = text;
    return result;
}

// A reason for failing, and where to read more.
CommandLine::Result failure(const QString &reason)
{
    return answer(CommandLine::Action::Fail,
        reason
            + u'\n'
            //: %1 is a command that prints help, such as "gigmap --help".
            + CommandLine::tr("Try '%1'.").arg(u"gigmap --help"_s));
}

} // namespace

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    // `gigmap export …` is a command of its own with its own options (ExportOptions).
    if (arguments.size() > 1 && arguments.at(1) == u"export"_s)
        return answer(Action::Export, {});
    // `gigmap artists …` too (ArtistsOptions).
    if (arguments.size() > 1 && arguments.at(1) == u"artists"_s)
        return answer(Action::Artists, {});
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("gigmap shows the upcoming gigs around a place you pick on a map, each gig's lineup "
           "and each artist's latest release.\n\n"
           "Commands:\n  export   write the gigs around a place as CSV or iCalendar "
           "(gigmap export --help)\n"
           "  artists  list, add, remove or import my artists (gigmap artists --help)"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption cacheOption(u"cache"_s,
        tr("Keep the gig cache in <file> instead of the default location, or share it with other "
           "desktops in a PostgreSQL database (postgresql://user@host:port/database)."),
        u"file-or-url"_s);
    const QCommandLineOption noCacheOption(
        u"no-cache"_s, tr("Keep gigs in memory only: read and write no cache file."));
    parser.addOptions({ cacheOption, noCacheOption });
    const QCommandLineOption demoOption(u"demo"_s,
        tr("Show generated demo data from the built-in sandbox instead of the real services "
           "(also used when no Ticketmaster key is configured)."));
    parser.addOption(demoOption);
    const QCommandLineOption nmeaOption(u"nmea"_s,
        tr("Read \"my location\" from the NMEA log FILE (replayed at its own pace) instead "
           "of the system's positioning service."),
        u"FILE"_s);
    parser.addOption(nmeaOption);

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(helpOption))
        return answer(Action::ShowHelp, parser.helpText());
    if (parser.isSet(versionOption))
        return answer(Action::ShowVersion, u"gigmap %1"_s.arg(QLatin1StringView(versionString)));
    if (!parser.positionalArguments().isEmpty()) {
        return failure(
            tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));
    }

    Result result;
    if (parser.isSet(cacheOption)) {
        if (parser.isSet(noCacheOption)) {
            return failure(tr("--cache and --no-cache cannot be used together."));
        }
        QString error;
        const std::optional<QString> cache
            = gig::cacheLocationOption(parser.value(cacheOption), &error);
        if (!cache)
            return failure(error);
        result.cacheFile = *cache;
    }
    result.inMemoryCache = parser.isSet(noCacheOption);
    result.demo = parser.isSet(demoOption);
    if (parser.isSet(nmeaOption)) {
        result.nmeaFile = parser.value(nmeaOption);
        const QFileInfo file(result.nmeaFile);
        if (!file.isFile() || !file.isReadable()) {
            return failure(tr("Cannot read the NMEA file '%1'.").arg(result.nmeaFile));
        }
    }
    return result;
}

} // namespace gig
