#include "app/cli/commandline.h"

#include "models/version.h"

#include <QCommandLineParser>

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
    const QCommandLineOption demoOption(
        u"demo"_s, u"Show generated demo data from the built-in sandbox instead of the real services "
                   "(also used when no Ticketmaster key is configured)."_s);
    parser.addOption(demoOption);

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
    return {Action::RunGui, {}, parser.isSet(demoOption)};
}

} // namespace gig
