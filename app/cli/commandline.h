// Reads gigmap's command line before any application object exists and says what to do.
#pragma once

#include <QString>
#include <QStringList>

namespace gig {

class CommandLine
{
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
