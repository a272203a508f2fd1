#include "app/cli/artistsoptions.h"

#include "app/cli/cacheoption.h"
#include "app/cli/serviceroot.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption musicDir { u"music-dir"_s,
        ArtistsOptions::tr(
            "import: a folder of music files to read (may be given several times; default: the "
            "music folder)."),
        u"folder"_s };
    QCommandLineOption listenBrainz { u"listenbrainz"_s,
        ArtistsOptions::tr(
            "import: the most listened artists of this ListenBrainz user instead (public "
            "statistics, no token)."),
        u"user"_s };
    QCommandLineOption listenBrainzUrl { u"listenbrainz-url"_s,
        ArtistsOptions::tr("ListenBrainz service root (default https://api.listenbrainz.org)."),
        u"url"_s };
    QCommandLineOption lastFm { u"lastfm"_s,
        ArtistsOptions::tr(
            "import: the artists this Last.fm user played most instead (needs an API key)."),
        u"user"_s };
    QCommandLineOption lastFmKey { u"lastfm-key"_s,
        ArtistsOptions::tr("Last.fm API key (or set GIGMAP_LASTFM_KEY)."), u"key"_s };
    QCommandLineOption lastFmUrl { u"lastfm-url"_s,
        ArtistsOptions::tr("Last.fm service root (default https://ws.audioscrobbler.com/2.0)."),
        u"url"_s };
    QCommandLineOption cache { u"cache"_s,
        ArtistsOptions::tr("Keep the cache (and my artists) in <file>, or in the shared "
                           "PostgreSQL cache at <url>."),
        u"file-or-url"_s };

    Parser()
    {
        parser.setApplicationDescription(ArtistsOptions::tr(
            "Manages my artists, the artists whose gigs matter to me.\n\n"
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
            "could not be read or written."));
        parser.addHelpOption();
        parser.addPositionalArgument(u"artists"_s, ArtistsOptions::tr("The artists command."));
        parser.addPositionalArgument(
            u"command"_s, ArtistsOptions::tr("list, add, remove or import."));
        parser.addPositionalArgument(
            u"artist"_s, ArtistsOptions::tr("add, remove: the artist's name or MusicBrainz id."));
        parser.addOptions(
            { musicDir, listenBrainz, listenBrainzUrl, lastFm, lastFmKey, lastFmUrl, cache });
    }
};

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
        return fail(ArtistsOptions::tr("Unexpected argument '%1'.").arg(positional.value(0)));
    positional.removeFirst();
    if (positional.isEmpty())
        return fail(ArtistsOptions::tr("Say what to do: list, add, remove or import."));

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
        return fail(ArtistsOptions::tr(
            "'%1' is not a command of gigmap artists: use list, add, remove or import.")
                        .arg(command));

    if (options.action == Action::Add || options.action == Action::Remove) {
        options.artist = positional.join(u' ').simplified();
        if (options.artist.isEmpty())
            return fail(
                ArtistsOptions::tr("%1 needs an artist's name or MusicBrainz id.").arg(command));
    } else if (!positional.isEmpty()) {
        return fail(ArtistsOptions::tr("%1 takes no artist; '%2' is one word too many.")
                        .arg(command, positional.constFirst()));
    }

    const QStringList dirs = p.parser.values(p.musicDir);
    if (!dirs.isEmpty() && options.action != Action::Import)
        return fail(ArtistsOptions::tr("--music-dir belongs to import."));
    for (const QCommandLineOption &option :
        { p.listenBrainz, p.listenBrainzUrl, p.lastFm, p.lastFmKey, p.lastFmUrl }) {
        if (p.parser.isSet(option) && options.action != Action::Import)
            return fail(
                ArtistsOptions::tr("--%1 belongs to import.").arg(option.names().constFirst()));
    }
    if (p.parser.isSet(p.listenBrainzUrl) && !p.parser.isSet(p.listenBrainz))
        return fail(ArtistsOptions::tr("--listenbrainz-url needs --listenbrainz USER."));
    for (const QCommandLineOption &option : { p.lastFmKey, p.lastFmUrl }) {
        if (p.parser.isSet(option) && !p.parser.isSet(p.lastFm))
            return fail(
                ArtistsOptions::tr("--%1 needs --lastfm USER.").arg(option.names().constFirst()));
    }
    const int sources = (dirs.isEmpty() ? 0 : 1) + (p.parser.isSet(p.listenBrainz) ? 1 : 0)
        + (p.parser.isSet(p.lastFm) ? 1 : 0);
    if (sources > 1)
        return fail(
            ArtistsOptions::tr("import reads one source at a time: --music-dir, --listenbrainz or "
                               "--lastfm."));
    if (p.parser.isSet(p.lastFm)) {
        options.lastFmUser = p.parser.value(p.lastFm).trimmed();
        if (options.lastFmUser.isEmpty())
            return fail(ArtistsOptions::tr("--lastfm needs a Last.fm user name."));
        options.lastFmKey = p.parser.isSet(p.lastFmKey)
            ? p.parser.value(p.lastFmKey).trimmed()
            : qEnvironmentVariable("GIGMAP_LASTFM_KEY").trimmed();
        if (options.lastFmKey.isEmpty())
            return fail(
                ArtistsOptions::tr("--lastfm needs a Last.fm API key: give --lastfm-key KEY or set "
                                   "GIGMAP_LASTFM_KEY (a free key comes with an API account at "
                                   "last.fm/api)."));
        if (p.parser.isSet(p.lastFmUrl)) {
            QString why;
            const auto url = serviceRootOption(u"lastfm-url"_s, p.parser.value(p.lastFmUrl), &why);
            if (!url)
                return fail(why);
            options.lastFmUrl = *url;
        }
    } else if (p.parser.isSet(p.listenBrainz)) {
        options.listenBrainzUser = p.parser.value(p.listenBrainz).trimmed();
        if (options.listenBrainzUser.isEmpty())
            return fail(ArtistsOptions::tr("--listenbrainz needs a ListenBrainz user name."));
        if (p.parser.isSet(p.listenBrainzUrl)) {
            QString why;
            const auto url
                = serviceRootOption(u"listenbrainz-url"_s, p.parser.value(p.listenBrainzUrl), &why);
            if (!url)
                return fail(why);
            options.listenBrainzUrl = *url;
        }
    } else if (options.action == Action::Import) {
        const QStringList wanted = dirs.isEmpty() ? QStringList { defaultMusicDir } : dirs;
        for (const QString &dir : wanted) {
            if (dir.isEmpty())
                return fail(ArtistsOptions::tr(
                    "There is no music folder here: name one with --music-dir."));
            const QFileInfo info(dir);
            if (!info.isDir() || !info.isReadable())
                return fail(ArtistsOptions::tr("--music-dir '%1' is not a folder that can be read.")
                                .arg(dir));
            options.musicDirs.append(info.absoluteFilePath());
        }
    }

    if (p.parser.isSet(p.cache)) {
        QString problem;
        const std::optional<QString> cache = cacheLocationOption(p.parser.value(p.cache), &problem);
        if (!cache)
            return fail(problem);
        options.cacheFile = *cache;
    }
    return options;
}

} // namespace gig
