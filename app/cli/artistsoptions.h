// The options of `gigmap artists`, read and checked: every bad value is a sentence, never a crash.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace gig {

struct ArtistsOptions
{
    Q_DECLARE_TR_FUNCTIONS(gig::ArtistsOptions)

public:
    enum class Action { List, Add, Remove, Import };

    Action action = Action::List;
    QString artist; // add, remove: a name or a MusicBrainz id (the words after the command)
    QStringList musicDirs; // import: absolute paths; the music folder when none is given
    QString listenBrainzUser; // import --listenbrainz USER: from there instead of music files
    QUrl listenBrainzUrl; // --listenbrainz-url; empty: the real service
    QString lastFmUser; // import --lastfm USER: from there instead of music files
    QString lastFmKey; // --lastfm-key, else $GIGMAP_LASTFM_KEY
    QUrl lastFmUrl; // --lastfm-url; empty: the real service
    QString cacheFile; // empty: the default cache location

    // Reads `arguments` (the program name first, then "artists", then the command and options).
    // `defaultMusicDir` stands in when import names no --music-dir. On failure `error` says why.
    static std::optional<ArtistsOptions> parse(
        const QStringList &arguments, const QString &defaultMusicDir, QString *error);
    static QString helpText();
};

} // namespace gig
