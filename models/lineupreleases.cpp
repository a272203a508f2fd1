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
    for (qsizetype i = 0; i < event.lineup.size(); ++i) {
        const Cached<Artist> artist = store.artist(event.lineup.at(i));
        ArtistRelease entry;
        entry.artist = artist.value;
        entry.billing = event.billingAt(i);
        if (artist.isPending()) {
            entry.state = ArtistRelease::State::Fetching;
        } else if (!artist.value.hasMbid()) {
            // Unresolved only once a search by name answered; until then it is being looked up.
            entry.freshness = artist.freshness;
            if (artist.value.nameSearch == NameSearch::Several)
                entry.state = ArtistRelease::State::SeveralArtists;
            else if (artist.value.nameSearch == NameSearch::NoMatch
                || artist.value.name.trimmed().isEmpty())
                entry.state = ArtistRelease::State::NotOnMusicBrainz;
            else
                entry.state = ArtistRelease::State::Fetching;
        } else {
            const Cached<LatestRelease> latest = store.latestRelease(artist.value.mbid);
            entry.freshness = latest.freshness;
            entry.release = latest.value.release;
            if (latest.isPending())
                entry.state = ArtistRelease::State::Fetching;
            else
                entry.state
                    = entry.release ? ArtistRelease::State::Known : ArtistRelease::State::None;
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
    case ArtistRelease::State::NotOnMusicBrainz:
        return QCoreApplication::translate("gig::ArtistRelease", "not on MusicBrainz");
    case ArtistRelease::State::SeveralArtists:
        return QCoreApplication::translate("gig::ArtistRelease", "several artists of that name");
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
