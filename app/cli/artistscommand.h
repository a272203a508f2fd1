// `gigmap artists`: lists, adds, removes and imports my artists in the same cache the window
// uses, and says what it did.
#pragma once

#include "app/cli/artistsoptions.h"

#include <QObject>
#include <functional>

class QTextStream;

namespace gig {

class MyArtists;

class ArtistsCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtistsCommand)

public:
    enum ExitCode { Done = 0, BadArguments = 2, SourceFailed = 3, CacheFailed = 4 };

    explicit ArtistsCommand(const ArtistsOptions &options, QObject *parent = nullptr);

    // Runs to the end (an import runs an event loop of its own) and returns the exit code;
    // results go to `out`, messages to `err`.
    int exec(QTextStream &out, QTextStream &err);

    // The whole command for main(): parses `arguments`, prints to standard output and error.
    static int run(const QStringList &arguments);
    // The same, with the streams given (tests).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    int importListenBrainz(MyArtists &artists, const std::function<void(const QString &)> &say);
    int importLastFm(MyArtists &artists, const std::function<void(const QString &)> &say);

    ArtistsOptions m_options;
};

} // namespace gig
