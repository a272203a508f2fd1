#include "models/followedartist.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gig {

QString artistOriginName(ArtistOrigin origin)
{
    switch (origin) {
    case ArtistOrigin::MusicLibrary:
        return u"library"_s;
    case ArtistOrigin::ListenBrainz:
        return u"listenbrainz"_s;
    case ArtistOrigin::LastFm:
        return u"lastfm"_s;
    case ArtistOrigin::ByHand:
        return u"hand"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ArtistOrigin> artistOriginFromName(QStringView name)
{
    for (const ArtistOrigin origin : { ArtistOrigin::MusicLibrary, ArtistOrigin::ListenBrainz,
             ArtistOrigin::LastFm, ArtistOrigin::ByHand }) {
        if (name == artistOriginName(origin))
            return origin;
    }
    return std::nullopt;
}

QString artistOriginText(ArtistOrigin origin)
{
    switch (origin) {
    case ArtistOrigin::MusicLibrary:
        return QCoreApplication::translate("gig::FollowedArtist", "music library");
    case ArtistOrigin::ListenBrainz:
        return QCoreApplication::translate("gig::FollowedArtist", "ListenBrainz");
    case ArtistOrigin::LastFm:
        return QCoreApplication::translate("gig::FollowedArtist", "Last.fm");
    case ArtistOrigin::ByHand:
        return QCoreApplication::translate("gig::FollowedArtist", "added by hand");
    }
    Q_UNREACHABLE();
    return {};
}

bool isMbid(const QString &text, QString *canonical)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(trimmed);
    if (uuid.isNull())
        return false;
    if (canonical)
        *canonical = uuid.toString(QUuid::WithoutBraces);
    return true;
}

QDebug operator<<(QDebug debug, const FollowedArtist &artist)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "FollowedArtist(" << artist.name << ", " << artist.mbid << ", "
                    << artistOriginName(artist.origin) << ", " << artist.addedAt << ')';
    return debug;
}

} // namespace gig
