#include "app/cli/commandline.h"

#include "models/version.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gig {

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"gigmap shows the upcoming gigs around a place you pick on a map, each gig's lineup "
        "and each artist's latest release."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption nmeaOption(
        u"nmea"_s, u"Read \"my location\" from the NMEA log FILE (replayed at its own pace) instead "
                   "of the system's positioning service."_s,
        u"FILE"_s);
    parser.addOption(nmeaOption);

    if (!parser.parse(arguments))
        return {Action::Fail, parser.errorText() + u"\nTry 'gigmap --help'."_s};
    if (parser.isSet(helpOption))
        return {Action::ShowHelp, parser.helpText()};
    if (parser.isSet(versionOption))
        return {Action::ShowVersion, u"gigmap %1"_s.arg(QLatin1StringView(versionString))};
    if (!parser.positionalArguments().isEmpty()) {
        return {Action::Fail, u"Unexpected argument '%1'.\nTry 'gigmap --help'."_s.arg(
                                  parser.positionalArguments().constFirst())};
    }
    Result result{Action::RunGui, {}};
    if (parser.isSet(nmeaOption)) {
        result.nmeaFile = parser.value(nmeaOption);
        const QFileInfo file(result.nmeaFile);
        if (!file.isFile() || !file.isReadable()) {
            return {Action::Fail, u"Cannot read the NMEA file '%1'.\nTry 'gigmap --help'."_s.arg(
                                      result.nmeaFile)};
        }
    }
    return result;
}

} // namespace gig
