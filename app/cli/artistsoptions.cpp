#include "app/cli/artistsoptions.h"

#include "app/net/requestqueue.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption musicDir { u"music-dir"_s,
        u"import: a folder of music files to read (may be given several times; default: the "
        "music folder)."_s,
        u"folder"_s };
    QCommandLineOption listenBrainz { u"listenbrainz"_s,
        u"import: the most listened artists of this ListenBrainz user instead (public "
        "statistics, no token)."_s,
        u"user"_s };
    QCommandLineOption listenBrainzUrl { u"listenbrainz-url"_s,
        u"ListenBrainz service root (default https://api.listenbrainz.org)."_s, u"url"_s };
    QCommandLineOption lastFm { u"lastfm"_s,
        u"import: the artists this Last.fm user played most instead (needs an API key)."_s,
        u"user"_s };
    QCommandLineOption lastFmKey { u"lastfm-key"_s,
        u"Last.fm API key (or set GIGMAP_LASTFM_KEY)."_s, u"key"_s };
    QCommandLineOption lastFmUrl { u"lastfm-url"_s,
        u"Last.fm service root (default https://ws.audioscrobbler.com/2.0)."_s, u"url"_s };
    QCommandLineOption cache { u"cache"_s, u"Keep the cache (and my artists) in <file>."_s,
        u"file"_s };

    Parser()
    {
        parser.setApplicationDescription(
            u"Manages my artists, the artists whose gigs matter to me.\n\n"
            "  gigmap artists list                  one line per artist: name, MusicBrainz id, "
            "where from, when added (tab-separated)\n"
            "  gigmap artists add NAME-or-MBID      follow an artist\n"
            "  gigmap artists remove NAME-or-MBID   stop following (a name removes every artist "
            "of that name)\n"
            "  gigmap artists import --music-dir DIR   follow the artists named in the tags of the "
            "music files in DIR; a second import reads only new or changed files\n"
            "  gigmap artists import --listenbrainz USER   follow the 100 artists USER listened to "
            "most on ListenBrainz\n"
            "  gigmap artists import --lastfm USER --lastfm-key KEY   follow the artists USER "
            "played most on Last.fm (up to 1,000)\n\n"
            "Exit codes: 0 done, 2 bad arguments (or nothing of that name to remove), 3 no music "
            "folder could be read or ListenBrainz or Last.fm failed (or knows no such user, or "
            "refused the "
            "key), 4 the cache "
            "could not be read or written."_s);
        parser.addHelpOption();
        parser.addPositionalArgument(u"artists"_s, u"The artists command."_s);
        parser.addPositionalArgument(u"command"_s, u"list, add, remove or import."_s);
        parser.addPositionalArgument(
            u"artist"_s, u"add, remove: the artist's name or MusicBrainz id."_s);
        parser.addOptions(
            { musicDir, listenBrainz, listenBrainzUrl, lastFm, lastFmKey, lastFmUrl, cache });
    }
};

// The service root an option gives: https, or http on a loopback host (the sandbox).
std::optional<QUrl> serviceRoot(const QString &option, const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        *error = u"--%1 '%2' is not an http(s) URL."_s.arg(option, text);
        return std::nullopt;
    }
    if (url.scheme() == u"http"_s && !RequestQueue::isLoopbackHost(url.host())) {
        *error = u"--%1 '%2': plain http is accepted for loopback hosts only; use https."_s.arg(
            option, text);
        return std::nullopt;
    }
    return url;
}

} // namespace

QString ArtistsOptions::helpText()
{
    return Parser().parser.helpText();
}

std::optional<ArtistsOptions> ArtistsOptions::parse(
    const QStringList &arguments, const QString &defaultMusicDir, QString *error)
{
    Parser p;
    auto fail = [error](const QString &reason) -> std::optional<ArtistsOptions> {
        *error = reason;
        return std::nullopt;
    };
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText());
    QStringList positional = p.parser.positionalArguments();
    if (positional.value(0) != u"artists"_s)
        return fail(u"Unexpected argument '%1'."_s.arg(positional.value(0)));
    positional.removeFirst();
    if (positional.isEmpty())
        return fail(u"Say what to do: list, add, remove or import."_s);

    ArtistsOptions options;
    const QString command = positional.takeFirst();
    if (command == u"list"_s)
        options.action = Action::List;
    else if (command == u"add"_s)
        options.action = Action::Add;
    else if (command == u"remove"_s)
        options.action = Action::Remove;
    else if (command == u"import"_s)
        options.action = Action::Import;
    else
        return fail(
            u"'%1' is not a command of gigmap artists: use list, add, remove or import."_s.arg(
                command));

    if (options.action == Action::Add || options.action == Action::Remove) {
        options.artist = positional.join(u' ').simplified();
        if (options.artist.isEmpty())
            return fail(u"%1 needs an artist's name or MusicBrainz id."_s.arg(command));
    } else if (!positional.isEmpty()) {
        return fail(u"%1 takes no artist; '%2' is one word too many."_s.arg(
            command, positional.constFirst()));
    }

    const QStringList dirs = p.parser.values(p.musicDir);
    if (!dirs.isEmpty() && options.action != Action::Import)
        return fail(u"--music-dir belongs to import."_s);
    for (const QCommandLineOption &option :
        { p.listenBrainz, p.listenBrainzUrl, p.lastFm, p.lastFmKey, p.lastFmUrl }) {
        if (p.parser.isSet(option) && options.action != Action::Import)
            return fail(u"--%1 belongs to import."_s.arg(option.names().constFirst()));
    }
    if (p.parser.isSet(p.listenBrainzUrl) && !p.parser.isSet(p.listenBrainz))
        return fail(u"--listenbrainz-url needs --listenbrainz USER."_s);
    for (const QCommandLineOption &option : { p.lastFmKey, p.lastFmUrl }) {
        if (p.parser.isSet(option) && !p.parser.isSet(p.lastFm))
            return fail(u"--%1 needs --lastfm USER."_s.arg(option.names().constFirst()));
    }
    const int sources = (dirs.isEmpty() ? 0 : 1) + (p.parser.isSet(p.listenBrainz) ? 1 : 0)
        + (p.parser.isSet(p.lastFm) ? 1 : 0);
    if (sources > 1)
        return fail(u"import reads one source at a time: --music-dir, --listenbrainz or "
                    "--lastfm."_s);
    if (p.parser.isSet(p.lastFm)) {
        options.lastFmUser = p.parser.value(p.lastFm).trimmed();
        if (options.lastFmUser.isEmpty())
            return fail(u"--lastfm needs a Last.fm user name."_s);
        options.lastFmKey = p.parser.isSet(p.lastFmKey)
            ? p.parser.value(p.lastFmKey).trimmed()
            : qEnvironmentVariable("GIGMAP_LASTFM_KEY").trimmed();
        if (options.lastFmKey.isEmpty())
            return fail(u"--lastfm needs a Last.fm API key: give --lastfm-key KEY or set "
                        "GIGMAP_LASTFM_KEY (a free key comes with an API account at "
                        "last.fm/api)."_s);
        if (p.parser.isSet(p.lastFmUrl)) {
            QString why;
            const auto url = serviceRoot(u"lastfm-url"_s, p.parser.value(p.lastFmUrl), &why);
            if (!url)
                return fail(why);
            options.lastFmUrl = *url;
        }
    } else if (p.parser.isSet(p.listenBrainz)) {
        options.listenBrainzUser = p.parser.value(p.listenBrainz).trimmed();
        if (options.listenBrainzUser.isEmpty())
            return fail(u"--listenbrainz needs a ListenBrainz user name."_s);
        if (p.parser.isSet(p.listenBrainzUrl)) {
            QString why;
            const auto url
                = serviceRoot(u"listenbrainz-url"_s, p.parser.value(p.listenBrainzUrl), &why);
            if (!url)
                return fail(why);
            options.listenBrainzUrl = *url;
        }
    } else if (options.action == Action::Import) {
        const QStringList wanted = dirs.isEmpty() ? QStringList { defaultMusicDir } : dirs;
        for (const QString &dir : wanted) {
            if (dir.isEmpty())
                return fail(u"There is no music folder here: name one with --music-dir."_s);
            const QFileInfo info(dir);
            if (!info.isDir() || !info.isReadable())
                return fail(u"--music-dir '%1' is not a folder that can be read."_s.arg(dir));
            options.musicDirs.append(info.absoluteFilePath());
        }
    }

    if (p.parser.isSet(p.cache)) {
        const QFileInfo info(p.parser.value(p.cache));
        if (p.parser.value(p.cache).isEmpty() || info.isDir())
            return fail(u"--cache needs a file name."_s);
        options.cacheFile = info.absoluteFilePath();
    }
    return options;
}

} // namespace gig
