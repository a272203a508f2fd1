#include "app/cli/artistscommand.h"

#include "app/cli/commandline.h"
#include "app/library/lastfmimport.h"
#include "app/library/listenbrainzimport.h"
#include "app/library/musiclibraryimport.h"
#include "app/net/requestqueue.h"
#include "app/settings/sharedcachepassword.h"
#include "app/sources/lastfmsource.h"
#include "app/sources/listenbrainzsource.h"
#include "app/storage/cachedatabase.h"
#include "app/storage/myartistscache.h"
#include "models/gigstore.h"
#include "models/myartists.h"
#include "models/services.h"

#include <QEventLoop>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

// Starts an import of a web service's top artists, waits for its end (SIGINT or SIGTERM end the
// wait: the import is then Cancelled) and says how it went.
template<typename Result, typename Import>
int waitForImport(Import &import, const std::function<void(const QString &)> &say,
    const std::function<void()> &start)
{
    Result result; // stays Cancelled when SIGINT or SIGTERM ends the wait
    result.outcome = Result::Outcome::Cancelled;
    QEventLoop loop;
    QObject::connect(&import, &Import::finished, &loop, [&result, &loop](const Result &answer) {
        result = answer;
        loop.quit();
    });
    start();
    loop.exec();
    say(result.text());
    return result.ok() ? ArtistsCommand::Done : ArtistsCommand::SourceFailed;
}

// One field of the tab-separated list: tabs and line breaks in a name become spaces.
QString field(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return clean;
}

QString shown(const FollowedArtist &artist)
{
    return artist.name.isEmpty() ? artist.mbid : artist.name;
}

} // namespace

ArtistsCommand::ArtistsCommand(const ArtistsOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

int ArtistsCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int ArtistsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        out << ArtistsOptions::helpText();
        out.flush();
        return Done;
    }
    QString error;
    const auto options
        = ArtistsOptions::parse(arguments, MusicLibraryImport::defaultFolder(), &error);
    if (!options) {
        err << u"gigmap artists: "_s << error << u'\n'
            << CommandLine::tr("Try '%1'.").arg(u"gigmap artists --help"_s) << u'\n';
        err.flush();
        return BadArguments;
    }
    ArtistsCommand command(*options);
    return command.exec(out, err);
}

int ArtistsCommand::importListenBrainz(
    MyArtists &artists, const std::function<void(const QString &)> &say)
{
    RequestQueue queue;
    ListenBrainzImport import(&artists, &queue);
    return waitForImport<ListenBrainzImportResult>(import, say, [&] {
        import.start(m_options.listenBrainzUser,
            m_options.listenBrainzUrl.isEmpty() ? ListenBrainzSource::defaultBaseUrl()
                                                : m_options.listenBrainzUrl);
    });
}

int ArtistsCommand::importLastFm(
    MyArtists &artists, const std::function<void(const QString &)> &say)
{
    RequestQueue queue;
    LastFmImport import(&artists, &queue);
    return waitForImport<LastFmImportResult>(import, say, [&] {
        import.start(m_options.lastFmUser, m_options.lastFmKey,
            m_options.lastFmUrl.isEmpty() ? LastFmSource::defaultBaseUrl() : m_options.lastFmUrl);
    });
}

int ArtistsCommand::exec(QTextStream &out, QTextStream &err)
{
    const auto say = [&err](const QString &text) {
        err << u"gigmap artists: "_s << text << u'\n';
        err.flush();
    };
    GigStore store;
    const QString path
        = m_options.cacheFile.isEmpty() ? CacheDatabase::defaultPath() : m_options.cacheFile;
    CacheDatabase cache(&store, SharedCachePassword::withKeptPassword(path));
    if (!cache.load()) {
        say(tr("My artists are kept in the cache, and it cannot be used: %1").arg(cache.warning()));
        return CacheFailed;
    }
    if (!cache.warning().isEmpty())
        say(cache.warning()); // a damaged file was moved aside: the list starts empty
    MyArtists artists;
    MyArtistsCache binding(&artists, &cache);
    binding.load();

    int code = Done;
    using Action = ArtistsOptions::Action;
    switch (m_options.action) {
    case Action::List:
        for (const FollowedArtist &artist : artists.artists()) {
            out << field(artist.name) << u'\t' << artist.mbid << u'\t'
                << artistOriginName(artist.origin) << u'\t'
                << (artist.addedAt.isValid() ? artist.addedAt.toString(Qt::ISODate) : QString())
                << u'\n';
        }
        out.flush();
        if (artists.size() == 0)
            say(tr("No artist is followed yet: add one (gigmap artists add NAME) or import a "
                   "music folder (gigmap artists import --music-dir DIR)."));
        break;
    case Action::Add: {
        FollowedArtist artist;
        artist.origin = ArtistOrigin::ByHand;
        artist.addedAt = QDateTime::currentDateTimeUtc();
        if (!isMbid(m_options.artist, &artist.mbid))
            artist.name = m_options.artist;
        if (artists.add(artist))
            say(tr("%1 is one of my artists now.").arg(m_options.artist));
        else
            say(tr("%1 is one of my artists already; nothing changed.").arg(m_options.artist));
        break;
    }
    case Action::Remove: {
        const QList<FollowedArtist> before = artists.artists();
        const qsizetype removed = artists.remove(m_options.artist);
        if (removed == 0) {
            say(tr("%1 is not one of my artists; nothing was removed.").arg(m_options.artist));
            code = BadArguments;
        } else {
            QStringList names;
            for (const FollowedArtist &artist : before) {
                if (!artists.artists().contains(artist))
                    names.append(shown(artist));
            }
            say(tr("Removed %1 from my artists.").arg(names.join(u", "_s)));
        }
        break;
    }
    case Action::Import: {
        if (!m_options.listenBrainzUser.isEmpty()) {
            code = importListenBrainz(artists, say);
            break;
        }
        if (!m_options.lastFmUser.isEmpty()) {
            code = importLastFm(artists, say);
            break;
        }
        MusicLibraryImport import(&artists, &cache);
        const bool interactive = ::isatty(STDERR_FILENO) == 1;
        if (interactive) {
            connect(&import, &MusicLibraryImport::progressed, this,
                [&err](qsizetype done, qsizetype total) {
                    err << u"\r\033[K"_s
                        << tr("Reading music files: %1 of %2").arg(done).arg(total);
                    err.flush();
                });
        }
        LibraryImportSummary summary;
        bool finished = false;
        QEventLoop loop;
        connect(&import, &MusicLibraryImport::finished, &loop,
            [&summary, &finished, &loop](const LibraryImportSummary &result) {
                summary = result;
                finished = true;
                loop.quit();
            });
        if (!import.start(m_options.musicDirs)) {
            say(tr("There is no music folder to import from."));
            return BadArguments;
        }
        loop.exec();
        if (interactive) {
            err << u"\r\033[K"_s;
            err.flush();
        }
        if (!finished) { // SIGINT or SIGTERM quit the application: the scan stops unrecorded
            import.cancel();
            summary = {};
            summary.cancelled = true;
        }
        say(summary.text());
        if (summary.cancelled || summary.missingFolders.size() == m_options.musicDirs.size())
            code = SourceFailed;
        break;
    }
    }

    cache.flush();
    if (cache.isInMemoryOnly()) {
        say(tr("The change could not be saved: %1").arg(cache.warning()));
        return CacheFailed;
    }
    return code;
}

} // namespace gig
