// Reads gigmap's command line and says what to do. It is read once before any application object
// exists, and once more for --help and errors after a translator speaks the shell's language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gig {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(gig::CommandLine)

public:
    enum class Action { RunGui, Export, Artists, ShowVersion, ShowHelp, Fail };

    struct Result
    {
        Action action = Action::RunGui;
        QString text; // what to print: the version, the help, or the reason for failing
        QString cacheFile; // --cache FILE, made absolute; empty: the default cache location
        bool inMemoryCache = false; // --no-cache: keep gigs in memory only, read and write no file
        bool demo = false; // --demo: use the embedded sandbox instead of the real services
        QString nmeaFile
            = {}; // --nmea FILE: replay this NMEA log as "my location" instead of the system's
    };

    // `arguments` as in QCoreApplication::arguments(): the program name first.
    static Result parse(const QStringList &arguments);

    // 0 for success, 2 for bad arguments (the exit codes of the export command too).
    static constexpr int exitOk = 0;
    static constexpr int exitBadArguments = 2;
};

} // namespace gig
