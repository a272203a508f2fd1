#include "models/lineupreleases.h"

#include "models/event.h"
#include "models/gigstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gig {

namespace {

const QString separator = u"; "_s;

QString displayName(const ArtistRelease &entry)
{
    return entry.artist.name.isEmpty() ? u"…"_s : entry.artist.name;
}

} // namespace

QList<ArtistRelease> lineupReleases(const GigStore &store, const Event &event)
{
    QList<ArtistRelease> lineup;
    lineup.reserve(event.lineup.size());
    for (const QString &artistId : event.lineup) {
        const Cached<Artist> artist = store.artist(artistId);
        ArtistRelease entry;
        entry.artist = artist.value;
        if (artist.isPending()) {
            entry.state = ArtistRelease::State::Fetching;
        } else if (!artist.value.hasMbid()) {
            entry.state = ArtistRelease::State::NoMbid;
            entry.freshness = artist.freshness;
        } else {
            const Cached<LatestRelease> latest = store.latestRelease(artist.value.mbid);
            entry.freshness = latest.freshness;
            entry.release = latest.value.release;
            if (latest.isPending())
                entry.state = ArtistRelease::State::Fetching;
            else
                entry.state = entry.release ? ArtistRelease::State::Known : ArtistRelease::State::None;
        }
        lineup.append(entry);
    }
    return lineup;
}

QString releaseLabel(const Release &release)
{
    const QString type = releaseTypeName(release.type);
    if (release.date.isNull())
        return release.title + u" ("_s + type + u')';
    return release.title + u" ("_s + release.date.toString() + u", "_s + type + u')';
}

QString releaseStateText(const ArtistRelease &entry)
{
    switch (entry.state) {
    case ArtistRelease::State::Known:
        return releaseLabel(*entry.release);
    case ArtistRelease::State::None:
        return QCoreApplication::translate("gig::ArtistRelease", "none");
    case ArtistRelease::State::Fetching:
        return QCoreApplication::translate("gig::ArtistRelease", "fetching…");
    case ArtistRelease::State::NoMbid:
        return QCoreApplication::translate("gig::ArtistRelease", "no MusicBrainz id");
    }
    Q_UNREACHABLE();
    return {};
}

QString lineupNamesText(const QList<ArtistRelease> &lineup)
{
    QStringList names;
    names.reserve(lineup.size());
    for (const ArtistRelease &entry : lineup)
        names.append(displayName(entry));
    return names.join(separator);
}

QString lineupReleasesText(const QList<ArtistRelease> &lineup)
{
    QStringList parts;
    parts.reserve(lineup.size());
    for (const ArtistRelease &entry : lineup)
        parts.append(displayName(entry) + u": "_s + releaseStateText(entry));
    return parts.join(separator);
}

} // namespace gig
